import { type GoalEdit, type GoalFields, type GoalView, goalFieldsSchema } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import type { GoalTable } from '../../db/types.ts';
import { AppError, badRequest, conflict, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';
import { presentGoals } from './present.ts';
import { findGoal, findOpenProposal, loadGoals } from './store.ts';

type Ctx = { db: Db; ctx: AuditContext; actor: Actor };

function columns(fields: Partial<GoalFields>): Partial<GoalTable> {
  const out: Partial<GoalTable> = {};
  if (fields.title !== undefined) out.title = fields.title;
  if (fields.why !== undefined) out.why = fields.why;
  if (fields.specific !== undefined) out.specific = fields.specific;
  if (fields.measurable !== undefined) out.measurable = fields.measurable;
  if (fields.measureTrackerId !== undefined) out.measure_tracker_id = fields.measureTrackerId;
  if (fields.measureTarget !== undefined) out.measure_target = fields.measureTarget;
  if (fields.confidence !== undefined) out.confidence = fields.confidence;
  if (fields.relevant !== undefined) out.relevant = fields.relevant;
  if (fields.targetDate !== undefined) out.target_date = fields.targetDate;
  if (fields.gasLevels !== undefined) out.gas_levels = fields.gasLevels ? JSON.stringify(fields.gasLevels) : null;
  return out;
}

export async function listGoals({ db, ctx, clientId }: Omit<Ctx, 'actor'> & { clientId: string }): Promise<GoalView[]> {
  const goals = presentGoals(await loadGoals(db, { clientId }));
  await auditClientData(db, ctx, clientId, { action: 'goals.listed', detail: { count: goals.length } });
  return goals;
}

export async function getGoal({ db, ctx, goalId }: Omit<Ctx, 'actor'> & { goalId: string }): Promise<GoalView> {
  const [goal] = presentGoals(await loadGoals(db, { goalId }));
  if (!goal) throw notFound('goal');
  await auditClientData(db, ctx, goal.clientId, { action: 'goal.viewed', targetType: 'goal', targetId: goalId });
  return goal;
}

/** Either side proposes a new goal; it becomes active when the other side accepts it. */
/** A goal's measure may name one of the client's own trackers, nothing else. */
async function checkTracker(db: Db, clientId: string, trackerId: string | null | undefined, field: string) {
  if (!trackerId) return;
  const found = await db.selectFrom('trackers').select('id').where('id', '=', trackerId).where('client_id', '=', clientId).executeTakeFirst();
  if (!found) throw badRequest(field, 'is not one of this client’s trackers');
}

export async function proposeGoal({ db, ctx, actor, clientId, fields, note }: Ctx & { clientId: string; fields: GoalFields; note: string }) {
  await checkTracker(db, clientId, fields.measureTrackerId, 'fields.measureTrackerId');
  const now = ctx.now.toISOString();
  const goalId = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('goals')
      .values({
        id: goalId,
        client_id: clientId,
        status: 'proposed',
        title: fields.title,
        why: fields.why,
        specific: fields.specific,
        measurable: fields.measurable,
        measure_tracker_id: fields.measureTrackerId,
        measure_target: fields.measureTarget,
        confidence: fields.confidence,
        relevant: fields.relevant,
        target_date: fields.targetDate,
        gas_levels: fields.gasLevels ? JSON.stringify(fields.gasLevels) : null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
        achieved_at: null,
      })
      .execute();
    await trx
      .insertInto('goal_proposals')
      .values({ id: newId(), goal_id: goalId, kind: 'create', changes: JSON.stringify(fields), status: 'open', note, proposed_by: actor.userId, decided_by: null, created_at: now, decided_at: null })
      .execute();
    await auditClientData(trx, ctx, clientId, { action: 'goal.proposed', targetType: 'goal', targetId: goalId });
  });
  return getGoal({ db, ctx, goalId });
}

/**
 * Proposes an edit. Answering an open proposal with changes supersedes it: for a goal
 * not yet agreed, the new version is the old one with these changes.
 */
export async function proposeEdit({ db, ctx, actor, goalId, changes, note }: Ctx & { goalId: string; changes: GoalEdit; note: string }) {
  const goal = await findGoal(db, goalId);
  if (!goal) throw notFound('goal');
  if (goal.status === 'let_go' || goal.status === 'achieved') throw conflict('goal_closed', `This goal is ${goal.status === 'achieved' ? 'achieved' : 'let go'}; reopen it first.`);
  await checkTracker(db, goal.client_id, changes.measureTrackerId, 'changes.measureTrackerId');
  const open = await findOpenProposal(db, goalId);
  const now = ctx.now.toISOString();
  const isCreate = open?.kind === 'create';
  const merged = isCreate ? { ...(JSON.parse(open.changes) as GoalFields), ...changes } : changes;
  if (isCreate) {
    const check = goalFieldsSchema.safeParse(merged);
    if (!check.success) throw badRequest(String(check.error.issues[0]?.path[0] ?? 'changes'), check.error.issues[0]?.message ?? 'is not valid');
  }
  await db.transaction().execute(async (trx) => {
    if (open) {
      await trx.updateTable('goal_proposals').set({ status: 'superseded', decided_by: actor.userId, decided_at: now }).where('id', '=', open.id).execute();
    }
    await trx
      .insertInto('goal_proposals')
      .values({ id: newId(), goal_id: goalId, kind: isCreate ? 'create' : 'edit', changes: JSON.stringify(merged), status: 'open', note, proposed_by: actor.userId, decided_by: null, created_at: now, decided_at: null })
      .execute();
    if (isCreate) await trx.updateTable('goals').set({ ...columns(merged), updated_at: now }).where('id', '=', goalId).execute();
    await auditClientData(trx, ctx, goal.client_id, { action: 'goal.edit_proposed', targetType: 'goal', targetId: goalId });
  });
  return getGoal({ db, ctx, goalId });
}

type Decision = Ctx & { goalId: string; proposalId: string; note: string };

async function openProposalForAnswer({ db, actor, goalId, proposalId }: Pick<Decision, 'db' | 'actor' | 'goalId' | 'proposalId'>) {
  const open = await findOpenProposal(db, goalId);
  if (!open || open.id !== proposalId) throw conflict('proposal_closed', 'This proposal has already been answered or replaced.');
  // A proposal is answered by the other side: the client answers a therapist, a therapist the client.
  if (open.proposer_role === actor.role) throw new AppError('not_your_turn', 403, 'The other side answers this proposal; you can change it by proposing again.');
  return open;
}

export async function acceptProposal({ db, ctx, actor, goalId, proposalId, note }: Decision) {
  const open = await openProposalForAnswer({ db, actor, goalId, proposalId });
  const now = ctx.now.toISOString();
  const goal = await findGoal(db, goalId);
  if (!goal) throw notFound('goal');
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('goal_proposals').set({ status: 'accepted', decided_by: actor.userId, decided_at: now, note: note || open.note }).where('id', '=', open.id).execute();
    const set = open.kind === 'create' ? { status: 'active' as const } : columns(JSON.parse(open.changes) as GoalEdit);
    await trx.updateTable('goals').set({ ...set, updated_at: now }).where('id', '=', goalId).execute();
    await auditClientData(trx, ctx, goal.client_id, { action: 'goal.proposal_accepted', targetType: 'goal', targetId: goalId });
  });
  return getGoal({ db, ctx, goalId });
}

export async function declineProposal({ db, ctx, actor, goalId, proposalId, note }: Decision) {
  const open = await openProposalForAnswer({ db, actor, goalId, proposalId });
  const now = ctx.now.toISOString();
  const goal = await findGoal(db, goalId);
  if (!goal) throw notFound('goal');
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('goal_proposals').set({ status: 'declined', decided_by: actor.userId, decided_at: now, note: note || open.note }).where('id', '=', open.id).execute();
    if (open.kind === 'create') await trx.updateTable('goals').set({ status: 'let_go', updated_at: now }).where('id', '=', goalId).execute();
    await auditClientData(trx, ctx, goal.client_id, { action: 'goal.proposal_declined', targetType: 'goal', targetId: goalId });
  });
  return getGoal({ db, ctx, goalId });
}

export async function setGoalStatus({ db, ctx, goalId, status }: Omit<Ctx, 'actor'> & { goalId: string; status: 'active' | 'on_hold' | 'achieved' | 'let_go' }) {
  const goal = await findGoal(db, goalId);
  if (!goal) throw notFound('goal');
  if (goal.status === 'proposed') throw conflict('goal_proposed', 'This goal is still a proposal: accept or decline it first.');
  const now = ctx.now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('goals')
      .set({ status, updated_at: now, achieved_at: status === 'achieved' ? now : null })
      .where('id', '=', goalId)
      .execute();
    await auditClientData(trx, ctx, goal.client_id, { action: 'goal.status_changed', targetType: 'goal', targetId: goalId, detail: { status } });
  });
  return getGoal({ db, ctx, goalId });
}
