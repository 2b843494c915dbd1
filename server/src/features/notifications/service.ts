import { sql } from 'kysely';
import { NEUTRAL_NOTIFICATION_TEXT, type NotificationPreferencesInput, type NotificationPreferencesView, type NotificationView } from '@stepwise/domain';
import { audit, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { badRequest, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';

export type NewNotification = {
  userId: string;
  kind: string;
  dueAt: Date;
  /** The lateness rule: after this instant it is dropped instead of sent (null: never too late). */
  dropAfter: Date | null;
  /** Title and body are what anyone may see: they carry no clinical content. */
  title: string;
  body?: string;
  /** Shown instead of the body only to someone who allowed clinical content. */
  clinicalBody?: string | null;
  /** The app path that tapping leads to, e.g. "/alerts". */
  url: string;
  /** The same reminder scheduled twice has the same key, so it is stored (and sent) once. */
  dedupeKey: string;
};

const rowOf = (n: NewNotification, id: string, now: Date) => {
  const due = n.dueAt.toISOString();
  return {
    id,
    user_id: n.userId,
    kind: n.kind,
    due_at: due,
    drop_after: n.dropAfter?.toISOString() ?? null,
    title: n.title,
    body: n.body ?? NEUTRAL_NOTIFICATION_TEXT,
    clinical_body: n.clinicalBody ?? null,
    url: n.url,
    status: 'pending' as const,
    next_attempt_at: due,
    claimed_by: null,
    claimed_until: null,
    delivered_at: null,
    sent_at: null,
    reason: null,
    dedupe_key: n.dedupeKey,
    read_at: null,
    created_at: now.toISOString(),
  };
};

/** Stores a notification to be sent at `dueAt`: its id if new, null if its dedupe key was already taken. */
export async function scheduleNotification(db: Db, n: NewNotification, now = new Date()): Promise<string | null> {
  const id = newId();
  const result = await db
    .insertInto('notifications')
    .values(rowOf(n, id, now))
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? id : null;
}

/** Stores many at once (in chunks, one statement each); keys already taken are skipped. Returns how many were new. */
export async function scheduleNotifications(db: Db, list: NewNotification[], now = new Date()): Promise<number> {
  let added = 0;
  // 22 columns a row: 400 rows stay under SQLite's 32,766 bound parameters.
  for (let i = 0; i < list.length; i += 400) {
    const chunk = list.slice(i, i + 400);
    const result = await db
      .insertInto('notifications')
      .values(chunk.map((n) => rowOf(n, newId(), now)))
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

// --- preferences ---------------------------------------------------------------------------

export type Preferences = { email: boolean; quietHoursStart: string | null; quietHoursEnd: string | null; showClinicalContent: boolean };
export const DEFAULT_PREFERENCES: Preferences = { email: true, quietHoursStart: null, quietHoursEnd: null, showClinicalContent: false };

type PreferencesRow = { email: number; quiet_hours_start: string | null; quiet_hours_end: string | null; show_clinical_content: number };
export const preferencesFrom = (r: PreferencesRow | undefined | null): Preferences =>
  r ? { email: r.email === 1, quietHoursStart: r.quiet_hours_start, quietHoursEnd: r.quiet_hours_end, showClinicalContent: r.show_clinical_content === 1 } : DEFAULT_PREFERENCES;

/** Stored check-in times; a bad value reads as none rather than stopping every reminder. */
export function checkInTimesFrom(text: string | null | undefined): string[] {
  try {
    const v: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string' && /^\d\d:\d\d$/.test(t)) : [];
  } catch {
    return [];
  }
}

export async function notificationPreferences(db: Db, userId: string): Promise<NotificationPreferencesView> {
  const [row, user] = await Promise.all([
    db.selectFrom('notification_preferences').selectAll().where('user_id', '=', userId).executeTakeFirst(),
    db.selectFrom('users').select('role').where('id', '=', userId).executeTakeFirstOrThrow(),
  ]);
  return { ...preferencesFrom(row), inApp: true, checkInTimes: checkInTimesFrom(row?.check_in_times), digestTime: row?.digest_time ?? null, role: user.role };
}

/**
 * Saves the caller's preferences. Check-in times are a client's, the digest a therapist's;
 * the other's field is refused. A change of check-in times re-plans the reminders at once.
 */
export async function saveNotificationPreferences({ db, ctx, actor, input, replan }: { db: Db; ctx: AuditContext; actor: Actor; input: NotificationPreferencesInput; replan: (db: Db, userId: string, now: Date) => Promise<unknown> }): Promise<NotificationPreferencesView> {
  if (actor.role === 'therapist' && input.checkInTimes !== undefined && input.checkInTimes.length > 0) throw badRequest('checkInTimes', 'check-in reminders are for clients');
  if (actor.role === 'client' && input.digestTime !== undefined && input.digestTime !== null) throw badRequest('digestTime', 'the daily digest is for therapists');
  const values = {
    email: input.email ? 1 : 0,
    quiet_hours_start: input.quietHoursStart,
    quiet_hours_end: input.quietHoursEnd,
    show_clinical_content: input.showClinicalContent ? 1 : 0,
    ...(input.checkInTimes === undefined ? {} : { check_in_times: JSON.stringify(input.checkInTimes) }),
    ...(input.digestTime === undefined ? {} : { digest_time: input.digestTime }),
    updated_at: ctx.now.toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('notification_preferences')
      .values({ user_id: actor.userId, ...values })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
      .execute();
    await audit(trx, ctx, { action: 'notification_preferences.updated', targetType: 'user', targetId: actor.userId });
    if (actor.role === 'client') await replan(trx, actor.userId, ctx.now);
  });
  return notificationPreferences(db, actor.userId);
}

// --- the in-app list -------------------------------------------------------------------------

const LIST_LIMIT = 100;

/** The person's delivered notifications, newest first, and how many are unread. */
export async function listNotifications(db: Db, userId: string): Promise<{ notifications: NotificationView[]; unread: number }> {
  const [rows, unread, prefs] = await Promise.all([
    db
      .selectFrom('notifications')
      .select(['id', 'kind', 'title', 'body', 'clinical_body', 'url', 'delivered_at', 'read_at'])
      .where('user_id', '=', userId)
      .where('delivered_at', 'is not', null)
      .orderBy('delivered_at', 'desc')
      .orderBy('id', 'desc')
      .limit(LIST_LIMIT)
      .execute(),
    unreadCount(db, userId),
    db.selectFrom('notification_preferences').select('show_clinical_content').where('user_id', '=', userId).executeTakeFirst(),
  ]);
  const clinical = prefs?.show_clinical_content === 1;
  return {
    notifications: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: clinical && r.clinical_body ? r.clinical_body : r.body,
      url: r.url,
      deliveredAt: r.delivered_at ?? '',
      readAt: r.read_at,
    })),
    unread,
  };
}

async function unreadCount(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('delivered_at', 'is not', null)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Marks one of the person's own delivered notifications read; anyone else's is "not found". */
export async function markNotificationRead(db: Db, userId: string, id: string, now: Date): Promise<void> {
  const row = await db.selectFrom('notifications').select(['id', 'read_at']).where('id', '=', id).where('user_id', '=', userId).where('delivered_at', 'is not', null).executeTakeFirst();
  if (!row) throw notFound('notification');
  // The first read counts; reading again keeps the original instant.
  if (row.read_at === null) await db.updateTable('notifications').set({ read_at: now.toISOString() }).where('id', '=', id).execute();
}

export async function markAllNotificationsRead(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ read_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('delivered_at', 'is not', null)
    .where('read_at', 'is', null)
    .execute();
}

/**
 * Withdraws reminders that no longer apply (a session moved or cancelled, a plan changed):
 * pending ones only; one being sent right now goes out. `userId` narrows the search to
 * one person's rows through an index.
 */
export async function dropPending(db: Db, dedupeKeyPrefixes: string[], reason: string, now = new Date(), userId?: string): Promise<number> {
  if (dedupeKeyPrefixes.length === 0) return 0;
  const result = await db
    .updateTable('notifications')
    // The key is freed (suffixed), so the same reminder can be scheduled again later, e.g. a session moved back.
    .set({ status: 'dropped', reason, sent_at: null, next_attempt_at: now.toISOString(), dedupe_key: sql<string>`dedupe_key || ':dropped:' || id` })
    .$if(userId !== undefined, (q) => q.where('user_id', '=', userId ?? ''))
    .where('status', '=', 'pending')
    .where((eb) => eb.or(dedupeKeyPrefixes.map((p) => eb('dedupe_key', 'like', `${p}%`))))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Finished notifications are kept this long (the in-app list shows the latest 100 anyway). */
export const KEEP_FINISHED_DAYS = 180;

/**
 * Deletes finished notifications older than KEEP_FINISHED_DAYS, a bounded batch at a time so
 * a round stays short; without it the table only grows, and SQLite's updates slow with it.
 */
export async function pruneFinished(db: Db, now: Date, batch = 5000): Promise<number> {
  const before = new Date(now.getTime() - KEEP_FINISHED_DAYS * 86_400_000).toISOString();
  const old = db
    .selectFrom('notifications')
    .select('id')
    .where('created_at', '<', before)
    .where('status', 'in', ['sent', 'dropped', 'failed'])
    .limit(batch);
  const result = await db.deleteFrom('notifications').where('id', 'in', old).executeTakeFirst();
  return Number(result.numDeletedRows);
}
