import type { AgendaItemInput, AgendaItemView, AgendaView } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';

const DAY = 86_400_000;
/** Discussed items stay on the list this long, so "what we covered" is still in view. */
const DISCUSSED_DAYS = 30;
/** A guard against runaway lists; a real agenda is a handful of items. */
const MAX_OPEN = 200;

type Viewer = Pick<Actor, 'userId' | 'role'>;

function load(db: Db) {
  return (
    db
      .selectFrom('agenda_items as i')
      .innerJoin('users as c', 'c.id', 'i.created_by')
      .leftJoin('users as d', 'd.id', 'i.discussed_by')
      // A deleted entry is no longer a source to open; the item's own text stays.
      .leftJoin('entries as e', (j) => j.onRef('e.id', '=', 'i.source_entry_id').on('e.deleted_at', 'is', null))
      .select(['i.id', 'i.client_id', 'i.text', 'i.created_at', 'i.created_by', 'c.name as created_by_name', 'i.discussed_at', 'i.discussed_by', 'd.name as discussed_by_name'])
      .select(['e.id as entry_id', 'e.kind as entry_kind', 'e.local_date as entry_date', 'e.shared as entry_shared'])
      .where('i.deleted_at', 'is', null)
  );
}
type Row = Awaited<ReturnType<ReturnType<typeof load>['execute']>>[number];

function present(r: Row, viewer: Viewer): AgendaItemView {
  // A private entry reaches no therapist by any route: the care team sees the item's text only.
  const visible = r.entry_id !== null && r.entry_kind !== null && r.entry_date !== null && (viewer.role === 'client' || r.entry_shared === 1);
  return {
    id: r.id,
    clientId: r.client_id,
    text: r.text,
    source: visible ? { kind: 'entry', entryId: r.entry_id ?? '', entryKind: r.entry_kind ?? 'journal', localDate: r.entry_date ?? '' } : null,
    createdAt: r.created_at,
    createdBy: { id: r.created_by, name: r.created_by_name },
    discussedAt: r.discussed_at,
    discussedBy: r.discussed_by ? { id: r.discussed_by, name: r.discussed_by_name ?? '' } : null,
  };
}

async function one(db: Db, id: string, viewer: Viewer): Promise<AgendaItemView> {
  const row = await load(db).where('i.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('agenda item');
  return present(row, viewer);
}

/** Open items oldest first, then those discussed in the last 30 days, most recent first. */
export async function listAgenda({ db, ctx, actor, clientId }: { db: Db; ctx: AuditContext; actor: Viewer; clientId: string }): Promise<AgendaView> {
  const since = new Date(ctx.now.getTime() - DISCUSSED_DAYS * DAY).toISOString();
  const open = await load(db).where('i.client_id', '=', clientId).where('i.discussed_at', 'is', null).orderBy('i.created_at').orderBy('i.id').limit(MAX_OPEN).execute();
  const discussed = await load(db).where('i.client_id', '=', clientId).where('i.discussed_at', '>=', since).orderBy('i.discussed_at', 'desc').limit(50).execute();
  await auditClientData(db, ctx, clientId, { action: 'agenda.listed' });
  return { open: open.map((r) => present(r, actor)), discussed: discussed.map((r) => present(r, actor)) };
}

/** Adds an item; one brought from an entry must be one of the client's own (and shared, for the team). */
export async function addAgendaItem({ db, ctx, actor, clientId, input }: { db: Db; ctx: AuditContext; actor: Viewer; clientId: string; input: AgendaItemInput }): Promise<AgendaItemView> {
  if (input.source) {
    let q = db.selectFrom('entries').select('id').where('id', '=', input.source.entryId).where('client_id', '=', clientId).where('deleted_at', 'is', null);
    if (actor.role !== 'client') q = q.where('shared', '=', 1);
    if (!(await q.executeTakeFirst())) throw badRequest('source.entryId', 'is not one of this client’s entries');
  }
  const count = await db.selectFrom('agenda_items').select((eb) => eb.fn.countAll<number>().as('n')).where('client_id', '=', clientId).where('discussed_at', 'is', null).where('deleted_at', 'is', null).executeTakeFirst();
  if (Number(count?.n ?? 0) >= MAX_OPEN) throw conflict('agenda_full', `the list already has ${MAX_OPEN} open items; mark some discussed first`);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('agenda_items')
      .values({ id, client_id: clientId, text: input.text, source_entry_id: input.source?.entryId ?? null, created_by: actor.userId, created_at: ctx.now.toISOString(), discussed_at: null, discussed_by: null, deleted_at: null })
      .execute();
    await auditClientData(trx, ctx, clientId, { action: 'agenda.item_added', targetType: 'agenda_item', targetId: id });
  });
  return one(db, id, actor);
}

/** Marks an item discussed; marking it again keeps the first time and person. */
export async function markDiscussed({ db, ctx, actor, itemId }: { db: Db; ctx: AuditContext; actor: Viewer; itemId: string }): Promise<AgendaItemView> {
  const item = await one(db, itemId, actor);
  if (item.discussedAt) return item;
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('agenda_items').set({ discussed_at: ctx.now.toISOString(), discussed_by: actor.userId }).where('id', '=', itemId).where('discussed_at', 'is', null).execute();
    await auditClientData(trx, ctx, item.clientId, { action: 'agenda.item_discussed', targetType: 'agenda_item', targetId: itemId });
  });
  return one(db, itemId, actor);
}

/** The client takes back an item not yet discussed; a discussed one is part of the record. */
export async function deleteAgendaItem({ db, ctx, actor, itemId }: { db: Db; ctx: AuditContext; actor: Viewer; itemId: string }): Promise<void> {
  const item = await one(db, itemId, actor);
  if (item.discussedAt) throw conflict('agenda_item_discussed', 'this item was already discussed and stays on the record');
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('agenda_items').set({ deleted_at: ctx.now.toISOString() }).where('id', '=', itemId).where('discussed_at', 'is', null).execute();
    await auditClientData(trx, ctx, item.clientId, { action: 'agenda.item_deleted', targetType: 'agenda_item', targetId: itemId });
  });
}
