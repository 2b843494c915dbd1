import { isRiskAnswer, type AlertView, type Answers, type MeasureForm } from '@stepwise/domain';
import { audit, auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { conflict, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';
import { scheduleAlertNotifications } from './alert-notifications.ts';

/**
 * Opens one alert per risk item answered above its lowest option, in the caller's
 * transaction, and audits each (also when the client is the one answering: a safety
 * alert is never a private matter of the client's own data).
 */
export async function raiseAlerts(trx: Db, ctx: AuditContext, p: { clientId: string; responseId: string; form: MeasureForm; answers: Answers }): Promise<string[]> {
  const ids: string[] = [];
  const items: string[] = [];
  for (const item of p.form.items) {
    const answer = p.answers[item.key] ?? null;
    if (item.kind !== 'choice' || !isRiskAnswer(item, answer)) continue;
    const id = newId();
    await trx
      .insertInto('safety_alerts')
      .values({
        id,
        client_id: p.clientId,
        response_id: p.responseId,
        item_key: item.key,
        item_text: item.text,
        answer_label: item.options.find((o) => o.value === answer)?.label ?? String(answer),
        short_name: p.form.shortName,
        created_at: ctx.now.toISOString(),
        acknowledged_at: null,
        acknowledged_by: null,
        note: null,
      })
      .execute();
    await audit(trx, ctx, { action: 'safety_alert.raised', clientId: p.clientId, targetType: 'safety_alert', targetId: id, detail: { item: item.key } });
    ids.push(id);
    items.push(item.key);
  }
  if (ids.length > 0) await scheduleAlertNotifications(trx, ctx.now, { clientId: p.clientId, responseId: p.responseId, shortName: p.form.shortName, items });
  return ids;
}

function load(db: Db) {
  return db
    .selectFrom('safety_alerts as a')
    .innerJoin('users as c', 'c.id', 'a.client_id')
    .leftJoin('users as by', 'by.id', 'a.acknowledged_by')
    .select(['a.id', 'a.client_id', 'c.name as client_name', 'a.response_id', 'a.short_name', 'a.item_key', 'a.item_text', 'a.answer_label', 'a.created_at', 'a.acknowledged_at', 'a.acknowledged_by', 'by.name as acknowledged_by_name', 'a.note'])
    .orderBy('a.created_at', 'desc');
}
type Row = Awaited<ReturnType<ReturnType<typeof load>['execute']>>[number];

const present = (r: Row): AlertView => ({
  id: r.id,
  clientId: r.client_id,
  clientName: r.client_name,
  responseId: r.response_id,
  shortName: r.short_name,
  itemKey: r.item_key,
  itemText: r.item_text,
  answerLabel: r.answer_label,
  createdAt: r.created_at,
  acknowledgedAt: r.acknowledged_at,
  acknowledgedBy: r.acknowledged_by ? { id: r.acknowledged_by, name: r.acknowledged_by_name ?? '' } : null,
  note: r.note,
});

/** Alerts of every client on the therapist's active care teams. */
export async function listAlerts({ db, ctx, actor, status }: { db: Db; ctx: AuditContext; actor: Actor; status: 'open' | 'all' }): Promise<AlertView[]> {
  let q = load(db)
    .innerJoin('care_team_links as l', (j) => j.onRef('l.client_id', '=', 'a.client_id').on('l.therapist_id', '=', actor.userId).on('l.ended_at', 'is', null))
    .limit(500);
  if (status === 'open') q = q.where('a.acknowledged_at', 'is', null);
  const rows = await q.execute();
  for (const clientId of new Set(rows.map((r) => r.client_id))) await auditClientData(db, ctx, clientId, { action: 'safety_alerts.listed' });
  return rows.map(present);
}

/** A client's open alerts, unaudited: for views that audit their own read (the summary). */
export async function openAlerts(db: Db, clientId: string): Promise<AlertView[]> {
  return (await load(db).where('a.client_id', '=', clientId).where('a.acknowledged_at', 'is', null).execute()).map(present);
}

export async function clientAlerts({ db, ctx, clientId }: { db: Db; ctx: AuditContext; clientId: string }): Promise<AlertView[]> {
  const rows = await load(db).where('a.client_id', '=', clientId).execute();
  await auditClientData(db, ctx, clientId, { action: 'safety_alerts.listed' });
  return rows.map(present);
}

export async function acknowledgeAlert({ db, ctx, actor, alertId, note }: { db: Db; ctx: AuditContext; actor: Actor; alertId: string; note: string }): Promise<AlertView> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('safety_alerts').select(['client_id', 'acknowledged_at']).where('id', '=', alertId).executeTakeFirst();
    if (!row) throw notFound('safety alert');
    const done = await trx
      .updateTable('safety_alerts')
      .set({ acknowledged_at: ctx.now.toISOString(), acknowledged_by: actor.userId, note })
      .where('id', '=', alertId)
      .where('acknowledged_at', 'is', null)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw conflict('already_acknowledged', 'this alert has already been acknowledged');
    await audit(trx, ctx, { action: 'safety_alert.acknowledged', clientId: row.client_id, targetType: 'safety_alert', targetId: alertId });
  });
  const row = await load(db).where('a.id', '=', alertId).executeTakeFirstOrThrow();
  return present(row);
}
