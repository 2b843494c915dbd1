import { z } from 'zod';
import { textError } from './auth.ts';

// A therapist's private note about a session: never shown to the client, by any route.

export const SESSION_NOTE_MAX = 5000;

const noteText = z
  .string(textError('text'))
  .trim()
  .min(1, { error: 'text must not be empty' })
  .max(SESSION_NOTE_MAX, { error: `text must be at most ${SESSION_NOTE_MAX} characters` });

export const sessionNoteInput = z.strictObject({
  text: noteText,
  /** The session it is about, when there was one booked. */
  appointmentId: z.string({ error: 'appointmentId must be text' }).min(1, { error: 'appointmentId must not be empty' }).max(64, { error: 'appointmentId is too long' }).optional(),
});
export type SessionNoteInput = z.infer<typeof sessionNoteInput>;

/** An edit changes the text only; which session a note is about stays as written. */
export const sessionNoteUpdateInput = z.strictObject({ text: noteText });
export type SessionNoteUpdateInput = z.infer<typeof sessionNoteUpdateInput>;

export const sessionNoteView = z.object({
  id: z.string(),
  clientId: z.string(),
  appointmentId: z.string().nullable(),
  author: z.object({ id: z.string(), name: z.string() }),
  text: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SessionNoteView = z.infer<typeof sessionNoteView>;
