import type { Selectable } from 'kysely';
import type { NotificationTable } from '../db/types.ts';
import type { Preferences } from '../features/notifications/service.ts';
import type { Mail } from '../mail/mailer.ts';

/**
 * Kinds whose rules differ from a reminder's. A safety alert reaches the care team by an
 * immediate email of its own (features/safety/alert-mail.ts), so its queued row is the in-app
 * item only, and it is never held for quiet hours: it must be in the list when they look.
 */
const URGENT_IN_APP_ONLY = new Set(['safety_alert']);

export type DeliveryPlan = { email: boolean; respectsQuietHours: boolean };

export function deliveryPlan(kind: string, prefs: Preferences): DeliveryPlan {
  if (URGENT_IN_APP_ONLY.has(kind)) return { email: false, respectsQuietHours: false };
  return { email: prefs.email, respectsQuietHours: true };
}

/**
 * The email for a notification. Its text is the neutral body unless the person allowed
 * clinical content: mail previews and shared inboxes are as public as a lock screen.
 */
export function notificationMail(row: Pick<Selectable<NotificationTable>, 'title' | 'body' | 'clinical_body' | 'url'>, person: { email: string; prefs: Preferences }, publicUrl: string): Mail {
  const link = `${publicUrl}${row.url.startsWith('/') ? '' : '/'}${row.url}`;
  const text = person.prefs.showClinicalContent && row.clinical_body ? row.clinical_body : row.body;
  return {
    to: person.email,
    subject: person.prefs.showClinicalContent ? row.title : 'A reminder from Stepwise',
    link,
    text: [text, '', 'Open Stepwise:', link, '', 'You can change which notifications you get, and when, in your account settings.'].join('\n'),
  };
}
