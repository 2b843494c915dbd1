import type { CalendarFeedStatus } from '@stepwise/domain';
import { audit, type AuditContext } from '../../audit/audit.ts';
import { hashToken, newToken } from '../../auth/tokens.ts';
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../policy/types.ts';

type Ctx = { db: Db; ctx: AuditContext; actor: Actor };

/** The public address of a feed; the token is the only secret, so it sits in the path. */
export const feedUrl = (publicUrl: string, token: string) => `${publicUrl}/api/calendar/${token}.ics`;

/** Makes a new secret feed link for the caller, replacing (and so ending) any earlier one. */
export async function createCalendarFeed({ db, ctx, actor, publicUrl }: Ctx & { publicUrl: string }): Promise<{ url: string }> {
  const { token, hash } = newToken();
  const now = ctx.now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('calendar_feeds')
      .values({ user_id: actor.userId, token_hash: hash, created_at: now, revoked_at: null })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: hash, created_at: now, revoked_at: null }))
      .execute();
    await audit(trx, ctx, { action: 'calendar_feed.created' });
  });
  return { url: feedUrl(publicUrl, token) };
}

/** Stops the caller's feed link; calendar apps that still hold it get 404 from now on. */
export async function revokeCalendarFeed({ db, ctx, actor }: Ctx): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('calendar_feeds')
      .set({ revoked_at: ctx.now.toISOString() })
      .where('user_id', '=', actor.userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (res.numUpdatedRows > 0n) await audit(trx, ctx, { action: 'calendar_feed.revoked' });
  });
}

export async function calendarFeedStatus(db: Db, userId: string): Promise<CalendarFeedStatus> {
  const row = await db.selectFrom('calendar_feeds').select(['created_at', 'revoked_at']).where('user_id', '=', userId).executeTakeFirst();
  return row && row.revoked_at === null ? { active: true, createdAt: row.created_at } : { active: false, createdAt: null };
}

export type FeedOwner = { id: string; role: 'therapist' | 'client'; timeZone: string };

/** The person a live feed token belongs to, or null for an unknown, replaced or stopped one. */
export async function feedOwner(db: Db, token: string): Promise<FeedOwner | null> {
  const row = await db
    .selectFrom('calendar_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['u.id', 'u.role', 'u.time_zone'])
    .where('f.token_hash', '=', hashToken(token))
    .where('f.revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? { id: row.id, role: row.role, timeZone: row.time_zone } : null;
}
