import { z } from 'zod';
import { ROLES, textError } from './auth.ts';

export const MESSAGE_LIMITS = {
  bodyMax: 4000,
  replyTimeMax: 200,
  /** How much of the last message the therapist's inbox shows. */
  previewMax: 140,
} as const;

export const messageInput = z.strictObject({
  body: z
    .string(textError('message body'))
    .trim()
    .min(1, { error: 'message body must not be empty' })
    .max(MESSAGE_LIMITS.bodyMax, { error: `message body must be at most ${MESSAGE_LIMITS.bodyMax} characters` }),
});
export type MessageInput = z.infer<typeof messageInput>;

/** A therapist's own words on how soon they answer ("I usually reply within 2 working days"); empty clears it. */
export const replyTimeInput = z.strictObject({
  text: z
    .string(textError('reply time'))
    .trim()
    .max(MESSAGE_LIMITS.replyTimeMax, { error: `reply time must be at most ${MESSAGE_LIMITS.replyTimeMax} characters` }),
});

// Response shapes: no defaults or transforms (they would run on the way out).

const person = z.object({ id: z.string(), name: z.string() });

/**
 * One message. Read status is kept per side: a team member's message is read when the
 * client opens the thread (`readByClientAt`); a client's when anyone on the team does.
 */
export const messageView = z.object({
  id: z.string(),
  clientId: z.string(),
  author: z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES) }),
  body: z.string(),
  createdAt: z.string(),
  readByClientAt: z.string().nullable(),
  readByTeamAt: z.string().nullable(),
});
export type MessageView = z.infer<typeof messageView>;

export const replyTimeView = z.object({ therapistName: z.string(), text: z.string() });
export type ReplyTimeView = z.infer<typeof replyTimeView>;

export const messagingStatusView = z.object({
  clientId: z.string(),
  paused: z.boolean(),
  pausedAt: z.string().nullable(),
  pausedBy: person.nullable(),
});
export type MessagingStatusView = z.infer<typeof messagingStatusView>;

/** The one thread between a client and their care team, oldest message first. */
export const threadView = messagingStatusView.extend({
  clientName: z.string(),
  messages: z.array(messageView),
  /** Each therapist on the active care team who has stated a reply time. */
  replyTimes: z.array(replyTimeView),
  /** How many messages were new to the caller's side when this answer marked them read. */
  unreadCount: z.number(),
  /** True when older messages were left out (the thread shows the latest ones). */
  truncated: z.boolean(),
});
export type ThreadView = z.infer<typeof threadView>;

export const inboxItemView = z.object({
  clientId: z.string(),
  clientName: z.string(),
  paused: z.boolean(),
  /** Messages from the client nobody on the team has opened yet. */
  unreadCount: z.number(),
  lastMessage: z
    .object({
      authorId: z.string(),
      authorName: z.string(),
      authorRole: z.enum(ROLES),
      /** The start of the body, at most MESSAGE_LIMITS.previewMax characters. */
      preview: z.string(),
      createdAt: z.string(),
    })
    .nullable(),
});
export type InboxItemView = z.infer<typeof inboxItemView>;

export const unreadCountView = z.object({ count: z.number() });
export type UnreadCountView = z.infer<typeof unreadCountView>;
