import os from 'node:os';
import { quietHoursEndAt } from '@stepwise/domain';
import { sql, type Selectable } from 'kysely';
import type { NotificationTable } from '../db/types.ts';
import type { Deps } from '../http/augment.ts';
import { newId } from '../ids.ts';
import { preferencesFrom } from '../features/notifications/service.ts';
import { bounceStands } from '../features/email-bounces/service.ts';
import { subscriptionsOf, type StoredSubscription } from '../features/push/service.ts';
import { sendEmail, sendPush, type Channels, type Failure, type Person } from './channels.ts';
import { repeatEvery, type Repeating } from './repeat.ts';
import { deliveryPlan } from './delivery.ts';

/** `push` is optional so callers that build their own deps keep working; the app's deps always have it. */
export type DispatchDeps = Pick<Deps, 'db' | 'dialect' | 'mailer' | 'config'> & Partial<Pick<Deps, 'push'>>;
export type JobLog = { error: (facts: object, message: string) => void; info: (facts: object, message: string) => void };
export type DispatchOptions = {
  /** Who claims the rows; each process has its own. */
  instanceId?: string;
  /** Rows claimed per round; a claim is one short statement. 100 measured best on PostgreSQL and no worse on SQLite (bench/notifications.ts). */
  batchSize?: number;
  /** How long a claim holds before another instance may take the row over (the claimer died). */
  leaseMs?: number;
  /** Rounds per call at most, so one call cannot run forever while new rows keep falling due. */
  maxRounds?: number;
  log?: JobLog;
};
export type DispatchResult = { claimed: number; sent: number; dropped: number; held: number; retried: number; failed: number };

const MINUTE = 60_000;
/** A failed send is tried again after 1, 2, 4, 8 minutes; the fifth failure is final. */
export const MAX_ATTEMPTS = 5;
const DEFAULT_BATCH = 100;
const DEFAULT_ROUNDS = 25;
/** A tick drains at most this many full calls (250,000 rows) before waiting for the next. */
const MAX_CALLS_PER_TICK = 100;
export const retryDelayMs = (attempts: number): number => 2 ** (attempts - 1) * MINUTE;

export const processInstanceId = `${os.hostname()}:${process.pid}:${newId().slice(-8)}`;
const silent: JobLog = { error: () => {}, info: () => {} };

type Row = Selectable<NotificationTable>;

/**
 * Claims due rows for this instance and returns them. A row is due when it is pending and its
 * next attempt has come, or when it is claimed but the claim's lease ran out (its claimer
 * died mid-send): claiming sets next_attempt_at to the lease's end, so one indexed condition
 * covers both. On PostgreSQL, FOR UPDATE SKIP LOCKED makes concurrent claimers take disjoint
 * rows without waiting on each other; SQLite has one writer (and one process) so the single
 * UPDATE ... RETURNING is already atomic.
 */
export async function claimDue(deps: DispatchDeps, now: Date, instanceId: string, limit: number, leaseMs: number): Promise<Row[]> {
  const until = new Date(now.getTime() + leaseMs).toISOString();
  const due = deps.db
    .selectFrom('notifications')
    .select('id')
    // Literal values, the same words as the partial index notifications_claimable (0013), so
    // both databases can prove the query covered by it (SQLite cannot with bound parameters).
    .where(sql<boolean>`status in ('pending', 'claimed')`)
    .where('next_attempt_at', '<=', now.toISOString())
    .orderBy('next_attempt_at')
    .limit(limit)
    .$if(deps.dialect === 'postgres', (q) => q.forUpdate().skipLocked());
  return deps.db
    .updateTable('notifications')
    .set({ status: 'claimed', claimed_by: instanceId, claimed_until: until, next_attempt_at: until })
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

async function people(deps: DispatchDeps, ids: string[]): Promise<Map<string, Person>> {
  if (ids.length === 0) return new Map();
  const rows = await deps.db
    .selectFrom('users as u')
    .leftJoin('notification_preferences as p', 'p.user_id', 'u.id')
    .leftJoin('email_bounces as b', 'b.user_id', 'u.id')
    .select([
      'u.id',
      'u.email',
      'u.time_zone',
      'p.email as email_on',
      'p.quiet_hours_start',
      'p.quiet_hours_end',
      'p.show_clinical_content',
      'p.updated_at as prefs_updated_at',
      'b.address as bounce_address',
      'b.bounced_at',
    ])
    .where('u.id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => {
      const prefs = preferencesFrom(r.email_on === null ? null : { email: r.email_on, quiet_hours_start: r.quiet_hours_start, quiet_hours_end: r.quiet_hours_end, show_clinical_content: r.show_clinical_content ?? 0 });
      const bounced = bounceStands({ address: r.bounce_address, bouncedAt: r.bounced_at }, { email: r.email, emailOn: prefs.email, prefsUpdatedAt: r.prefs_updated_at });
      return [r.id, { id: r.id, email: r.email, time_zone: r.time_zone, prefs, bounced }];
    }),
  );
}

/**
 * Sends everything due, claiming in rounds until nothing is left. `now` is a fixed instant
 * (tests) or a clock read afresh for every round and row, so a slow round (a mail server
 * taking its time) neither judges later rows by a stale time nor sends on a lapsed claim.
 * Never throws: a failure is logged and recorded on its row, and the next row goes on.
 */
export async function dispatchDue(deps: DispatchDeps, now: Date | (() => Date), options: DispatchOptions = {}): Promise<DispatchResult> {
  const { instanceId = processInstanceId, batchSize = DEFAULT_BATCH, leaseMs = 5 * MINUTE, maxRounds = DEFAULT_ROUNDS, log = silent } = options;
  const clock = typeof now === 'function' ? now : () => now;
  const result: DispatchResult = { claimed: 0, sent: 0, dropped: 0, held: 0, retried: 0, failed: 0 };
  for (let round = 0; round < maxRounds; round += 1) {
    // Between rounds the event loop takes its turn: SQLite's work is synchronous, and a long
    // backlog must not hold requests up for seconds (measured: up to 1.9 s per tick without).
    if (round > 0) await new Promise((resolve) => setImmediate(resolve));
    const claimedAt = clock();
    let rows: Row[];
    try {
      rows = await claimDue(deps, claimedAt, instanceId, batchSize, leaseMs);
    } catch (err) {
      log.error({ err }, 'claiming due notifications failed');
      break;
    }
    if (rows.length === 0) break;
    result.claimed += rows.length;
    let who: Map<string, Person>;
    let devices: Map<string, StoredSubscription[]>;
    try {
      const userIds = [...new Set(rows.map((r) => r.user_id))];
      [who, devices] = await Promise.all([people(deps, userIds), deps.push ? subscriptionsOf(deps.db, userIds) : new Map<string, StoredSubscription[]>()]);
    } catch (err) {
      // The claims lapse after their lease and the rows are taken again.
      log.error({ err }, 'loading notification recipients failed');
      break;
    }
    // A row is only started while at least half of its claim is left (a send is bounded
    // well below that); the rest lapse and are taken again, by this instance or another.
    const startBy = claimedAt.getTime() + leaseMs / 2;
    for (const row of rows) {
      const at = clock();
      if (at.getTime() > startBy) {
        log.error({ left: rows.length - rows.indexOf(row) }, 'dispatch round too slow: leaving the rest of its claims to lapse');
        return result;
      }
      try {
        const outcome = await handle(deps, at, instanceId, row, who.get(row.user_id), devices.get(row.user_id) ?? [], log);
        result[outcome] += 1;
      } catch (err) {
        log.error({ err, notificationId: row.id }, 'dispatching a notification failed');
      }
    }
  }
  return result;
}

type Outcome = 'sent' | 'dropped' | 'held' | 'retried' | 'failed';

async function handle(deps: DispatchDeps, now: Date, instanceId: string, row: Row, person: Person | undefined, subscriptions: StoredSubscription[], log: JobLog): Promise<Outcome> {
  const at = now.toISOString();
  // Only the current claimer may finish a row: if our lease ran out and another instance
  // took it over, our late write changes nothing. claimed_by stays as the record of who
  // handled the row last.
  const finish = (set: Partial<Omit<Row, 'id'>>) =>
    deps.db
      .updateTable('notifications')
      .set({ claimed_until: null, ...set })
      .where('id', '=', row.id)
      .where('claimed_by', '=', instanceId)
      .execute();

  if (!person) {
    await finish({ status: 'dropped', reason: 'recipient no longer exists' });
    return 'dropped';
  }
  if (row.drop_after !== null && now.getTime() > Date.parse(row.drop_after)) {
    const lateMinutes = Math.round((now.getTime() - Date.parse(row.due_at)) / MINUTE);
    await finish({ status: 'dropped', reason: `too late: ${lateMinutes} min after due, past its drop-after time ${row.drop_after}` });
    return 'dropped';
  }
  const plan = deliveryPlan(row.kind, person.prefs);
  const quietEnd = plan.respectsQuietHours ? quietHoursEndAt(now, person.time_zone, person.prefs.quietHoursStart, person.prefs.quietHoursEnd) : null;
  // Also a retry waits: a late email in the night disturbs as much as a first one.
  if (quietEnd) {
    await finish({ status: 'pending', next_attempt_at: quietEnd.toISOString(), reason: 'held for quiet hours' });
    return 'held';
  }

  // Each channel keeps its own outcome in `channels`, so a retry sends only what has not
  // gone out yet: an email that was sent is not sent again because a push failed.
  const channels = parseChannels(row.channels);
  channels.inApp = 'delivered';
  const delivered = row.delivered_at ?? at;
  const failures: Failure[] = [];
  await sendEmail(deps, now, row, person, plan, channels, failures, log);
  if (deps.push && (subscriptions.length > 0 || channels.push)) {
    channels.push = await sendPush(deps, deps.push, now, row, plan, subscriptions, channels.push ?? {}, failures, log);
  }

  if (failures.length === 0) {
    await finish({ status: 'sent', sent_at: at, delivered_at: delivered, channels: JSON.stringify(channels), reason: null });
    return 'sent';
  }
  const attempts = row.attempts + 1;
  if (attempts >= MAX_ATTEMPTS) {
    if (channels.email === 'retrying') channels.email = 'failed';
    for (const [id, state] of Object.entries(channels.push ?? {})) if (state === 'retrying' && channels.push) channels.push[id] = 'failed';
    const reason = (['email', 'push'] as const)
      .map((channel) => [channel, failures.filter((f) => f.channel === channel).map((f) => f.message)] as const)
      .filter(([, messages]) => messages.length > 0)
      .map(([channel, messages]) => `${channel} failed ${attempts} times: ${[...new Set(messages)].join(', ')}`)
      .join('; ');
    await finish({ status: 'failed', attempts, delivered_at: delivered, channels: JSON.stringify(channels), reason });
    return 'failed';
  }
  const next = new Date(now.getTime() + retryDelayMs(attempts)).toISOString();
  await finish({ status: 'pending', attempts, next_attempt_at: next, delivered_at: delivered, channels: JSON.stringify(channels), reason: failures.map((f) => f.message).join('; ') });
  return 'retried';
}

function parseChannels(text: string): Channels {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null ? (v as Channels) : {};
  } catch {
    return {};
  }
}

/**
 * Runs dispatchDue every `intervalMs` (never two rounds at once) until stopped. A call that
 * used all its rounds leaves a backlog: the next call follows at once (each yields between
 * rounds), so a backlog drains at full speed instead of one call per interval.
 */
export function startDispatcher(deps: DispatchDeps & Pick<Deps, 'clock'>, options: DispatchOptions & { intervalMs: number }): Repeating {
  const full = (options.batchSize ?? DEFAULT_BATCH) * (options.maxRounds ?? DEFAULT_ROUNDS);
  const drain = async () => {
    for (let call = 0; call < MAX_CALLS_PER_TICK; call += 1) {
      const result = await dispatchDue(deps, () => deps.clock.now(), options);
      if (result.claimed < full) break;
    }
  };
  // The first round runs at once: whatever fell due while the server was down goes out now.
  return repeatEvery(drain, options.intervalMs, (err) => options.log?.error({ err }, 'notification dispatch failed'));
}
