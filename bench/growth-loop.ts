import { addDays, latestInstrument, localDate, scoreInstrument } from '@stepwise/domain';
import type { Db } from '../server/src/db/connect.ts';
import { caseload } from '../server/src/features/caseload/service.ts';
import { preSessionSummary } from '../server/src/features/summary/service.ts';
import { newId } from '../server/src/ids.ts';
import type { Actor } from '../server/src/policy/types.ts';
import { type GrowthPoint, median, open } from './growth.ts';

const PHQ9 = latestInstrument('phq9');

async function insertInBatches<T>(db: Db, table: 'entries' | 'assignment_check_ins' | 'appointments' | 'measure_responses', rows: T[]) {
  for (let i = 0; i < rows.length; i += 500) await db.insertInto(table).values(rows.slice(i, i + 500) as never).execute();
}

/**
 * One client of `therapistId` with `days` days of history: two mood check-ins a day, a
 * daily practice with a check-in most days (one assignment per quarter), a weekly session
 * and a PHQ-9 every two weeks.
 */
async function seedLoopClient(db: Db, p: { practiceId: string; therapistId: string; days: number; now: Date; n: number }) {
  const clientId = newId();
  const at = p.now.toISOString();
  const today = localDate(p.now, 'UTC');
  await db
    .insertInto('users')
    .values({ id: clientId, practice_id: p.practiceId, email: `c${clientId}@bench.test`, name: `Client ${p.n}`, role: 'client', is_admin: 0, password_hash: 'x', time_zone: 'UTC', locale: 'en', privacy_accepted_at: at, created_at: at, updated_at: at })
    .execute();
  await db.insertInto('care_team_links').values({ id: newId(), client_id: clientId, therapist_id: p.therapistId, started_at: at, ended_at: null, started_by: p.therapistId, ended_by: null }).execute();
  const entries = [];
  const checkIns = [];
  const sessions = [];
  const responses = [];
  const scheduleId = newId();
  await db
    .insertInto('measure_schedules')
    .values({ id: scheduleId, client_id: clientId, instrument_key: 'phq9', questionnaire_id: null, frequency: 'every_n_weeks', every_weeks: 2, start_date: addDays(today, -(p.days - 1)), created_by: p.therapistId, created_at: at, ended_at: null })
    .execute();
  for (let q = 0; q * 90 < p.days; q += 1) {
    const start = addDays(today, -Math.min(p.days - 1, q * 90 + 89));
    const end = addDays(today, -q * 90);
    const assignmentId = newId();
    const schedule = { kind: 'daily', startDate: start, endDate: end, times: ['08:00'] };
    await db
      .insertInto('assignments')
      .values({ id: assignmentId, client_id: clientId, kind: 'practice', status: 'active', title: 'Breathing practice', instructions: '', purpose: '', goal_id: null, step_id: null, schedule: JSON.stringify(schedule), start_date: start, end_date: end, place: '', if_then: null, obstacles: '[]', resource_id: null, due_date: null, version: 1, created_by: p.therapistId, created_at: at, updated_at: at, completed_at: null })
      .execute();
    for (let d = start; d <= end; d = addDays(d, 1)) {
      if ((d.charCodeAt(9) + p.n) % 4 === 0) continue;
      checkIns.push({ id: newId(), assignment_id: assignmentId, client_id: clientId, occurrence_date: d, occurrence_time: '08:00', outcome: 'done', how_it_went: '', helpfulness: 7, note: '', barrier: null, barrier_note: '', time_zone: 'UTC', recorded_at: `${d}T08:30:00.000Z` });
    }
  }
  for (let i = 0; i < p.days; i += 1) {
    const date = addDays(today, -i);
    for (const [time, mood] of [['08:30', 3 + (i % 6)], ['20:00', 4 + (i % 5)]] as const) {
      entries.push({ id: newId(), client_id: clientId, kind: 'mood' as const, occurred_at: `${date}T${time}:00.000Z`, local_date: date, local_time: time, time_zone: 'UTC', shared: 1, data: JSON.stringify({ mood, emotions: [] }), idempotency_key: newId(), created_at: `${date}T${time}:00.000Z`, updated_at: at, deleted_at: null });
    }
    if (i % 7 === 3) sessions.push({ id: newId(), client_id: clientId, therapist_id: p.therapistId, series_id: null, starts_at: `${date}T10:00:00.000Z`, duration_minutes: 50, mode: 'in_person' as const, place: 'Room 1', video_link: '', status: 'scheduled' as const, created_by: p.therapistId, created_at: at, updated_at: at });
    if (i % 14 === 0) {
      const answers = Object.fromEntries(PHQ9.items.map((item) => [item.key, item.key === '9' ? 0 : (i / 14 + p.n) % 3]));
      const score = scoreInstrument(PHQ9, answers);
      responses.push({ id: newId(), client_id: clientId, schedule_id: scheduleId, due_date: date, instrument_key: 'phq9', instrument_version: 1, questionnaire_id: null, questionnaire_version: null, status: 'submitted' as const, answers: JSON.stringify(answers), score: JSON.stringify(score), total: score.total, started_at: `${date}T19:00:00.000Z`, submitted_at: `${date}T19:05:00.000Z`, local_date: date, time_zone: 'UTC' });
    }
  }
  sessions.push({ id: newId(), client_id: clientId, therapist_id: p.therapistId, series_id: null, starts_at: `${addDays(today, 2)}T10:00:00.000Z`, duration_minutes: 50, mode: 'in_person' as const, place: 'Room 1', video_link: '', status: 'scheduled' as const, created_by: p.therapistId, created_at: at, updated_at: at });
  await insertInBatches(db, 'entries', entries);
  await insertInBatches(db, 'assignment_check_ins', checkIns);
  await insertInBatches(db, 'appointments', sessions);
  await insertInBatches(db, 'measure_responses', responses);
  return clientId;
}

async function practiceWithTherapist(db: Db, now: Date): Promise<Actor> {
  const practiceId = newId();
  const therapistId = newId();
  const at = now.toISOString();
  await db.insertInto('practices').values({ id: practiceId, name: 'Bench', created_at: at }).execute();
  await db
    .insertInto('users')
    .values({ id: therapistId, practice_id: practiceId, email: `t${therapistId}@bench.test`, name: 'Therapist', role: 'therapist', is_admin: 0, password_hash: 'x', time_zone: 'UTC', locale: 'en', privacy_accepted_at: at, created_at: at, updated_at: at })
    .execute();
  return { userId: therapistId, practiceId, role: 'therapist', isAdmin: false, name: 'Therapist', email: '', timeZone: 'UTC', locale: 'en', sessionId: '', sessionExpiresAt: at };
}

async function timeIt(runs: number, skip: number, fn: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return Math.round(median(times.slice(skip)) * 10) / 10;
}

/** The pre-session summary for one client holding 30 days to 10 years of daily data. */
export async function summaryGrowth(kind: 'sqlite' | 'postgres', pgUrl: string | undefined, quick: boolean): Promise<GrowthPoint[]> {
  const out: GrowthPoint[] = [];
  const now = new Date();
  for (const days of quick ? [30, 365] : [30, 365, 3 * 365, 10 * 365]) {
    const { handle, cleanup } = await open(kind, pgUrl);
    try {
      const therapist = await practiceWithTherapist(handle.db, now);
      const clientId = await seedLoopClient(handle.db, { practiceId: therapist.practiceId, therapistId: therapist.userId, days, now, n: 0 });
      const ctx = { actor: therapist, ip: null, now };
      out.push({ days, medianMs: await timeIt(quick ? 3 : 25, quick ? 0 : 5, () => preSessionSummary({ db: handle.db, ctx, clientId })) });
    } finally {
      await cleanup();
    }
  }
  return out;
}

/** The caseload view for a therapist with 10 to 500 clients, each holding a year of data. */
export async function caseloadGrowth(kind: 'sqlite' | 'postgres', pgUrl: string | undefined, quick: boolean): Promise<GrowthPoint[]> {
  const out: GrowthPoint[] = [];
  const now = new Date();
  const { handle, cleanup } = await open(kind, pgUrl);
  try {
    const therapist = await practiceWithTherapist(handle.db, now);
    let seeded = 0;
    // One therapist's caseload grows; the sizes are measured as it passes them.
    for (const clients of quick ? [10, 50] : [10, 50, 150, 500]) {
      for (; seeded < clients; seeded += 1) await seedLoopClient(handle.db, { practiceId: therapist.practiceId, therapistId: therapist.userId, days: quick ? 60 : 365, now, n: seeded });
      const ctx = { actor: therapist, ip: null, now };
      out.push({ days: clients, medianMs: await timeIt(quick ? 3 : 15, quick ? 0 : 3, () => caseload({ db: handle.db, ctx, actor: therapist })) });
    }
  } finally {
    await cleanup();
  }
  return out;
}
