import { safetyPlanSchema, type SafetyPlan, type SafetyPlanView } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { conflict } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';

const EMPTY: SafetyPlan = safetyPlanSchema.parse({});

function versions(db: Db, clientId: string) {
  return db
    .selectFrom('safety_plan_versions as v')
    .innerJoin('users as u', 'u.id', 'v.author_id')
    .select(['v.id', 'v.client_id', 'v.version', 'v.plan', 'v.created_at', 'v.author_id', 'u.name as author_name'])
    .where('v.client_id', '=', clientId)
    .orderBy('v.version', 'desc');
}
type Row = Awaited<ReturnType<ReturnType<typeof versions>['execute']>>[number];

const present = (r: Row) => ({
  id: r.id,
  clientId: r.client_id,
  version: r.version,
  plan: { ...EMPTY, ...(JSON.parse(r.plan) as Partial<SafetyPlan>) },
  updatedAt: r.created_at,
  updatedBy: { id: r.author_id, name: r.author_name },
});

/** The latest version, or an empty plan at version 0 before anyone has written one. */
export async function currentPlan(db: Db, clientId: string): Promise<SafetyPlanView> {
  const row = await versions(db, clientId).limit(1).executeTakeFirst();
  if (!row) return { clientId, version: 0, plan: EMPTY, updatedAt: null, updatedBy: null };
  const { id: _id, ...view } = present(row);
  return view;
}

export async function readPlan({ db, ctx, clientId }: { db: Db; ctx: AuditContext; clientId: string }): Promise<SafetyPlanView> {
  const plan = await currentPlan(db, clientId);
  await auditClientData(db, ctx, clientId, { action: 'safety_plan.viewed' });
  return plan;
}

export async function planVersions({ db, ctx, clientId }: { db: Db; ctx: AuditContext; clientId: string }) {
  const rows = await versions(db, clientId).limit(100).execute();
  await auditClientData(db, ctx, clientId, { action: 'safety_plan.versions_viewed' });
  return rows.map(present);
}

/**
 * Saves a new version written against `baseVersion`. If someone saved in between, the
 * unique (client, version) row makes one of them lose with a 409, never a silent overwrite.
 */
export async function savePlan({ db, ctx, actor, clientId, plan, baseVersion }: { db: Db; ctx: AuditContext; actor: Actor; clientId: string; plan: SafetyPlan; baseVersion: number }): Promise<SafetyPlanView> {
  const stale = () => conflict('version_conflict', 'the safety plan was changed by someone else since you opened it; reload to see their version');
  try {
    await db.transaction().execute(async (trx) => {
      const latest = await trx.selectFrom('safety_plan_versions').select('version').where('client_id', '=', clientId).orderBy('version', 'desc').limit(1).executeTakeFirst();
      if ((latest?.version ?? 0) !== baseVersion) throw stale();
      const id = newId();
      await trx
        .insertInto('safety_plan_versions')
        .values({ id, client_id: clientId, version: baseVersion + 1, plan: JSON.stringify(plan), author_id: actor.userId, created_at: ctx.now.toISOString() })
        .execute();
      await auditClientData(trx, ctx, clientId, { action: 'safety_plan.saved', targetType: 'safety_plan_version', targetId: id, detail: { version: baseVersion + 1 } });
    });
  } catch (err) {
    if (err instanceof Error && /unique|UNIQUE/.test(err.message)) throw stale();
    throw err;
  }
  return currentPlan(db, clientId);
}
