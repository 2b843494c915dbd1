import { DEFAULT_SKILLS, type MonitoringSettings } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../policy/types.ts';

export async function getSettings(db: Db, clientId: string): Promise<MonitoringSettings> {
  const row = await db.selectFrom('monitoring_settings').selectAll().where('client_id', '=', clientId).executeTakeFirst();
  return row
    ? { skills: JSON.parse(row.skills) as string[], moodFields: JSON.parse(row.mood_fields) as MonitoringSettings['moodFields'] }
    : { skills: DEFAULT_SKILLS, moodFields: [] };
}

export async function saveSettings({ db, ctx, actor, clientId, input }: { db: Db; ctx: AuditContext; actor: Actor; clientId: string; input: MonitoringSettings }) {
  const row = { skills: JSON.stringify(input.skills), mood_fields: JSON.stringify(input.moodFields), updated_by: actor.userId, updated_at: ctx.now.toISOString() };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('monitoring_settings')
      .values({ client_id: clientId, ...row })
      .onConflict((oc) => oc.column('client_id').doUpdateSet(row))
      .execute();
    await auditClientData(trx, ctx, clientId, { action: 'monitoring_settings.saved' });
  });
  return getSettings(db, clientId);
}

/** The settings as a caller sees them; a therapist's read is audited. */
export async function readSettings({ db, ctx, clientId }: { db: Db; ctx: AuditContext; clientId: string }): Promise<MonitoringSettings> {
  const settings = await getSettings(db, clientId);
  await auditClientData(db, ctx, clientId, { action: 'monitoring_settings.viewed' });
  return settings;
}
