import { z } from 'zod';
import { textError } from './auth.ts';
import { ENTRY_KINDS } from './entry-kinds.ts';
import { AGENDA_TEXT_MAX, FEEDBACK_TEXT_MAX } from './limits.ts';

// The session loop: what the client brings to the next session, and how the last one worked.

const text = (label: string, max: number) => z.string(textError(label)).trim().max(max, { error: `${label} must be at most ${max} characters` });
const id = (label: string) => z.string(textError(label)).min(1, { error: `${label} is required` }).max(64, { error: `${label} is not known` });

export const agendaItemInput = z.strictObject({
  text: text('text', AGENDA_TEXT_MAX).min(1, { error: 'text must not be empty' }),
  /** Where the item came from, so the therapist can open the entry if it is shared. */
  source: z
    .strictObject(
      {
        kind: z.literal('entry', { error: 'source kind must be entry' }),
        entryId: id('source entry'),
      },
      { error: 'source must be an object with kind and entryId' },
    )
    .optional(),
});
export type AgendaItemInput = z.infer<typeof agendaItemInput>;

export const agendaItemView = z.object({
  id: z.string(),
  clientId: z.string(),
  text: z.string(),
  /** Null when typed in directly, or when the entry was since deleted. */
  source: z.object({ kind: z.literal('entry'), entryId: z.string(), entryKind: z.enum(ENTRY_KINDS), localDate: z.string() }).nullable(),
  createdAt: z.string(),
  createdBy: z.object({ id: z.string(), name: z.string() }),
  discussedAt: z.string().nullable(),
  discussedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type AgendaItemView = z.infer<typeof agendaItemView>;

export const agendaView = z.object({
  /** Not yet discussed, oldest first (the order they were brought). */
  open: z.array(agendaItemView),
  /** Discussed within the last 30 days, most recent first. */
  discussed: z.array(agendaItemView),
});
export type AgendaView = z.infer<typeof agendaView>;

export const feedbackInput = z.strictObject({
  appointmentId: id('appointmentId'),
  rating: z
    .number({ error: 'rating must be a whole number from 0 to 10' })
    .int({ error: 'rating must be a whole number from 0 to 10' })
    .min(0, { error: 'rating must be a whole number from 0 to 10' })
    .max(10, { error: 'rating must be a whole number from 0 to 10' }),
  helped: text('what helped', FEEDBACK_TEXT_MAX).default(''),
  didNotHelp: text('what did not help', FEEDBACK_TEXT_MAX).default(''),
  doDifferently: text('what to do differently', FEEDBACK_TEXT_MAX).default(''),
});
export type FeedbackInput = z.infer<typeof feedbackInput>;

export const feedbackView = z.object({
  id: z.string(),
  appointmentId: z.string(),
  /** When the session it is about started. */
  sessionStartsAt: z.string(),
  rating: z.number(),
  helped: z.string(),
  didNotHelp: z.string(),
  doDifferently: z.string(),
  createdAt: z.string(),
});
export type FeedbackView = z.infer<typeof feedbackView>;

export const feedbackDropView = z.object({
  latest: z.number(),
  /** Average of up to three answers before the latest; null when there is none. */
  baseline: z.number().nullable(),
  fell: z.boolean(),
  low: z.boolean(),
});
export type FeedbackDrop = z.infer<typeof feedbackDropView>;

export const clientFeedbackView = z.object({
  /** Oldest session first, so the list reads as a trend. */
  answers: z.array(feedbackView),
  drop: feedbackDropView.nullable(),
});
export type ClientFeedbackView = z.infer<typeof clientFeedbackView>;

/** How far the latest answer must fall below the recent average to be flagged. */
export const FEEDBACK_DROP_POINTS = 2;
/** A latest answer below this is flagged whatever came before. */
export const FEEDBACK_LOW_BELOW = 5;

/**
 * Whether the latest session answer (ratings oldest first) deserves the therapist's attention:
 * it fell by FEEDBACK_DROP_POINTS or more below the average of up to three answers before it,
 * or it is below FEEDBACK_LOW_BELOW. A baseline of up to three smooths one odd session while
 * still reacting to a new trend; with no earlier answers only the "low" rule can apply.
 * Null when neither holds (or there are no ratings).
 */
export function feedbackDrop(ratings: readonly number[]): FeedbackDrop | null {
  const latest = ratings.at(-1);
  if (latest === undefined) return null;
  const before = ratings.slice(-4, -1);
  const baseline = before.length ? before.reduce((a, b) => a + b, 0) / before.length : null;
  // Compare in whole tenths so 7.666… − 5.666… is not lost to floating point.
  const fell = baseline !== null && Math.round((baseline - latest) * 10) >= FEEDBACK_DROP_POINTS * 10;
  const low = latest < FEEDBACK_LOW_BELOW;
  if (!fell && !low) return null;
  return { latest, baseline: baseline === null ? null : Math.round(baseline * 10) / 10, fell, low };
}
