import { z } from 'zod';
import { addDays, localDate, localTime, zonedTimeToUtc } from './time.ts';

/** What a notification says when the person has not allowed clinical content (lock screens, email). */
export const NEUTRAL_NOTIFICATION_TEXT = 'You have a reminder from Stepwise';

export const MAX_CHECK_IN_TIMES = 4;

const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time (HH:MM, 24-hour)' });

/** Quiet hours are both set or both empty; equal start and end would mean "always quiet" or "never", so they are refused. */
export const notificationPreferencesInput = z
  .strictObject({
    email: z.boolean({ error: 'email must be true or false' }),
    quietHoursStart: wallTime.nullable(),
    quietHoursEnd: wallTime.nullable(),
    showClinicalContent: z.boolean({ error: 'showClinicalContent must be true or false' }),
    /** A client's daily check-in reminders (their zone); left out: unchanged. */
    checkInTimes: z
      .array(wallTime)
      .max(MAX_CHECK_IN_TIMES, { error: `at most ${MAX_CHECK_IN_TIMES} check-in times a day` })
      .transform((list) => [...new Set(list)].sort())
      .optional(),
    /** A therapist's daily digest time (their zone), null for none; left out: unchanged. */
    digestTime: wallTime.nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.quietHoursStart === null) !== (v.quietHoursEnd === null)) {
      ctx.addIssue({ code: 'custom', path: [v.quietHoursStart === null ? 'quietHoursStart' : 'quietHoursEnd'], message: 'set both ends of quiet hours, or neither' });
    } else if (v.quietHoursStart !== null && v.quietHoursStart === v.quietHoursEnd) {
      ctx.addIssue({ code: 'custom', path: ['quietHoursEnd'], message: 'quiet hours must end at another time than they start' });
    }
  });
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesInput>;

// Response shapes: no defaults or transforms (they would run on the way out).

export const notificationPreferencesView = z.object({
  email: z.boolean(),
  /** The in-app list cannot be switched off: it is where everything can be found again. */
  inApp: z.literal(true),
  quietHoursStart: z.string().nullable(),
  quietHoursEnd: z.string().nullable(),
  showClinicalContent: z.boolean(),
  checkInTimes: z.array(z.string()),
  digestTime: z.string().nullable(),
  /** Whether this person can have a digest (therapists) or check-in reminders (clients). */
  role: z.enum(['therapist', 'client']),
});
export type NotificationPreferencesView = z.infer<typeof notificationPreferencesView>;

export const notificationView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  /** The clinical text when the person allows it, else the neutral text. */
  body: z.string(),
  url: z.string(),
  deliveredAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationView>;

export const notificationListView = z.object({ notifications: z.array(notificationView), unread: z.number().int() });

/** Whether a local wall time (HH:MM) falls in quiet hours [start, end); they may span midnight. */
export function inQuietHours(time: string, start: string, end: string): boolean {
  return start < end ? time >= start && time < end : time >= start || time < end;
}

/**
 * If `now` is inside the person's quiet hours (in their zone), the instant they end; else null.
 * Computed from the wall time each day, so it follows DST and a change of zone.
 */
export function quietHoursEndAt(now: Date, zone: string, start: string | null, end: string | null): Date | null {
  if (start === null || end === null || start === end) return null;
  if (!inQuietHours(localTime(now, zone), start, end)) return null;
  const today = localDate(now, zone);
  const candidate = zonedTimeToUtc(today, end, zone);
  if (candidate.getTime() > now.getTime()) return candidate;
  // The night the clocks go back repeats an hour: an end inside it comes twice, and in the
  // repeat the first has passed while the second is still ahead.
  for (const minutes of [30, 60]) {
    const again = new Date(candidate.getTime() + minutes * 60_000);
    if (again.getTime() > now.getTime() && localTime(again, zone) === end && localDate(again, zone) === today) return again;
  }
  return zonedTimeToUtc(addDays(today, 1), end, zone);
}

/** A therapist's "nudge now": an optional line of their own, shown only where clinical content is allowed. */
export const MAX_NUDGE_LENGTH = 280;
export const nudgeInput = z.strictObject({
  message: z.string({ error: 'message must be text' }).trim().max(MAX_NUDGE_LENGTH, { error: `message must be at most ${MAX_NUDGE_LENGTH} characters` }).default(''),
});
export type NudgeInput = z.input<typeof nudgeInput>;
export const nudgeView = z.object({ sentAt: z.string(), nextAllowedAt: z.string() });
export type NudgeView = z.infer<typeof nudgeView>;
/** One nudge per client per this many minutes, whoever on the care team sends it. */
export const NUDGE_INTERVAL_MINUTES = 60;
