import { MESSAGE_LIMITS, type InboxItemView } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../policy/types.ts';

/** Client messages nobody on the team has opened, per client (only clients that have any). */
async function unreadFromClients(db: Db, clientIds: string[]): Promise<Map<string, number>> {
  if (clientIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('messages')
    .select(['client_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('client_id', 'in', clientIds)
    .where('author_role', '=', 'client')
    .where('read_by_team_at', 'is', null)
    .groupBy('client_id')
    .execute();
  return new Map(rows.map((r) => [r.client_id, Number(r.n)]));
}

/**
 * One row per client on the therapist's active care teams: the last message (its start
 * only) and how many of the client's messages wait. Clients with news come first.
 * Each client whose message is shown is audited, as any read of client data.
 */
export async function listInbox({ db, ctx, actor }: { db: Db; ctx: AuditContext; actor: Actor }): Promise<InboxItemView[]> {
  const clients = await db
    .selectFrom('care_team_links as l')
    .innerJoin('users as c', 'c.id', 'l.client_id')
    .leftJoin('messaging_settings as s', 's.client_id', 'l.client_id')
    .select(['c.id', 'c.name', 's.paused'])
    .where('l.therapist_id', '=', actor.userId)
    .where('l.ended_at', 'is', null)
    .execute();
  const ids = clients.map((c) => c.id);
  if (ids.length === 0) return [];
  const [unread, last] = await Promise.all([
    unreadFromClients(db, ids),
    db
      .selectFrom('messages as m')
      .innerJoin('users as u', 'u.id', 'm.author_id')
      .select(['m.client_id', 'm.author_id', 'm.author_role', 'u.name', 'm.body', 'm.created_at'])
      .where('m.client_id', 'in', ids)
      .where('m.id', '=', (eb) =>
        eb.selectFrom('messages as m2').select('m2.id').whereRef('m2.client_id', '=', 'm.client_id').orderBy('m2.created_at', 'desc').orderBy('m2.id', 'desc').limit(1),
      )
      .execute(),
  ]);
  const lastBy = new Map(last.map((m) => [m.client_id, m]));
  for (const m of last) await auditClientData(db, ctx, m.client_id, { action: 'messages.inbox_listed' });

  const items: InboxItemView[] = clients.map((c) => {
    const m = lastBy.get(c.id);
    return {
      clientId: c.id,
      clientName: c.name,
      paused: c.paused === 1,
      unreadCount: unread.get(c.id) ?? 0,
      lastMessage: m ? { authorId: m.author_id, authorName: m.name, authorRole: m.author_role, preview: m.body.slice(0, MESSAGE_LIMITS.previewMax), createdAt: m.created_at } : null,
    };
  });
  // Waiting messages first, then the latest conversation, then the rest by name.
  return items.sort(
    (a, b) =>
      Number(b.unreadCount > 0) - Number(a.unreadCount > 0) ||
      (b.lastMessage?.createdAt ?? '').localeCompare(a.lastMessage?.createdAt ?? '') ||
      a.clientName.localeCompare(b.clientName),
  );
}

/** How many client messages wait for the therapist's care teams: a number, no client named, so not audited. */
export async function teamUnreadCount(db: Db, therapistId: string): Promise<number> {
  const row = await db
    .selectFrom('messages as m')
    .innerJoin('care_team_links as l', (j) => j.onRef('l.client_id', '=', 'm.client_id').on('l.therapist_id', '=', therapistId).on('l.ended_at', 'is', null))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('m.author_role', '=', 'client')
    .where('m.read_by_team_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many of the team's messages the client has not opened yet. */
export async function clientUnreadCount(db: Db, clientId: string): Promise<number> {
  const row = await db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('client_id', '=', clientId)
    .where('author_role', '=', 'therapist')
    .where('read_by_client_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
