import { addDays, dailySlots, latestDueDate, localDate, occurrenceSlots, zoneCalendar, type Schedule, type ZoneCalendar } from '@stepwise/domain';
import type { Db } from '../../db/connect.ts';
import { measureLabel } from '../measures/present.ts';
import { checkInTimesFrom, dropPending, scheduleNotifications, type NewNotification } from '../notifications/service.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Reminders are written this far ahead, so the dispatcher finds them in the table when they fall due. */
export const HORIZON_MS = 36 * HOUR;
/**
 * The lateness rule for practice and check-in reminders: more than 2 hours late, a nudge to
 * "do it now" is more confusing than helpful, so it is dropped (the dispatcher records why).
 */
export const LATE_AFTER_MS = 2 * HOUR;
/** A measure is reminded on its due day at the client's first check-in time, or at this time. */
export const MEASURE_REMINDER_TIME = '10:00';
const MEASURE_LATE_AFTER_MS = 12 * HOUR;
const WATERMARK = 'reminders.planned_until';

/** Every planned reminder's key starts with the client's prefix, so one person's can be found and re-planned. */
export const planPrefix = (clientId: string) => `plan:${clientId}:`;

type Window = { from: Date; to: Date };
/** UTC dates that cover every zone's local dates of a window (zones are at most 14 hours from UTC). */
const utcSpan = (w: Window) => ({ first: addDays(w.from.toISOString().slice(0, 10), -1), last: addDays(w.to.toISOString().slice(0, 10), 1) });

type IfThen = { if: string; then: string };
function ifThenText(json: string | null): string {
  if (!json) return '';
  try {
    const v = JSON.parse(json) as Partial<IfThen> | null;
    return v?.if && v.then ? ` If ${v.if}, then ${v.then}.` : '';
  } catch {
    return '';
  }
}

/** Each planned occurrence with a time, at that time in the client's zone; the if-then plan is the clinical text. */
async function assignmentReminders(db: Db, w: Window, cal: ZoneCalendar, clientId?: string): Promise<NewNotification[]> {
  const { first, last } = utcSpan(w);
  const rows = await db
    .selectFrom('assignments as a')
    .innerJoin('users as u', 'u.id', 'a.client_id')
    .select(['a.id', 'a.client_id', 'a.title', 'a.place', 'a.if_then', 'a.schedule', 'u.time_zone'])
    .where('a.status', '=', 'active')
    .where('a.end_date', '>=', first)
    .where('a.start_date', '<=', last)
    .$if(clientId !== undefined, (q) => q.where('a.client_id', '=', clientId ?? ''))
    .execute();
  // An occurrence the client already answered (done early, or marked not done) needs no reminder.
  const answered = rows.length
    ? await db
        .selectFrom('assignment_check_ins as c')
        .innerJoin('assignments as a', 'a.id', 'c.assignment_id')
        .select(['c.assignment_id', 'c.occurrence_date', 'c.occurrence_time'])
        .where('a.status', '=', 'active')
        .where('c.occurrence_date', '>=', first)
        .$if(clientId !== undefined, (q) => q.where('c.client_id', '=', clientId ?? ''))
        .execute()
    : [];
  const done = new Set(answered.map((c) => `${c.assignment_id}:${c.occurrence_date}T${c.occurrence_time}`));
  return rows.flatMap((a) =>
    // Stored schedules were validated on the way in.
    occurrenceSlots(JSON.parse(a.schedule) as Schedule, a.time_zone, w.from, w.to, cal)
      .filter((s) => !done.has(`${a.id}:${s.date}T${s.time}`))
      .map((s) => ({
      userId: a.client_id,
      kind: 'practice_reminder',
      dueAt: s.at,
      dropAfter: new Date(s.at.getTime() + LATE_AFTER_MS),
      title: 'Practice reminder',
      clinicalBody: `Time for "${a.title}"${a.place ? ` (${a.place})` : ''} at ${s.time}.${ifThenText(a.if_then)}`,
      url: `/plan/${a.id}`,
      dedupeKey: `${planPrefix(a.client_id)}a:${a.id}:${s.date}T${s.time}`,
    })),
  );
}

type Prefs = { user_id: string; check_in_times: string; time_zone: string };
async function clientPrefs(db: Db, clientId?: string): Promise<Prefs[]> {
  return db
    .selectFrom('notification_preferences as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.user_id', 'p.check_in_times', 'u.time_zone'])
    .where('u.role', '=', 'client')
    .where('p.check_in_times', '!=', '[]')
    .$if(clientId !== undefined, (q) => q.where('p.user_id', '=', clientId ?? ''))
    .execute();
}

/** The daily check-in at each time the client chose. */
function checkInReminders(prefs: Prefs[], w: Window, cal: ZoneCalendar): NewNotification[] {
  return prefs.flatMap((p) =>
    dailySlots(checkInTimesFrom(p.check_in_times), p.time_zone, w.from, w.to, cal).map((s) => ({
      userId: p.user_id,
      kind: 'check_in_reminder',
      dueAt: s.at,
      dropAfter: new Date(s.at.getTime() + LATE_AFTER_MS),
      title: 'Check-in reminder',
      clinicalBody: 'How are you right now? A mood check-in takes a minute.',
      url: '/log/mood',
      dedupeKey: `${planPrefix(p.user_id)}c:${s.date}T${s.time}`,
    })),
  );
}

/** A measure on the day it falls due (not answered yet), at the client's first check-in time or 10:00. */
async function measureReminders(db: Db, w: Window, cal: ZoneCalendar, prefs: Prefs[], clientId?: string): Promise<NewNotification[]> {
  const schedules = await db
    .selectFrom('measure_schedules as s')
    .innerJoin('users as u', 'u.id', 's.client_id')
    .leftJoin('questionnaires as q', 'q.id', 's.questionnaire_id')
    .leftJoin('questionnaire_versions as qv', (j) => j.onRef('qv.questionnaire_id', '=', 'q.id').onRef('qv.version', '=', 'q.current_version'))
    .select(['s.id', 's.client_id', 's.instrument_key', 's.questionnaire_id', 's.frequency', 's.every_weeks', 's.start_date', 'u.time_zone', 'qv.definition as questionnaire_definition'])
    .where('s.ended_at', 'is', null)
    .$if(clientId !== undefined, (q) => q.where('s.client_id', '=', clientId ?? ''))
    .execute();
  if (schedules.length === 0) return [];
  const { first, last } = utcSpan(w);
  const open = (q: typeof db) =>
    q
      .selectFrom('measure_schedules')
      .where('ended_at', 'is', null)
      .$if(clientId !== undefined, (x) => x.where('client_id', '=', clientId ?? ''));
  const [answered, sessions] = await Promise.all([
    db
      .selectFrom('measure_responses')
      .select(['schedule_id', 'due_date'])
      .where('schedule_id', 'in', open(db).select('id'))
      .where('status', '=', 'submitted')
      .where('due_date', '>=', first)
      .execute(),
    schedules.some((s) => s.frequency === 'before_appointment')
      ? db
          .selectFrom('appointments')
          .select(['client_id', 'starts_at'])
          .where('client_id', 'in', open(db).select('client_id').where('frequency', '=', 'before_appointment'))
          .where('status', '=', 'scheduled')
          .where('starts_at', '>=', `${first}T00:00:00.000Z`)
          .where('starts_at', '<=', `${addDays(last, 3)}T23:59:59.999Z`)
          .execute()
      : [],
  ]);
  const done = new Set(answered.map((a) => `${a.schedule_id}:${a.due_date}`));
  // Grouped once: looking each schedule's sessions up in the whole list was quadratic at scale.
  const sessionsOf = new Map<string, string[]>();
  for (const a of sessions) {
    const list = sessionsOf.get(a.client_id);
    if (list) list.push(a.starts_at);
    else sessionsOf.set(a.client_id, [a.starts_at]);
  }
  const firstTime = new Map(prefs.map((p) => [p.user_id, checkInTimesFrom(p.check_in_times)[0]]));
  const out: NewNotification[] = [];
  for (const s of schedules) {
    const cadence = { frequency: s.frequency, everyWeeks: s.every_weeks, startDate: s.start_date };
    const sessionDays = (sessionsOf.get(s.client_id) ?? []).map((at) => localDate(new Date(at), s.time_zone));
    const time = firstTime.get(s.client_id) ?? MEASURE_REMINDER_TIME;
    const label = measureLabel(s).shortName || 'questionnaire';
    for (const date of cal.dates(s.time_zone)) {
      if (latestDueDate(cadence, date, sessionDays) !== date || done.has(`${s.id}:${date}`)) continue;
      const at = cal.at(date, time, s.time_zone);
      if (at <= w.from || at > w.to) continue;
      out.push({
        userId: s.client_id,
        kind: 'measure_reminder',
        dueAt: at,
        dropAfter: new Date(at.getTime() + MEASURE_LATE_AFTER_MS),
        title: 'Questionnaire reminder',
        clinicalBody: `Your ${label} is due today. It takes a few minutes.`,
        url: `/measures/${s.id}`,
        dedupeKey: `${planPrefix(s.client_id)}m:${s.id}:${date}`,
      });
    }
  }
  return out;
}

/** Every reminder planned in a window, for one client or for everyone. */
export async function plannedReminders(db: Db, w: Window, clientId?: string): Promise<NewNotification[]> {
  const cal = zoneCalendar(w.from, w.to);
  const prefs = await clientPrefs(db, clientId);
  const [assignments, measures] = await Promise.all([assignmentReminders(db, w, cal, clientId), measureReminders(db, w, cal, prefs, clientId)]);
  return [...assignments, ...checkInReminders(prefs, w, cal), ...measures];
}

/**
 * Brings one client's pending reminders in line with their plans now: after a plan,
 * schedule, check-in time, session or time zone changed. Reminders that no longer match
 * (gone, or at another instant or with other words) are dropped, missing ones added, the
 * rest left alone, so nothing is sent twice. Runs in the caller's transaction when given one.
 */
export async function replanClient(db: Db, clientId: string, now: Date): Promise<{ added: number; dropped: number }> {
  // Waiting ones that are late but still useful (held for quiet hours, say) are compared too,
  // so a completed plan's reminder is not sent; only future ones are added.
  const since = new Date(now.getTime() - LATE_AFTER_MS);
  const wanted = await plannedReminders(db, { from: since, to: new Date(now.getTime() + HORIZON_MS) }, clientId);
  const pending = await db
    .selectFrom('notifications')
    .select(['dedupe_key', 'due_at', 'clinical_body'])
    .where('user_id', '=', clientId)
    .where('status', '=', 'pending')
    .where('due_at', '>', since.toISOString())
    .where('dedupe_key', 'like', `${planPrefix(clientId)}%`)
    .execute();
  const wantedBy = new Map(wanted.map((n) => [n.dedupeKey, n]));
  const stale = pending.filter((p) => {
    const n = wantedBy.get(p.dedupe_key);
    return !n || Date.parse(p.due_at) !== n.dueAt.getTime() || p.clinical_body !== n.clinicalBody;
  });
  let dropped = 0;
  // Dropping by exact key (a prefix with nothing after it) frees each key for its new version.
  for (let i = 0; i < stale.length; i += 200) {
    dropped += await dropPending(db, stale.slice(i, i + 200).map((p) => p.dedupe_key), 'plan changed', now, clientId);
  }
  const added = await scheduleNotifications(db, wanted.filter((n) => n.dueAt > now), now);
  return { added, dropped };
}

/** Withdraws one occurrence's pending reminder, e.g. once the client has checked in for it. */
export function dropOccurrenceReminder(db: Db, clientId: string, assignmentId: string, date: string, time: string, now: Date): Promise<number> {
  return dropPending(db, [`${planPrefix(clientId)}a:${assignmentId}:${date}T${time}`], 'already checked in', now, clientId);
}

/**
 * Withdraws the reminder of the due date that was answered, and only that one: a late
 * answer to last week's questionnaire must not cancel this week's reminder.
 */
export function dropMeasureReminder(db: Db, clientId: string, scheduleId: string, dueDate: string, now: Date): Promise<number> {
  return dropPending(db, [`${planPrefix(clientId)}m:${scheduleId}:${dueDate}`], 'already answered', now, clientId);
}

/**
 * The periodic round: plans everyone's reminders from where the last round stopped (kept in
 * `settings`, shared by all instances) up to the horizon. After downtime it starts at most
 * LATE_AFTER_MS back, so what fell due while the server was down and is still useful is
 * sent; older ones were past their lateness limit anyway. Two instances planning the same
 * window write each reminder once (dedupe keys).
 */
export async function planReminders(db: Db, now: Date): Promise<{ added: number; from: Date; to: Date }> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', WATERMARK).executeTakeFirst();
  const floor = new Date(now.getTime() - LATE_AFTER_MS);
  const to = new Date(now.getTime() + HORIZON_MS);
  const stored = row ? Date.parse(row.value) : Number.NaN;
  // Past this round's own horizon, the watermark was written by a clock that was ahead (a
  // bad time step since corrected): waiting for it would stop planning until real time
  // caught up. Plan from now instead; dedupe keys keep what was written from being doubled.
  const clockWentBack = stored > to.getTime();
  const from = Number.isFinite(stored) && !clockWentBack ? new Date(Math.max(stored, floor.getTime())) : now;
  if (to <= from) return { added: 0, from, to };
  const added = await scheduleNotifications(db, await plannedReminders(db, { from, to }), now);
  const value = to.toISOString();
  await db
    .insertInto('settings')
    .values({ key: WATERMARK, value })
    // Only forward (a slower instance finishing later must not move it back), unless the
    // clock went back.
    .onConflict((oc) => {
      const update = oc.column('key').doUpdateSet({ value });
      return clockWentBack ? update : update.where('settings.value', '<', value);
    })
    .execute();
  return { added, from, to };
}
