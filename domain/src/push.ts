import { z } from 'zod';

/** Unpadded base64url, as browsers give a push subscription's keys. */
const base64url = (field: string, bytes: number) =>
  z
    .string({ error: `${field} is required` })
    .regex(/^[A-Za-z0-9_-]+$/, { error: `${field} must be base64url` })
    // 4 characters carry 3 bytes; unpadded, n bytes take ceil(n * 4 / 3) characters.
    .length(Math.ceil((bytes * 4) / 3), { error: `${field} must be ${bytes} bytes` });

/**
 * What the browser's PushSubscription.toJSON() gives, plus an optional device label. Whether
 * the endpoint is a push service we send to is checked by the server (it depends on config).
 */
export const pushSubscriptionInput = z.strictObject({
  endpoint: z.url({ error: 'endpoint must be a URL' }).max(2048, { error: 'endpoint is too long' }),
  expirationTime: z.number().nullable().optional(),
  keys: z.strictObject(
    {
      // An uncompressed P-256 point: 0x04, x, y.
      p256dh: base64url('p256dh', 65).startsWith('B', { error: 'p256dh must be an uncompressed P-256 key' }),
      auth: base64url('auth', 16),
    },
    { error: 'keys are required' },
  ),
  label: z.string().trim().max(100, { error: 'label must be at most 100 characters' }).optional(),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInput>;

export const pushUnsubscribeInput = z.strictObject({ endpoint: z.string().min(1, { error: 'endpoint is required' }).max(2048) });
export type PushUnsubscribeInput = z.infer<typeof pushUnsubscribeInput>;

export const pushPublicKeyView = z.object({ publicKey: z.string() });
export const pushSubscriptionView = z.object({ id: z.string(), label: z.string().nullable(), createdAt: z.string() });
export type PushSubscriptionView = z.infer<typeof pushSubscriptionView>;

/** What the service worker receives (web/public/push-sw.js): already neutral unless the person allowed clinical content. */
export type PushPayload = { title: string; body: string; url: string; tag: string };

/** The latest permanent rejection of the person's email address, while it stops notification email. */
export const emailBounceView = z.object({
  bounce: z.object({ address: z.string(), reason: z.string(), bouncedAt: z.string() }).nullable(),
});
export type EmailBounceView = z.infer<typeof emailBounceView>;
