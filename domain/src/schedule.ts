import { z } from 'zod';
import { addDays, zonedTimeToUtc } from './time.ts';

/** Longest span a recurring plan may cover; plans are reviewed session by session. */
export const MAX_SCHEDULE_DAYS = 366;
export const MAX_TIMES_PER_DAY = 6;

const isoDate = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time (HH:MM, 24-hour)' });
const times = z
  .array(timeOfDay)
  .max(MAX_TIMES_PER_DAY, { error: `at most ${MAX_TIMES_PER_DAY} times a day` })
  .default([])
  .transform((list) => [...new Set(list)].sort());

/**
 * When an assignment happens, in the client's own time zone:
 * once on a date; every day; or on chosen weekdays (ISO: 1 = Monday ... 7 = Sunday).
 * `times` empty means "once that day, any time".
 */
export const scheduleSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('once'), date: isoDate, times }),
      z.strictObject({ kind: z.literal('daily'), startDate: isoDate, endDate: isoDate, times }),
      z.strictObject({
        kind: z.literal('weekly'),
        startDate: isoDate,
        endDate: isoDate,
        weekdays: z
          .array(z.number().int().min(1).max(7))
          .min(1, { error: 'pick at least one weekday' })
          .transform((d) => [...new Set(d)].sort()),
        times,
      }),
    ],
    { error: 'kind must be once, daily or weekly' },
  )
  .superRefine((s, ctx) => {
    if (s.kind === 'once') return;
    if (s.endDate < s.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must be on or after the start date' });
      return;
    }
    if (daysBetween(s.startDate, s.endDate) >= MAX_SCHEDULE_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `must be within ${MAX_SCHEDULE_DAYS} days of the start date` });
      return;
    }
    if (occurrenceDates(s).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['weekdays'], message: 'never happens: none of these weekdays falls between the start and end dates' });
    }
  });
export type Schedule = z.infer<typeof scheduleSchema>;

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

/** The shape of a saved schedule, for responses (no transforms: responses are only checked). */
export const scheduleView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('once'), date: z.string(), times: z.array(z.string()) }),
  z.object({ kind: z.literal('daily'), startDate: z.string(), endDate: z.string(), times: z.array(z.string()) }),
  z.object({ kind: z.literal('weekly'), startDate: z.string(), endDate: z.string(), weekdays: z.array(z.number()), times: z.array(z.string()) }),
]);
