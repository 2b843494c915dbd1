import type { Selectable } from 'kysely';
import type { NotificationTable } from '../db/types.ts';
import { bounceReason, isBounce, recordEmailBounce } from '../features/email-bounces/service.ts';
import type { Preferences } from '../features/notifications/service.ts';
import { forgetGoneSubscription, recordPushOutcome, type StoredSubscription } from '../features/push/service.ts';
import { notificationMail, pushPayload, pushTtlSeconds, type DeliveryPlan } from './delivery.ts';
import type { DispatchDeps, JobLog } from './dispatcher.ts';

// The delivery channels of one notification row (dispatcher.ts decides when and whether).

type Row = Selectable<NotificationTable>;
/** `bounced`: their address bounced and they have not switched email on again since (email-bounces/service.ts). */
export type Person = { id: string; email: string; time_zone: string; prefs: Preferences; bounced: boolean };

export type Failure = { channel: 'email' | 'push'; message: string };
export type Channels = { inApp?: string; email?: string; push?: Record<string, string> };

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The email channel: nothing when it already went (or bounced), is off, or the address
 * bounced earlier. A permanent rejection (SMTP 5xx for the recipient) is a bounce: recorded,
 * not retried, and no more notification email goes to that address until the person turns
 * email on again. Anything else is a failure to retry.
 */
export async function sendEmail(deps: DispatchDeps, now: Date, row: Row, person: Person, plan: DeliveryPlan, channels: Channels, failures: Failure[], log: JobLog): Promise<void> {
  if (channels.email === 'sent' || channels.email === 'bounced') return;
  if (!plan.email) {
    channels.email = 'off';
    return;
  }
  if (person.bounced) {
    channels.email = 'bounced';
    return;
  }
  try {
    await deps.mailer.send(notificationMail(row, person, deps.config.publicUrl));
    channels.email = 'sent';
  } catch (err) {
    if (isBounce(err)) {
      channels.email = 'bounced';
      // The rest of this round's rows for them skip email too.
      person.bounced = true;
      log.info({ notificationId: row.id, userId: person.id }, 'notification email bounced; email to this address stops until the person turns it on again');
      try {
        await recordEmailBounce(deps.db, person.id, person.email, bounceReason(err), now);
      } catch (recordErr) {
        // The row still says "bounced", so this notification is not mailed again.
        log.error({ err: recordErr, notificationId: row.id }, 'recording an email bounce failed');
      }
      return;
    }
    channels.email = 'retrying';
    failures.push({ channel: 'email', message: errorText(err) });
    log.error({ err, notificationId: row.id, attempts: row.attempts + 1 }, 'notification email failed');
  }
}

/**
 * The push channel: one message to each of the person's browsers that has not had it yet.
 * A subscription the push service calls gone (404, 410) is deleted; any other answer or no
 * answer is a failure to retry. Bookkeeping errors never undo a send that succeeded.
 */
export async function sendPush(
  deps: DispatchDeps,
  push: NonNullable<DispatchDeps['push']>,
  now: Date,
  row: Row,
  plan: DeliveryPlan,
  subscriptions: StoredSubscription[],
  before: Record<string, string>,
  failures: Failure[],
  log: JobLog,
): Promise<Record<string, string>> {
  const state = { ...before };
  const payload = JSON.stringify(pushPayload(row, plan));
  const options = { ttlSeconds: pushTtlSeconds(row, now), urgency: plan.urgency };
  const bookkeeping = async (what: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (err) {
      log.error({ err, notificationId: row.id }, `recording a push ${what} failed`);
    }
  };
  for (const sub of subscriptions) {
    if (state[sub.id] === 'sent') continue;
    let failure: string;
    try {
      const { statusCode } = await push.send({ endpoint: sub.endpoint, p256dh: sub.p256dh, auth: sub.auth }, payload, options);
      if (statusCode >= 200 && statusCode < 300) {
        state[sub.id] = 'sent';
        await bookkeeping('success', () => recordPushOutcome(deps.db, sub.id, now, null));
        continue;
      }
      if (statusCode === 404 || statusCode === 410) {
        state[sub.id] = 'gone';
        await bookkeeping('gone subscription', () => forgetGoneSubscription(deps.db, sub.id, now, statusCode));
        continue;
      }
      failure = `push service answered ${statusCode}`;
    } catch (err) {
      failure = `push failed: ${errorText(err)}`;
    }
    state[sub.id] = 'retrying';
    failures.push({ channel: 'push', message: failure });
    log.error({ notificationId: row.id, subscriptionId: sub.id, attempts: row.attempts + 1, failure }, 'notification push failed');
    await bookkeeping('failure', () => recordPushOutcome(deps.db, sub.id, now, failure));
  }
  return state;
}
