import { addDays, localDate } from '@stepwise/domain';
import type { Db } from '../server/src/db/connect.ts';
import { planReminders, replanClient } from '../server/src/features/reminders/planner.ts';
import { newId } from '../server/src/ids.ts';
import { median, open } from './growth.ts';

export type PlannerResult = {
  clients: number;
  /** The first round after start: 36 hours of reminders for everyone. */
  firstRoundMs: number;
  firstRoundRows: number;
  /** A steady round a minute later: only the new minute is planned. */
  minuteRoundMs: number;
  /** One client's re-plan (a changed plan or zone), median of 25. */
  replanMs: number;
};

const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata'];

async function insertInBatches(db: Db, table: 'users' | 'assignments' | 'notification_preferences', rows: object[]) {
  for (let i = 0; i < rows.length; i += 400) await db.insertInto(table).values(rows.slice(i, i + 400) as never).execute();
}

/**
 * `clients` clients in five zones, each with a daily practice at two times and, for half of
 * them, two daily check-in times: how long the planner's rounds take at that size.
 */
export async function plannerScale(kind: 'sqlite' | 'postgres', clients: number, pgUrl?: string): Promise<PlannerResult> {
  const { handle, cleanup } = await open(kind, pgUrl);
  const db = handle.db;
  try {
    const now = new Date();
    const at = now.toISOString();
    const today = localDate(now, 'UTC');
    const practiceId = newId();
    await db.insertInto('practices').values({ id: practiceId, name: 'Bench', created_at: at }).execute();
    const users = [];
    const assignments = [];
    const prefs = [];
    for (let n = 0; n < clients; n += 1) {
      const id = newId();
      users.push({ id, practice_id: practiceId, email: `p${n}@bench.test`, name: `Client ${n}`, role: 'client', is_admin: 0, password_hash: 'x', time_zone: ZONES[n % ZONES.length], locale: 'en', privacy_accepted_at: at, created_at: at, updated_at: at });
      const schedule = { kind: 'daily', startDate: addDays(today, -30), endDate: addDays(today, 60), times: ['08:00', '18:30'] };
      assignments.push({
        id: newId(),
        client_id: id,
        kind: 'practice',
        status: 'active',
        title: 'Breathing practice',
        instructions: '',
        purpose: '',
        goal_id: null,
        step_id: null,
        schedule: JSON.stringify(schedule),
        start_date: schedule.startDate,
        end_date: schedule.endDate,
        place: '',
        if_then: JSON.stringify({ if: 'I finish breakfast', then: 'I breathe slowly for five minutes' }),
        obstacles: '[]',
        resource_id: null,
        due_date: null,
        version: 1,
        created_by: id,
        created_at: at,
        updated_at: at,
        completed_at: null,
      });
      if (n % 2 === 0) prefs.push({ user_id: id, email: 0, quiet_hours_start: null, quiet_hours_end: null, show_clinical_content: 0, check_in_times: JSON.stringify(['09:00', '21:00']), digest_time: null, updated_at: at });
    }
    await insertInBatches(db, 'users', users);
    await insertInBatches(db, 'assignments', assignments);
    await insertInBatches(db, 'notification_preferences', prefs);

    let t0 = performance.now();
    await planReminders(db, now);
    const firstRoundMs = performance.now() - t0;
    const row = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    t0 = performance.now();
    await planReminders(db, new Date(now.getTime() + 60_000));
    const minuteRoundMs = performance.now() - t0;
    const times: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const start = performance.now();
      await replanClient(db, users[i % users.length]?.id ?? '', new Date(now.getTime() + 60_000));
      times.push(performance.now() - start);
    }
    return { clients, firstRoundMs, firstRoundRows: Number(row.n), minuteRoundMs, replanMs: median(times) };
  } finally {
    await cleanup();
  }
}
