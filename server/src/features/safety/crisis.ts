import { crisisSettingsSchema, DEFAULT_CRISIS_LINES, type CrisisSettings, type CrisisView } from '@stepwise/domain';
import { audit, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../policy/types.ts';
import { currentPlan } from './safety-plan.ts';

const key = (practiceId: string) => `crisis_lines:${practiceId}`;

/** The practice's crisis lines; the US defaults until an admin chooses. */
export async function crisisSettings(db: Db, practiceId: string): Promise<CrisisSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key(practiceId)).executeTakeFirst();
  return row ? crisisSettingsSchema.parse(JSON.parse(row.value)) : { country: 'US', lines: DEFAULT_CRISIS_LINES.US };
}

export async function saveCrisisSettings({ db, ctx, actor, settings }: { db: Db; ctx: AuditContext; actor: Actor; settings: CrisisSettings }): Promise<CrisisSettings> {
  const value = JSON.stringify(settings);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('settings')
      .values({ key: key(actor.practiceId), value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
    await audit(trx, ctx, { action: 'crisis_lines.saved', detail: { country: settings.country, lines: settings.lines.length } });
  });
  return settings;
}

export async function crisisInstructions(db: Db, therapistId: string): Promise<{ text: string }> {
  const row = await db.selectFrom('crisis_instructions').select('text').where('therapist_id', '=', therapistId).executeTakeFirst();
  return { text: row?.text ?? '' };
}

export async function saveCrisisInstructions({ db, ctx, actor, text }: { db: Db; ctx: AuditContext; actor: Actor; text: string }) {
  const updated_at = ctx.now.toISOString();
  await db
    .insertInto('crisis_instructions')
    .values({ therapist_id: actor.userId, text, updated_at })
    .onConflict((oc) => oc.column('therapist_id').doUpdateSet({ text, updated_at }))
    .execute();
  return { text };
}

/** What a client sees on Crisis help: lines, each care-team therapist's instructions, the plan. */
export async function clientCrisis({ db, actor }: { db: Db; actor: Actor }): Promise<CrisisView> {
  const [settings, team, plan] = await Promise.all([
    crisisSettings(db, actor.practiceId),
    db
      .selectFrom('care_team_links as l')
      .innerJoin('users as u', 'u.id', 'l.therapist_id')
      .leftJoin('crisis_instructions as c', 'c.therapist_id', 'l.therapist_id')
      .select(['u.name', 'c.text'])
      .where('l.client_id', '=', actor.userId)
      .where('l.ended_at', 'is', null)
      .orderBy('l.started_at')
      .execute(),
    currentPlan(db, actor.userId),
  ]);
  return {
    country: settings.country,
    lines: settings.lines,
    instructions: team.filter((t) => t.text?.trim()).map((t) => ({ therapistName: t.name, text: t.text ?? '' })),
    safetyPlan: plan.version > 0 ? plan : null,
  };
}
