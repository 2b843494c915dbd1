import { sql } from 'kysely';
import { NEUTRAL_NOTIFICATION_TEXT, type NotificationPreferencesInput, type NotificationPreferencesView, type NotificationView } from '@stepwise/domain';
import { audit, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { notFound } from '../../errors.ts';
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

/** Stores a notification to be sent at `dueAt`: its id if new, null if its dedupe key was already taken. */
export async function scheduleNotification(db: Db, n: NewNotification, now = new Date()): Promise<string | null> {
  const due = n.dueAt.toISOString();
  const id = newId();
  const result = await db
    .insertInto('notifications')
    .values({
      id,
      user_id: n.userId,
      kind: n.kind,
      due_at: due,
      drop_after: n.dropAfter?.toISOString() ?? null,
      title: n.title,
      body: n.body ?? NEUTRAL_NOTIFICATION_TEXT,
      clinical_body: n.clinicalBody ?? null,
      url: n.url,
      status: 'pending',
      next_attempt_at: due,
      claimed_by: null,
      claimed_until: null,
      delivered_at: null,
      sent_at: null,
      reason: null,
      dedupe_key: n.dedupeKey,
      read_at: null,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? id : null;
}

// --- preferences ---------------------------------------------------------------------------

export type Preferences = { email: boolean; quietHoursStart: string | null; quietHoursEnd: string | null; showClinicalContent: boolean };
export const DEFAULT_PREFERENCES: Preferences = { email: true, quietHoursStart: null, quietHoursEnd: null, showClinicalContent: false };

type PreferencesRow = { email: number; quiet_hours_start: string | null; quiet_hours_end: string | null; show_clinical_content: number };
export const preferencesFrom = (r: PreferencesRow | undefined | null): Preferences =>
  r ? { email: r.email === 1, quietHoursStart: r.quiet_hours_start, quietHoursEnd: r.quiet_hours_end, showClinicalContent: r.show_clinical_content === 1 } : DEFAULT_PREFERENCES;

const preferencesView = (p: Preferences): NotificationPreferencesView => ({ ...p, inApp: true });

export async function notificationPreferences(db: Db, userId: string): Promise<NotificationPreferencesView> {
  const row = await db.selectFrom('notification_preferences').selectAll().where('user_id', '=', userId).executeTakeFirst();
  return preferencesView(preferencesFrom(row));
}

export async function saveNotificationPreferences({ db, ctx, actor, input }: { db: Db; ctx: AuditContext; actor: Actor; input: NotificationPreferencesInput }): Promise<NotificationPreferencesView> {
  const values = {
    email: input.email ? 1 : 0,
    quiet_hours_start: input.quietHoursStart,
    quiet_hours_end: input.quietHoursEnd,
    show_clinical_content: input.showClinicalContent ? 1 : 0,
    updated_at: ctx.now.toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('notification_preferences')
      .values({ user_id: actor.userId, ...values })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
      .execute();
    await audit(trx, ctx, { action: 'notification_preferences.updated', targetType: 'user', targetId: actor.userId });
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

/** Withdraws reminders that no longer apply (a session moved or cancelled): pending ones only. */
export async function dropPending(db: Db, dedupeKeyPrefixes: string[], reason: string, now = new Date()): Promise<number> {
  if (dedupeKeyPrefixes.length === 0) return 0;
  const result = await db
    .updateTable('notifications')
    // The key is freed (suffixed), so the same reminder can be scheduled again later, e.g. a session moved back.
    .set({ status: 'dropped', reason, sent_at: null, next_attempt_at: now.toISOString(), dedupe_key: sql<string>`dedupe_key || ':dropped:' || id` })
    .where('status', '=', 'pending')
    .where((eb) => eb.or(dedupeKeyPrefixes.map((p) => eb('dedupe_key', 'like', `${p}%`))))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
