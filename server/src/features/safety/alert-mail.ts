import type { FastifyBaseLogger } from 'fastify';
import { audit, type AuditContext } from '../../audit/audit.ts';
import type { Deps } from '../../http/augment.ts';
import { safetyAlertMail } from '../../mail/templates.ts';

/**
 * Emails every therapist on the client's active care team, at once. A failed send is
 * logged and audited; the alert itself is already committed and shows in the app.
 */
export async function sendAlertMails(deps: Deps, ctx: AuditContext, log: FastifyBaseLogger, p: { clientId: string; alertIds: string[] }): Promise<void> {
  const team = await deps.db
    .selectFrom('care_team_links as l')
    .innerJoin('users as u', 'u.id', 'l.therapist_id')
    .select(['u.id', 'u.email', 'u.name'])
    .where('l.client_id', '=', p.clientId)
    .where('l.ended_at', 'is', null)
    .execute();
  const link = `${deps.config.publicUrl}/alerts`;
  for (const therapist of team) {
    let outcome: 'success' | 'failure' = 'success';
    try {
      await deps.mailer.send(safetyAlertMail({ to: therapist.email, name: therapist.name, link }));
    } catch (err) {
      outcome = 'failure';
      log.error({ err, therapistId: therapist.id }, 'safety alert email failed');
    }
    await audit(deps.db, ctx, {
      action: 'safety_alert.emailed',
      outcome,
      clientId: p.clientId,
      targetType: 'user',
      targetId: therapist.id,
      detail: { alerts: p.alertIds.length },
    });
  }
}
