import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { badRequest } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { notifyEncouragement } from '../reminders/events.ts';
import type { Actor } from '../../policy/types.ts';

type Target = 'assignment' | 'check_in' | 'goal' | 'goal_step';

/** The title of what is being encouraged, if it belongs to this client. */
async function targetTitle(db: Db, clientId: string, type: Target, id: string): Promise<string | undefined> {
  switch (type) {
    case 'assignment':
      return (await db.selectFrom('assignments').select('title').where('id', '=', id).where('client_id', '=', clientId).executeTakeFirst())?.title;
    case 'check_in':
      return (
        await db
          .selectFrom('assignment_check_ins as c')
          .innerJoin('assignments as a', 'a.id', 'c.assignment_id')
          .select('a.title')
          .where('c.id', '=', id)
          .where('c.client_id', '=', clientId)
          .executeTakeFirst()
      )?.title;
    case 'goal':
      return (await db.selectFrom('goals').select('title').where('id', '=', id).where('client_id', '=', clientId).executeTakeFirst())?.title;
    case 'goal_step':
      return (
        await db
          .selectFrom('goal_steps as s')
          .innerJoin('goals as g', 'g.id', 's.goal_id')
          .select('s.title')
          .where('s.id', '=', id)
          .where('g.client_id', '=', clientId)
          .executeTakeFirst()
      )?.title;
  }
}

type Options = { db: Db; ctx: AuditContext; actor: Actor; clientId: string; input: { message: string; targetType: Target; targetId: string } };

export async function sendEncouragement({ db, ctx, actor, clientId, input }: Options) {
  const title = await targetTitle(db, clientId, input.targetType, input.targetId);
  if (title === undefined) throw badRequest('targetId', `is not one of this client's ${input.targetType.replace('_', ' ')}s`);
  const id = newId();
  const now = ctx.now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('encouragements')
      .values({ id, client_id: clientId, from_id: actor.userId, target_type: input.targetType, target_id: input.targetId, target_title: title, message: input.message, created_at: now, seen_at: null })
      .execute();
    await auditClientData(trx, ctx, clientId, { action: 'encouragement.sent', targetType: input.targetType, targetId: input.targetId });
    await notifyEncouragement(trx, { id, clientId, fromName: actor.name, message: input.message }, ctx.now);
  });
  return {
    id,
    message: input.message,
    from: { id: actor.userId, name: actor.name, role: actor.role },
    targetType: input.targetType,
    targetId: input.targetId,
    targetTitle: title,
    createdAt: now,
    seenAt: null,
  };
}

export async function markEncouragementSeen({ db, ctx, encouragementId }: { db: Db; ctx: AuditContext; encouragementId: string }) {
  await db.updateTable('encouragements').set({ seen_at: ctx.now.toISOString() }).where('id', '=', encouragementId).where('seen_at', 'is', null).execute();
}
