import { z } from 'zod';
import { daysBetween } from '../schedule-dates.ts';
import { addDays } from '../time.ts';

/** Days after the due date on which an unanswered measure is marked overdue. */
export const OVERDUE_AFTER_DAYS = 2;

export const MEASURE_FREQUENCIES = ['once', 'every_n_weeks', 'before_appointment'] as const;
/** A measure "before each appointment" is due this many days before the session's date. */
export const DAYS_BEFORE_SESSION = 2;

export const cadenceSchema = z
  .strictObject({
    frequency: z.enum(MEASURE_FREQUENCIES, { error: 'frequency must be once, every_n_weeks or before_appointment' }),
    everyWeeks: z.number({ error: 'every N weeks must be a whole number' }).int().min(1, { error: 'every N weeks must be 1 to 12' }).max(12, { error: 'every N weeks must be 1 to 12' }).nullable().default(null),
    startDate: z.iso.date({ error: 'start date must be a date (YYYY-MM-DD)' }),
  })
  .refine((c) => c.frequency !== 'every_n_weeks' || c.everyWeeks !== null, { error: 'say every how many weeks', path: ['everyWeeks'] });
export type Cadence = z.infer<typeof cadenceSchema>;

/** Due dates of a "before each appointment" measure: two days before each session from the start date on. */
function sessionDueDates(c: Cadence, sessions: readonly string[]): string[] {
  return sessions.filter((d) => d >= c.startDate).map((d) => addDays(d, -DAYS_BEFORE_SESSION)).sort();
}

/**
 * The latest due date on or before `today` (client's local dates), or null before the
 * start. `sessions` are the client's local dates of scheduled appointments.
 */
export function latestDueDate(c: Cadence, today: string, sessions: readonly string[] = []): string | null {
  if (c.frequency === 'before_appointment') return sessionDueDates(c, sessions).filter((d) => d <= today).at(-1) ?? null;
  if (today < c.startDate) return null;
  if (c.frequency === 'once' || !c.everyWeeks) return c.startDate;
  const period = c.everyWeeks * 7;
  return addDays(c.startDate, Math.floor(daysBetween(c.startDate, today) / period) * period);
}

/** The first due date after `today`, or null (a one-off measure has no next one). */
export function nextDueDate(c: Cadence, today: string, sessions: readonly string[] = []): string | null {
  if (c.frequency === 'before_appointment') return sessionDueDates(c, sessions).find((d) => d > today) ?? null;
  if (today < c.startDate) return c.startDate;
  if (c.frequency === 'once' || !c.everyWeeks) return null;
  return addDays(latestDueDate(c, today) ?? c.startDate, c.everyWeeks * 7);
}

/**
 * What is due today: the latest due date if it has not been answered. It is overdue from
 * OVERDUE_AFTER_DAYS days after that date; when the next due date comes, the missed one
 * is dropped and the new one is due (a late PHQ-9 from last month helps nobody). Before
 * each appointment: due two days before the session, overdue once the session day is past.
 */
export function dueNow(c: Cadence, today: string, answered: ReadonlySet<string>, sessions: readonly string[] = []): { dueDate: string; overdue: boolean } | null {
  const due = latestDueDate(c, today, sessions);
  if (!due || answered.has(due)) return null;
  return { dueDate: due, overdue: daysBetween(due, today) > OVERDUE_AFTER_DAYS };
}
