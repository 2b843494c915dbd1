import type { Db } from '../../db/connect.ts';
import { scheduleNotification } from '../notifications/service.ts';

/**
 * Queues an in-app notification, due now, for every therapist on the client's active care
 * team, in the transaction that raised the alerts: if the alert exists, so does its
 * notification. The immediate email (alert-mail.ts) stays as it was; the queued row is the
 * in-app item only (jobs/delivery.ts), so nobody gets a second email.
 */
export async function scheduleAlertNotifications(trx: Db, now: Date, p: { clientId: string; responseId: string; shortName: string; items: string[] }): Promise<void> {
  const team = await trx.selectFrom('care_team_links').select('therapist_id').where('client_id', '=', p.clientId).where('ended_at', 'is', null).execute();
  if (team.length === 0) return;
  const client = await trx.selectFrom('users').select('name').where('id', '=', p.clientId).executeTakeFirst();
  for (const { therapist_id } of team) {
    await scheduleNotification(
      trx,
      {
        userId: therapist_id,
        kind: 'safety_alert',
        dueAt: now,
        dropAfter: null,
        title: 'Safety alert',
        body: 'A client needs your attention. Open Stepwise to see the alert.',
        clinicalBody: `${client?.name ?? 'A client'} gave a risk answer on the ${p.shortName} (${p.items.join(', ')}).`,
        url: '/alerts',
        // One per answered questionnaire and therapist, however many risk items it had.
        dedupeKey: `safety_alert:${p.responseId}:${therapist_id}`,
      },
      now,
    );
  }
}
