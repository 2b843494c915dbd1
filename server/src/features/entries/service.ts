import { ENTRY_LIMITS, type EntryInput, entryDataByKind, type EntryKind, type EntryView, defaultShared, localDate, localTime, trackerValueProblem } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import type { EntryTable } from '../../db/types.ts';
import { AppError, badRequest, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';
import { insertEntry } from './write-batch.ts';

export function presentEntry(e: EntryTable): EntryView {
  return {
    id: e.id,
    kind: e.kind,
    occurredAt: e.occurred_at,
    localDate: e.local_date,
    localTime: e.local_time,
    timeZone: e.time_zone,
    shared: e.shared === 1,
    data: JSON.parse(e.data) as Record<string, unknown>,
    createdAt: e.created_at,
    updatedAt: e.updated_at,
    editableUntil: new Date(Date.parse(e.created_at) + ENTRY_LIMITS.editableMs).toISOString(),
    edited: e.updated_at !== e.created_at,
  };
}

async function checkTracker(db: Db, clientId: string, data: { trackerId: string; value: number }) {
  const tracker = await db.selectFrom('trackers').select('type').where('id', '=', data.trackerId).where('client_id', '=', clientId).executeTakeFirst();
  if (!tracker) throw badRequest('data.trackerId', 'is not one of your trackers');
  const problem = trackerValueProblem(tracker.type, data.value);
  if (problem) throw badRequest('data.value', problem);
}

type CreateOptions = { db: Db; ctx: AuditContext; actor: Actor; input: EntryInput };

/**
 * Saves a client's entry once per idempotency key: a device retrying after a lost answer
 * gets the entry it already made, not a second one. The local date and zone are stored
 * with the instant, so a day is the client's day wherever they travel.
 */
export async function createEntry({ db, ctx, actor, input }: CreateOptions): Promise<{ entry: EntryView; created: boolean }> {
  const occurred = new Date(input.occurredAt);
  if (occurred.getTime() > ctx.now.getTime() + ENTRY_LIMITS.futureMs) throw badRequest('occurredAt', 'is more than a day in the future');
  if (input.kind === 'behavior') await checkTracker(db, actor.userId, input.data);
  // Insert first and look up only on a conflict: a new entry (the usual case) costs one
  // statement, and a replay still gets the entry saved under its key.
  const now = ctx.now.toISOString();
  const row: EntryTable = {
    id: newId(),
    client_id: actor.userId,
    kind: input.kind,
    occurred_at: occurred.toISOString(),
    local_date: localDate(occurred, actor.timeZone),
    local_time: localTime(occurred, actor.timeZone),
    time_zone: actor.timeZone,
    shared: (input.shared ?? defaultShared(input.kind)) ? 1 : 0,
    data: JSON.stringify(input.data),
    idempotency_key: input.idempotencyKey,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  };
  if (!(await insertEntry(db, row))) {
    // Saved before under this key (a retry, or two copies of the same offline entry raced).
    const winner = await db.selectFrom('entries').selectAll().where('client_id', '=', actor.userId).where('idempotency_key', '=', input.idempotencyKey).executeTakeFirstOrThrow();
    return { entry: presentEntry(winner), created: false };
  }
  return { entry: presentEntry(row), created: true };
}

type ListOptions = { db: Db; ctx: AuditContext; actor: Actor; clientId: string; from?: string; to?: string; kind?: EntryKind };

/** A client sees all their entries; the care team sees only the shared ones. */
export async function listEntries({ db, ctx, actor, clientId, from, to, kind }: ListOptions): Promise<EntryView[]> {
  let q = db.selectFrom('entries').selectAll().where('client_id', '=', clientId).where('deleted_at', 'is', null);
  if (actor.role !== 'client') q = q.where('shared', '=', 1);
  if (from) q = q.where('local_date', '>=', from);
  if (to) q = q.where('local_date', '<=', to);
  if (kind) q = q.where('kind', '=', kind);
  const rows = await q.orderBy('occurred_at', 'desc').limit(2000).execute();
  await auditClientData(db, ctx, clientId, { action: 'entries.listed', detail: { count: rows.length, kind: kind ?? null } });
  return rows.map(presentEntry);
}

async function editable(db: Db, entryId: string, now: Date): Promise<EntryTable> {
  const e = await db.selectFrom('entries').selectAll().where('id', '=', entryId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!e) throw notFound('entry');
  if (now.getTime() - Date.parse(e.created_at) > ENTRY_LIMITS.editableMs) {
    throw new AppError('entry_locked', 409, 'Entries can be changed for 7 days; this one is now read-only.');
  }
  return e;
}

/** Replaces an entry's data within 7 days; the previous version is kept. */
export async function editEntry({ db, ctx, entryId, data, shared }: { db: Db; ctx: AuditContext; entryId: string; data: unknown; shared?: boolean }) {
  const e = await editable(db, entryId, ctx.now);
  const parsed = entryDataByKind[e.kind].safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badRequest(`data.${issue?.path.join('.') || 'data'}`, issue?.message ?? 'is not valid');
  }
  if (e.kind === 'behavior') await checkTracker(db, e.client_id, parsed.data as { trackerId: string; value: number });
  const now = ctx.now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('entry_versions').values({ id: newId(), entry_id: e.id, data: e.data, shared: e.shared, replaced_at: now }).execute();
    await trx
      .updateTable('entries')
      .set({ data: JSON.stringify(parsed.data), shared: shared === undefined ? e.shared : shared ? 1 : 0, updated_at: now })
      .where('id', '=', e.id)
      .execute();
  });
  return presentEntry(await db.selectFrom('entries').selectAll().where('id', '=', e.id).executeTakeFirstOrThrow());
}

export async function deleteEntry({ db, ctx, entryId }: { db: Db; ctx: AuditContext; entryId: string }) {
  const e = await editable(db, entryId, ctx.now);
  await db.updateTable('entries').set({ deleted_at: ctx.now.toISOString() }).where('id', '=', e.id).execute();
}
