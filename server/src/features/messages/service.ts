import type { MessageView, ThreadView } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { conflict, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';
import { dropMessageNotifications, notifyMessage } from '../reminders/events.ts';
import { messagingStatus, teamReplyTimes } from './settings.ts';

/** The thread shows this many of the latest messages; older ones stay stored. */
const THREAD_LIMIT = 200;

function load(db: Db) {
  return db
    .selectFrom('messages as m')
    .innerJoin('users as u', 'u.id', 'm.author_id')
    .select(['m.id', 'm.client_id', 'm.author_id', 'u.name as author_name', 'm.author_role', 'm.body', 'm.created_at', 'm.read_by_client_at', 'm.read_by_team_at']);
}
type Row = Awaited<ReturnType<ReturnType<typeof load>['execute']>>[number];

const present = (r: Row): MessageView => ({
  id: r.id,
  clientId: r.client_id,
  author: { id: r.author_id, name: r.author_name, role: r.author_role },
  body: r.body,
  createdAt: r.created_at,
  readByClientAt: r.read_by_client_at,
  readByTeamAt: r.read_by_team_at,
});

/**
 * Opens the thread: marks the other side's messages read for the caller's side (the team
 * reads as one), then answers with the latest messages. Audited when the team reads.
 */
export async function readThread({ db, ctx, actor, clientId }: { db: Db; ctx: AuditContext; actor: Actor; clientId: string }): Promise<ThreadView> {
  const now = ctx.now.toISOString();
  const unreadCount = await db.transaction().execute(async (trx) => {
    const marked =
      actor.role === 'client'
        ? await trx
            .updateTable('messages')
            .set({ read_by_client_at: now })
            .where('client_id', '=', clientId)
            .where('author_role', '=', 'therapist')
            .where('read_by_client_at', 'is', null)
            .executeTakeFirst()
        : await trx
            .updateTable('messages')
            .set({ read_by_team_at: now })
            .where('client_id', '=', clientId)
            .where('author_role', '=', 'client')
            .where('read_by_team_at', 'is', null)
            .executeTakeFirst();
    const count = Number(marked.numUpdatedRows);
    if (actor.role === 'client') await dropMessageNotifications(trx, clientId, ctx.now);
    await auditClientData(trx, ctx, clientId, { action: 'messages.viewed', detail: { markedRead: count } });
    return count;
  });

  const [client, rows, status, replyTimes] = await Promise.all([
    db.selectFrom('users').select('name').where('id', '=', clientId).executeTakeFirst(),
    load(db).where('m.client_id', '=', clientId).orderBy('m.created_at', 'desc').orderBy('m.id', 'desc').limit(THREAD_LIMIT + 1).execute(),
    messagingStatus(db, clientId),
    teamReplyTimes(db, clientId),
  ]);
  if (!client) throw notFound('client');
  const truncated = rows.length > THREAD_LIMIT;
  // Fetched newest first to cut at the limit; shown oldest first, newest at the bottom.
  const messages = rows.slice(0, THREAD_LIMIT).reverse().map(present);
  return { ...status, clientName: client.name, messages, replyTimes, unreadCount, truncated };
}

/**
 * Adds a message to the client's thread. While the team has paused messaging only the
 * client is refused: the team may still write (to say when it resumes, for one).
 */
export async function sendMessage({ db, ctx, actor, clientId, body }: { db: Db; ctx: AuditContext; actor: Actor; clientId: string; body: string }): Promise<MessageView> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    if (actor.role === 'client' && (await messagingStatus(trx, clientId)).paused) {
      throw conflict('messaging_paused', 'your care team has paused messages for now, so this message was not sent; if you need help now, open Crisis help');
    }
    await trx
      .insertInto('messages')
      .values({ id, client_id: clientId, author_id: actor.userId, author_role: actor.role, body, created_at: ctx.now.toISOString(), read_by_client_at: null, read_by_team_at: null })
      .execute();
    await auditClientData(trx, ctx, clientId, { action: 'message.sent', targetType: 'message', targetId: id });
    if (actor.role === 'therapist') await notifyMessage(trx, { id, clientId, authorName: actor.name }, ctx.now);
  });
  const row = await load(db).where('m.id', '=', id).executeTakeFirstOrThrow();
  return present(row);
}
