import os from 'node:os';
import { quietHoursEndAt } from '@stepwise/domain';
import type { Selectable } from 'kysely';
import type { NotificationTable } from '../db/types.ts';
import type { Deps } from '../http/augment.ts';
import { newId } from '../ids.ts';
import { preferencesFrom, type Preferences } from '../features/notifications/service.ts';
import { deliveryPlan, notificationMail } from './delivery.ts';

export type DispatchDeps = Pick<Deps, 'db' | 'dialect' | 'mailer' | 'config'>;
export type JobLog = { error: (facts: object, message: string) => void; info: (facts: object, message: string) => void };
export type DispatchOptions = {
  /** Who claims the rows; each process has its own. */
  instanceId?: string;
  /** Rows claimed per round; a claim is a short transaction, so small batches keep instances fair. */
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
export const retryDelayMs = (attempts: number): number => 2 ** (attempts - 1) * MINUTE;

export const processInstanceId = `${os.hostname()}:${process.pid}:${newId().slice(-8)}`;
const silent: JobLog = { error: () => {}, info: () => {} };

type Row = Selectable<NotificationTable>;
type Person = { id: string; email: string; time_zone: string; prefs: Preferences };

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
    .where('status', 'in', ['pending', 'claimed'])
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
    .select(['u.id', 'u.email', 'u.time_zone', 'p.email as email_on', 'p.quiet_hours_start', 'p.quiet_hours_end', 'p.show_clinical_content'])
    .where('u.id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        email: r.email,
        time_zone: r.time_zone,
        prefs: preferencesFrom(r.email_on === null ? null : { email: r.email_on, quiet_hours_start: r.quiet_hours_start, quiet_hours_end: r.quiet_hours_end, show_clinical_content: r.show_clinical_content ?? 0 }),
      },
    ]),
  );
}

/**
 * Sends everything due at `now`, claiming in rounds until nothing is left. Never throws:
 * a failure is logged and recorded on its row, and the next row goes on.
 */
export async function dispatchDue(deps: DispatchDeps, now: Date, options: DispatchOptions = {}): Promise<DispatchResult> {
  const { instanceId = processInstanceId, batchSize = 25, leaseMs = 5 * MINUTE, maxRounds = 100, log = silent } = options;
  const result: DispatchResult = { claimed: 0, sent: 0, dropped: 0, held: 0, retried: 0, failed: 0 };
  for (let round = 0; round < maxRounds; round += 1) {
    let rows: Row[];
    try {
      rows = await claimDue(deps, now, instanceId, batchSize, leaseMs);
    } catch (err) {
      log.error({ err }, 'claiming due notifications failed');
      break;
    }
    if (rows.length === 0) break;
    result.claimed += rows.length;
    let who: Map<string, Person>;
    try {
      who = await people(deps, [...new Set(rows.map((r) => r.user_id))]);
    } catch (err) {
      // The claims lapse after their lease and the rows are taken again.
      log.error({ err }, 'loading notification recipients failed');
      break;
    }
    for (const row of rows) {
      try {
        const outcome = await handle(deps, now, instanceId, row, who.get(row.user_id), log);
        result[outcome] += 1;
      } catch (err) {
        log.error({ err, notificationId: row.id }, 'dispatching a notification failed');
      }
    }
  }
  return result;
}

type Outcome = 'sent' | 'dropped' | 'held' | 'retried' | 'failed';

async function handle(deps: DispatchDeps, now: Date, instanceId: string, row: Row, person: Person | undefined, log: JobLog): Promise<Outcome> {
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

  const channels = parseChannels(row.channels);
  channels.inApp = 'delivered';
  const delivered = row.delivered_at ?? at;
  if (plan.email && channels.email !== 'sent') {
    try {
      await deps.mailer.send(notificationMail(row, person, deps.config.publicUrl));
      channels.email = 'sent';
    } catch (err) {
      const attempts = row.attempts + 1;
      const message = err instanceof Error ? err.message : String(err);
      log.error({ err, notificationId: row.id, attempts }, 'notification email failed');
      if (attempts >= MAX_ATTEMPTS) {
        channels.email = 'failed';
        await finish({ status: 'failed', attempts, delivered_at: delivered, channels: JSON.stringify(channels), reason: `email failed ${attempts} times: ${message}` });
        return 'failed';
      }
      channels.email = 'retrying';
      const next = new Date(now.getTime() + retryDelayMs(attempts)).toISOString();
      await finish({ status: 'pending', attempts, next_attempt_at: next, delivered_at: delivered, channels: JSON.stringify(channels), reason: message });
      return 'retried';
    }
  } else if (!plan.email) {
    channels.email = 'off';
  }
  await finish({ status: 'sent', sent_at: at, delivered_at: delivered, channels: JSON.stringify(channels), reason: null });
  return 'sent';
}

type Channels = { inApp?: string; email?: string };
function parseChannels(text: string): Channels {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null ? (v as Channels) : {};
  } catch {
    return {};
  }
}

/** Runs dispatchDue every `intervalMs` (never two rounds at once) until stopped. */
export function startDispatcher(deps: DispatchDeps & Pick<Deps, 'clock'>, options: DispatchOptions & { intervalMs: number }): { stop: () => Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = dispatchDue(deps, deps.clock.now(), options)
      .catch((err: unknown) => options.log?.error({ err }, 'notification dispatch failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs);
      });
  };
  // The first round runs at once: whatever fell due while the server was down goes out now.
  tick();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
