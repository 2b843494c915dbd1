import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { isValidTimeZone } from './time-zone.ts';

/** Zod's type error for a string field: "x is required" when absent, "x must be text" otherwise. */
export const textError = (label: string) => ({
  error: (issue: { code?: string; input?: unknown }) =>
    issue.code !== 'invalid_type' ? undefined : issue.input === undefined ? `${label} is required` : `${label} must be text`,
});

/** The three roles. A practice admin is a therapist with `isAdmin` set. */
export const ROLES = ['therapist', 'client'] as const;
export type Role = (typeof ROLES)[number];

/** An email address, trimmed and lower-cased so it compares equal however it was typed. */
export const emailSchema = z.string(textError('email'))
  .trim()
  .max(LIMITS.emailMax, { error: `email must be at most ${LIMITS.emailMax} characters` })
  .pipe(z.email({ error: 'email is not a valid address' }))
  .transform((s) => s.toLowerCase());

/**
 * A new password: length only, no composition rules (NIST SP 800-63B).
 * The common-password check needs the server's list, so it runs there.
 */
export const newPasswordSchema = z.string(textError('password'))
  .min(LIMITS.passwordMin, { error: `password must be at least ${LIMITS.passwordMin} characters` })
  .max(LIMITS.passwordMax, { error: `password must be at most ${LIMITS.passwordMax} characters` });

/** A password given to sign in: bounded so a huge body cannot make hashing expensive. */
export const passwordSchema = z.string(textError('password'))
  .min(1, { error: 'password is required' })
  .max(LIMITS.passwordMax, { error: `password must be at most ${LIMITS.passwordMax} characters` });

export const nameSchema = z.string(textError('name'))
  .trim()
  .min(1, { error: 'name is required' })
  .max(LIMITS.nameMax, { error: `name must be at most ${LIMITS.nameMax} characters` });

export const timeZoneSchema = z.string(textError('time zone'))
  .refine(isValidTimeZone, { error: 'time zone is not a known IANA time zone' });

export const tokenSchema = z.string(textError('token'))
  .min(16, { error: 'token is not valid' })
  .max(LIMITS.tokenMax, { error: 'token is not valid' });

export const setupInput = z.strictObject({
  practiceName: z.string(textError('practice name'))
    .trim()
    .min(1, { error: 'practice name is required' })
    .max(LIMITS.practiceNameMax, { error: `practice name must be at most ${LIMITS.practiceNameMax} characters` }),
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  timeZone: timeZoneSchema,
});
export type SetupInput = z.infer<typeof setupInput>;

export const signInInput = z.strictObject({ email: emailSchema, password: passwordSchema });

export const invitationCreateInput = z.strictObject({
  email: emailSchema,
  name: nameSchema,
  role: z.enum(ROLES, { error: 'role must be therapist or client' }),
});

export const invitationLookupInput = z.strictObject({ token: tokenSchema });

export const invitationAcceptInput = z.strictObject({
  token: tokenSchema,
  name: nameSchema,
  password: newPasswordSchema,
  timeZone: timeZoneSchema,
  acceptPrivacy: z.literal(true, { error: 'the privacy notice must be accepted' }),
});

export const resetRequestInput = z.strictObject({ email: emailSchema });
export const resetCompleteInput = z.strictObject({ token: tokenSchema, password: newPasswordSchema });

export const passwordChangeInput = z.strictObject({
  currentPassword: passwordSchema,
  newPassword: newPasswordSchema,
});

export const accountUpdateInput = z.strictObject({
  name: nameSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  locale: z.enum(['en'], { error: 'locale is not supported' }).optional(),
});
