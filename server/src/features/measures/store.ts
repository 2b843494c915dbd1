import { localDate } from '@stepwise/domain';
import type { Db } from '../../db/connect.ts';
import { sessionDates } from '../appointments/service.ts';

export const scheduleColumns = [
  's.id',
  's.client_id',
  's.instrument_key',
  's.questionnaire_id',
  's.frequency',
  's.every_weeks',
  's.start_date',
  's.created_by',
  's.created_at',
  's.ended_at',
] as const;

/** A client's schedules (active first use `ended_at`), with who made each and the custom title. */
export function loadSchedules(db: Db, where: { clientId: string } | { scheduleId: string }) {
  let q = db
    .selectFrom('measure_schedules as s')
    .innerJoin('users as u', 'u.id', 's.created_by')
    .leftJoin('questionnaires as q', 'q.id', 's.questionnaire_id')
    .leftJoin('questionnaire_versions as qv', (j) => j.onRef('qv.questionnaire_id', '=', 'q.id').onRef('qv.version', '=', 'q.current_version'))
    .select([...scheduleColumns, 'u.name as created_by_name', 'qv.definition as questionnaire_definition']);
  q = 'clientId' in where ? q.where('s.client_id', '=', where.clientId) : q.where('s.id', '=', where.scheduleId);
  return q.orderBy('s.created_at').execute();
}
export type ScheduleRow = Awaited<ReturnType<typeof loadSchedules>>[number];

/** Due dates already answered, per schedule. */
export async function submittedDueDates(db: Db, scheduleIds: string[]): Promise<Map<string, { dates: Set<string>; last: string | null }>> {
  const out = new Map<string, { dates: Set<string>; last: string | null }>();
  if (scheduleIds.length === 0) return out;
  const rows = await db
    .selectFrom('measure_responses')
    .select(['schedule_id', 'due_date', 'submitted_at'])
    .where('schedule_id', 'in', scheduleIds)
    .where('status', '=', 'submitted')
    .execute();
  for (const r of rows) {
    const entry = out.get(r.schedule_id) ?? { dates: new Set<string>(), last: null };
    entry.dates.add(r.due_date);
    if (r.submitted_at && (!entry.last || r.submitted_at > entry.last)) entry.last = r.submitted_at;
    out.set(r.schedule_id, entry);
  }
  return out;
}

export async function clientZone(db: Db, clientId: string): Promise<string> {
  const row = await db.selectFrom('users').select('time_zone').where('id', '=', clientId).executeTakeFirstOrThrow();
  return row.time_zone;
}

/** The client's zone, today's date there, and their session dates (for "before each appointment"). */
export async function clientCalendar(db: Db, clientId: string, now: Date) {
  const zone = await clientZone(db, clientId);
  return { zone, today: localDate(now, zone), sessions: await sessionDates(db, clientId, zone) };
}
