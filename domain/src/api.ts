import { z } from 'zod';
import { ROLES } from './auth.ts';

// Response shapes of the HTTP API. The server validates every response against these
// (so no field leaks), and the web app types its data with them.

export const userView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  isAdmin: z.boolean(),
  timeZone: z.string(),
  locale: z.string(),
});
export type UserView = z.infer<typeof userView>;

export const meView = z.object({
  user: userView,
  practice: z.object({ id: z.string(), name: z.string() }),
  /** When this session ends if unused (idle timeout), ISO instant. */
  sessionExpiresAt: z.string(),
});
export type MeView = z.infer<typeof meView>;

export const setupStatusView = z.object({ needed: z.boolean() });

export const invitationView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  invitedBy: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(['pending', 'expired', 'accepted', 'revoked']),
  expiresAt: z.string(),
  sentAt: z.string(),
  createdAt: z.string(),
});
export type InvitationView = z.infer<typeof invitationView>;

/** What someone holding an invitation link may see before accepting it. */
export const invitationPreview = z.object({
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  practiceName: z.string(),
  invitedByName: z.string(),
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof invitationPreview>;

export const careTeamMember = z.object({
  therapistId: z.string(),
  name: z.string(),
  email: z.string(),
  since: z.string(),
});

export const clientListItem = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  careTeamSince: z.string(),
});
export type ClientListItem = z.infer<typeof clientListItem>;

export const clientDetail = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  timeZone: z.string(),
  joinedAt: z.string(),
  careTeam: z.array(careTeamMember),
});
export type ClientDetail = z.infer<typeof clientDetail>;

export const therapistListItem = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  isAdmin: z.boolean(),
});
export type TherapistListItem = z.infer<typeof therapistListItem>;

export const practicePerson = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  isAdmin: z.boolean(),
  joinedAt: z.string(),
  /** For clients: the names of the therapists on their active care team. */
  careTeam: z.array(z.object({ therapistId: z.string(), name: z.string() })),
});
export type PracticePerson = z.infer<typeof practicePerson>;

export const auditEntryView = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string(), name: z.string(), role: z.string() }).nullable(),
  action: z.string(),
  client: z.object({ id: z.string(), name: z.string() }).nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  outcome: z.enum(['success', 'failure', 'denied']),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntryView>;

export const auditPage = z.object({
  entries: z.array(auditEntryView),
  /** Pass as `before` to get the next (older) page; null when there is none. */
  nextBefore: z.string().nullable(),
});
export type AuditPage = z.infer<typeof auditPage>;

export const auditQuery = z.strictObject({
  clientId: z.string().max(64).optional(),
  from: z.iso.date({ error: 'from must be a date (YYYY-MM-DD)' }).optional(),
  to: z.iso.date({ error: 'to must be a date (YYYY-MM-DD)' }).optional(),
  before: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** Every error the API returns has this shape. */
export const errorView = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorView = z.infer<typeof errorView>;

export const okView = z.object({ ok: z.literal(true) });
