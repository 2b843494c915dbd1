import type { Schedule } from './schedule.ts';
import { addDays, zonedTimeToUtc } from './time.ts';

// A schedule's dates and times, apart from its schemas (schedule.ts): Today and the
// reminder planner need only this arithmetic, and the client's first screen no schemas.

/** Longest span a recurring plan may cover; plans are reviewed session by session. */
export const MAX_SCHEDULE_DAYS = 366;
export const MAX_TIMES_PER_DAY = 6;

/** One planned occurrence: the client's local date and time ('' = any time that day). */
export type Occurrence = { date: string; time: string };

/** Days from `a` to `b` (YYYY-MM-DD), negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** ISO weekday of a date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The local dates a schedule happens on, in order, optionally only those from..to (inclusive). */
export function occurrenceDates(s: Schedule, range?: { from?: string; to?: string }): string[] {
  if (s.kind === 'once') return (range?.from && s.date < range.from) || (range?.to && s.date > range.to) ? [] : [s.date];
  // Walk only the days inside the range: a reminder round asks about one or two days of a long plan.
  const first = range?.from && range.from > s.startDate ? range.from : s.startDate;
  const last = range?.to && range.to < s.endDate ? range.to : s.endDate;
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) {
    if (s.kind === 'daily' || s.weekdays.includes(isoWeekday(d))) out.push(d);
  }
  return out;
}

/** Every occurrence of a schedule, optionally limited to local dates from..to (inclusive). */
export function occurrences(s: Schedule, range?: { from?: string; to?: string }): Occurrence[] {
  const slots = s.times.length > 0 ? s.times : [''];
  const out: Occurrence[] = [];
  for (const date of occurrenceDates(s, range)) {
    for (const time of slots) out.push({ date, time });
  }
  return out;
}

/**
 * The UTC instant an occurrence is due in a time zone. An any-time occurrence is due at
 * the start of its day. Computed from wall-clock time, so 08:00 stays 08:00 across DST.
 */
export function occurrenceInstant(o: Occurrence, zone: string): Date {
  return zonedTimeToUtc(o.date, o.time || '00:00', zone);
}

/** The first and last local dates of a schedule. */
export function scheduleSpan(s: Schedule): { start: string; end: string } {
  return s.kind === 'once' ? { start: s.date, end: s.date } : { start: s.startDate, end: s.endDate };
}
