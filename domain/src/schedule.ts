import { z } from 'zod';
import { daysBetween, MAX_SCHEDULE_DAYS, MAX_TIMES_PER_DAY, occurrenceDates } from './schedule-dates.ts';

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

/** The shape of a saved schedule, for responses (no transforms: responses are only checked). */
export const scheduleView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('once'), date: z.string(), times: z.array(z.string()) }),
  z.object({ kind: z.literal('daily'), startDate: z.string(), endDate: z.string(), times: z.array(z.string()) }),
  z.object({ kind: z.literal('weekly'), startDate: z.string(), endDate: z.string(), weekdays: z.array(z.number()), times: z.array(z.string()) }),
]);
