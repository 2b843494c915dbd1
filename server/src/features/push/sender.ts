import webPush from 'web-push';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { pushEndpointProblem } from './endpoint.ts';
import { vapidKeys, type VapidKeys } from './vapid.ts';

export type PushTarget = { endpoint: string; p256dh: string; auth: string };
export type PushSendOptions = {
  /** How long the push service keeps the message for a device that is offline. */
  ttlSeconds: number;
  urgency: 'normal' | 'high';
};
/**
 * Sends one encrypted message and answers the push service's status (201 accepted; 404 or 410:
 * the subscription is gone). Throws only when no answer came (network, timeout). Tests inject
 * a fake one through buildApp's `push` option.
 */
export type PushSender = { send: (target: PushTarget, payload: string, options: PushSendOptions) => Promise<{ statusCode: number }> };

const TIMEOUT_MS = 10_000;

/** A VAPID subject is an https URL or a mailto: address; push services may write there about problems. */
export function vapidSubject(config: Pick<Config, 'publicUrl' | 'mailFrom'>): string {
  if (config.publicUrl.startsWith('https://')) return config.publicUrl;
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(config.mailFrom)?.[1] ?? (/^\S+@\S+$/.test(config.mailFrom) ? config.mailFrom : 'no-reply@localhost');
  return `mailto:${address}`;
}

/**
 * The real sender: web-push encrypts (aes128gcm) and signs (VAPID); the request itself goes out
 * through fetch with a timeout and without following redirects, so an endpoint cannot send the
 * server somewhere else than the host that was checked when it subscribed.
 */
export function createPushSender(db: Db, config: Pick<Config, 'publicUrl' | 'mailFrom' | 'pushEndpointAllow'>): PushSender {
  let keys: Promise<VapidKeys> | null = null;
  const subject = vapidSubject(config);
  return {
    async send(target, payload, options) {
      // Checked again at send time: the allow-list may have been narrowed since.
      const problem = pushEndpointProblem(target.endpoint, config.pushEndpointAllow);
      if (problem) throw new Error(`push endpoint refused: ${problem}`);
      keys ??= vapidKeys(db).catch((err: unknown) => {
        keys = null;
        throw err;
      });
      const { publicKey, privateKey } = await keys;
      const details = webPush.generateRequestDetails({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, payload, {
        TTL: options.ttlSeconds,
        urgency: options.urgency,
        vapidDetails: { subject, publicKey, privateKey },
      });
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(details.headers)) {
        // fetch sets the length itself.
        if (name.toLowerCase() !== 'content-length') headers[name] = String(value);
      }
      const res = await fetch(details.endpoint, {
        method: details.method,
        headers,
        body: details.body ? new Uint8Array(details.body) : undefined,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      // The answer's body is not needed; reading it frees the connection.
      await res.arrayBuffer().catch(() => undefined);
      return { statusCode: res.status };
    },
  };
}
