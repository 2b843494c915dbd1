import type { PushPayload } from '@stepwise/domain';
import type { Selectable } from 'kysely';
import type { NotificationTable } from '../db/types.ts';
import type { Preferences } from '../features/notifications/service.ts';
import type { Mail } from '../mail/mailer.ts';

/**
 * Kinds whose rules differ from a reminder's. A safety alert reaches the care team by an
 * immediate email of its own (features/safety/alert-mail.ts), so its queued row sends no
 * email; it is pushed at once with urgency, never held for quiet hours, and with the neutral
 * text only (a therapist's lock screen is no place for a client's risk answer).
 */
const URGENT_NO_EMAIL = new Set(['safety_alert']);

export type DeliveryPlan = {
  email: boolean;
  push: boolean;
  respectsQuietHours: boolean;
  /** Whether the clinical text may be shown (lock screen, email). */
  clinical: boolean;
  urgency: 'normal' | 'high';
};

export function deliveryPlan(kind: string, prefs: Preferences): DeliveryPlan {
  if (URGENT_NO_EMAIL.has(kind)) return { email: false, push: true, respectsQuietHours: false, clinical: false, urgency: 'high' };
  return { email: prefs.email, push: true, respectsQuietHours: true, clinical: prefs.showClinicalContent, urgency: 'normal' };
}

type Content = Pick<Selectable<NotificationTable>, 'id' | 'title' | 'body' | 'clinical_body' | 'url'>;

/**
 * The email for a notification. Its text is the neutral body unless the person allowed
 * clinical content: mail previews and shared inboxes are as public as a lock screen.
 */
export function notificationMail(row: Omit<Content, 'id'>, person: { email: string; prefs: Preferences }, publicUrl: string): Mail {
  const link = `${publicUrl}${row.url.startsWith('/') ? '' : '/'}${row.url}`;
  const text = person.prefs.showClinicalContent && row.clinical_body ? row.clinical_body : row.body;
  return {
    to: person.email,
    subject: person.prefs.showClinicalContent ? row.title : 'A reminder from Stepwise',
    link,
    text: [text, '', 'Open Stepwise:', link, '', 'You can change which notifications you get, and when, in your account settings.'].join('\n'),
  };
}

/**
 * What a push shows on the lock screen: "Stepwise" and the neutral body unless the person
 * allowed clinical content. The tag is the row's id, so a repeated delivery replaces the
 * notification instead of stacking a second one; the url is the app path a tap opens.
 */
export function pushPayload(row: Content, plan: Pick<DeliveryPlan, 'clinical'>): PushPayload {
  return {
    title: plan.clinical ? row.title : 'Stepwise',
    body: plan.clinical && row.clinical_body ? row.clinical_body : row.body,
    url: row.url.startsWith('/') ? row.url : `/${row.url}`,
    tag: row.id,
  };
}

const DAY_S = 24 * 60 * 60;

/** How long a push service keeps the message for an offline device: until the row's lateness limit, else a day. */
export function pushTtlSeconds(row: Pick<Selectable<NotificationTable>, 'drop_after'>, now: Date): number {
  if (row.drop_after === null) return DAY_S;
  const left = Math.floor((Date.parse(row.drop_after) - now.getTime()) / 1000);
  return Math.min(28 * DAY_S, Math.max(60, left));
}
