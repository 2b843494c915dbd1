import type { MessagingStatusView, ReplyTimeView } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../policy/types.ts';

/** Whether the team has paused messaging for the client, and who did; not paused until someone does. */
export async function messagingStatus(db: Db, clientId: string): Promise<MessagingStatusView> {
  const row = await db
    .selectFrom('messaging_settings as s')
    .leftJoin('users as u', 'u.id', 's.paused_by')
    .select(['s.paused', 's.paused_at', 's.paused_by', 'u.name'])
    .where('s.client_id', '=', clientId)
    .executeTakeFirst();
  if (!row || row.paused !== 1) return { clientId, paused: false, pausedAt: null, pausedBy: null };
  return { clientId, paused: true, pausedAt: row.paused_at, pausedBy: row.paused_by ? { id: row.paused_by, name: row.name ?? '' } : null };
}

/**
 * Pausing stops the client from writing (the team can still write, e.g. to say when it
 * resumes); the thread stays readable on both sides.
 */
export async function setMessagingPaused({ db, ctx, actor, clientId, paused }: { db: Db; ctx: AuditContext; actor: Actor; clientId: string; paused: boolean }): Promise<MessagingStatusView> {
  const now = ctx.now.toISOString();
  const values = { paused: paused ? 1 : 0, paused_by: paused ? actor.userId : null, paused_at: paused ? now : null, updated_at: now };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('messaging_settings')
      .values({ client_id: clientId, ...values })
      .onConflict((oc) => oc.column('client_id').doUpdateSet(values))
      .execute();
    await auditClientData(trx, ctx, clientId, { action: paused ? 'messaging.paused' : 'messaging.resumed' });
  });
  return messagingStatus(db, clientId);
}

/** The stated reply time of each therapist on the client's active care team who wrote one. */
export async function teamReplyTimes(db: Db, clientId: string): Promise<ReplyTimeView[]> {
  const rows = await db
    .selectFrom('care_team_links as l')
    .innerJoin('users as u', 'u.id', 'l.therapist_id')
    .innerJoin('reply_times as r', 'r.therapist_id', 'l.therapist_id')
    .select(['u.name', 'r.text'])
    .where('l.client_id', '=', clientId)
    .where('l.ended_at', 'is', null)
    .orderBy('l.started_at')
    .execute();
  return rows.filter((r) => r.text.trim() !== '').map((r) => ({ therapistName: r.name, text: r.text }));
}

export async function replyTime(db: Db, therapistId: string): Promise<{ text: string }> {
  const row = await db.selectFrom('reply_times').select('text').where('therapist_id', '=', therapistId).executeTakeFirst();
  return { text: row?.text ?? '' };
}

export async function saveReplyTime({ db, ctx, actor, text }: { db: Db; ctx: AuditContext; actor: Actor; text: string }): Promise<{ text: string }> {
  const updated_at = ctx.now.toISOString();
  await db
    .insertInto('reply_times')
    .values({ therapist_id: actor.userId, text, updated_at })
    .onConflict((oc) => oc.column('therapist_id').doUpdateSet({ text, updated_at }))
    .execute();
  return { text };
}
