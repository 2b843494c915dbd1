import { z } from 'zod';
import { textError, timeZoneSchema } from './auth.ts';
import { addDays, zonedTimeToUtc } from './time.ts';

export const APPOINTMENT_MODES = ['in_person', 'video'] as const;
export const APPOINTMENT_REPEATS = ['none', 'weekly', 'biweekly'] as const;
/** How many sessions one recurring booking makes at most (a year of weekly sessions). */
export const MAX_SERIES = 52;

const text = (label: string, max: number) => z.string(textError(label)).trim().max(max, { error: `${label} must be at most ${max} characters` });

const whenShape = {
  date: z.iso.date({ error: 'date must be a date (YYYY-MM-DD)' }),
  time: z.string(textError('time')).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'time must be HH:MM (24-hour)' }),
  /** The zone the date and time are meant in: the therapist's own, usually. */
  timeZone: timeZoneSchema,
  durationMinutes: z.number({ error: 'duration must be a number of minutes' }).int().min(10, { error: 'duration must be 10 to 240 minutes' }).max(240, { error: 'duration must be 10 to 240 minutes' }),
  mode: z.enum(APPOINTMENT_MODES, { error: 'mode must be in_person or video' }),
  place: text('place', 200).default(''),
  videoLink: z
    .string(textError('video link'))
    .trim()
    .max(500, { error: 'video link must be at most 500 characters' })
    .refine((v) => v === '' || /^https:\/\/\S+$/.test(v), { error: 'video link must start with https://' })
    .default(''),
};

const modeRule = (a: { mode: string; place: string; videoLink: string }, ctx: z.RefinementCtx) => {
  if (a.mode === 'video' && !a.videoLink) ctx.addIssue({ code: 'custom', path: ['videoLink'], message: 'a video session needs its link' });
};

export const appointmentInput = z
  .strictObject({
    ...whenShape,
    repeat: z.enum(APPOINTMENT_REPEATS, { error: 'repeat must be none, weekly or biweekly' }).default('none'),
    count: z.number({ error: 'count must be a number' }).int().min(1, { error: `count must be 1 to ${MAX_SERIES}` }).max(MAX_SERIES, { error: `count must be 1 to ${MAX_SERIES}` }).default(1),
  })
  .superRefine(modeRule);
export type AppointmentInput = z.infer<typeof appointmentInput>;

/** Rescheduling one session: its new when and where. */
export const appointmentChangeInput = z.strictObject(whenShape).superRefine(modeRule);
export type AppointmentChangeInput = z.infer<typeof appointmentChangeInput>;

export const appointmentCancelInput = z.strictObject({
  /** This session only, or this one and every later one of its series. */
  scope: z.enum(['one', 'following'], { error: 'scope must be one or following' }).default('one'),
});

/**
 * The start instants of a booking: one, or `count` sessions every one or two weeks, each at
 * the same wall-clock time in the booking's zone (so 10:00 stays 10:00 across DST).
 */
export function appointmentStarts(a: Pick<AppointmentInput, 'date' | 'time' | 'timeZone' | 'repeat' | 'count'>): Date[] {
  const n = a.repeat === 'none' ? 1 : a.count;
  const step = a.repeat === 'biweekly' ? 14 : 7;
  return Array.from({ length: n }, (_, i) => zonedTimeToUtc(addDays(a.date, i * step), a.time, a.timeZone));
}

export const appointmentView = z.object({
  id: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  therapist: z.object({ id: z.string(), name: z.string() }),
  seriesId: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number(),
  mode: z.enum(APPOINTMENT_MODES),
  place: z.string(),
  videoLink: z.string(),
  status: z.enum(['scheduled', 'cancelled']),
});
export type AppointmentView = z.infer<typeof appointmentView>;
