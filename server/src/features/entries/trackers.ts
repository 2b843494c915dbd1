import type { TrackerView } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';

export async function listTrackers(db: Db, clientId: string): Promise<TrackerView[]> {
  const rows = await db
    .selectFrom('trackers')
    .innerJoin('users', 'users.id', 'trackers.created_by')
    .selectAll('trackers')
    .select(['users.name as creator_name', 'users.role as creator_role'])
    .where('trackers.client_id', '=', clientId)
    .where('trackers.archived_at', 'is', null)
    .orderBy('trackers.created_at')
    .execute();
  return rows.map((t) => ({ id: t.id, name: t.name, type: t.type, category: t.category, createdBy: { id: t.created_by, name: t.creator_name, role: t.creator_role }, createdAt: t.created_at }));
}

type Input = { name: string; type: 'count' | 'yes_no' | 'intensity' | 'duration'; category: 'urge' | 'behavior' };

/** The therapist or the client defines what to track, e.g. "urge to check phone" as a 0-10 intensity. */
export async function createTracker({ db, ctx, actor, clientId, input }: { db: Db; ctx: AuditContext; actor: Actor; clientId: string; input: Input }) {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('trackers').values({ id, client_id: clientId, name: input.name, type: input.type, category: input.category, created_by: actor.userId, created_at: ctx.now.toISOString(), archived_at: null }).execute();
    await auditClientData(trx, ctx, clientId, { action: 'tracker.created', targetType: 'tracker', targetId: id });
  });
  const made = (await listTrackers(db, clientId)).find((t) => t.id === id);
  if (!made) throw new Error('new tracker vanished');
  return made;
}

export async function archiveTracker({ db, ctx, trackerId }: { db: Db; ctx: AuditContext; trackerId: string }) {
  const t = await db.selectFrom('trackers').select('client_id').where('id', '=', trackerId).executeTakeFirstOrThrow();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('trackers').set({ archived_at: ctx.now.toISOString() }).where('id', '=', trackerId).execute();
    await auditClientData(trx, ctx, t.client_id, { action: 'tracker.archived', targetType: 'tracker', targetId: trackerId });
  });
}

/** The trackers as a caller sees them; a therapist's read is audited. */
export async function readTrackers({ db, ctx, clientId }: { db: Db; ctx: AuditContext; clientId: string }): Promise<TrackerView[]> {
  const trackers = await listTrackers(db, clientId);
  await auditClientData(db, ctx, clientId, { action: 'trackers.listed', detail: { count: trackers.length } });
  return trackers;
}
