import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { AppError, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';
import { getGoal } from './service.ts';
import { findGoal } from './store.ts';

type Ctx = { db: Db; ctx: AuditContext; actor: Actor; goalId: string };

async function goalOf(db: Db, goalId: string) {
  const goal = await findGoal(db, goalId);
  if (!goal) throw notFound('goal');
  return goal;
}

export async function addStep({ db, ctx, goalId, title }: Ctx & { title: string }) {
  const goal = await goalOf(db, goalId);
  await db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('goal_steps')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('goal_id', '=', goalId)
      .executeTakeFirst();
    const position = Number(last?.max ?? 0) + 1;
    await trx.insertInto('goal_steps').values({ id: newId(), goal_id: goalId, position, title, done_at: null, done_by: null, created_at: ctx.now.toISOString() }).execute();
    await auditClientData(trx, ctx, goal.client_id, { action: 'goal.step_added', targetType: 'goal', targetId: goalId });
  });
  return getGoal({ db, ctx, goalId });
}

/** Renames, ticks or moves a step; moving renumbers the others so positions stay 1..n. */
export async function updateStep({ db, ctx, actor, goalId, stepId, title, done, position }: Ctx & { stepId: string; title?: string; done?: boolean; position?: number }) {
  const goal = await goalOf(db, goalId);
  const now = ctx.now.toISOString();
  await db.transaction().execute(async (trx) => {
    const steps = await trx.selectFrom('goal_steps').selectAll().where('goal_id', '=', goalId).orderBy('position').execute();
    const step = steps.find((s) => s.id === stepId);
    if (!step) throw notFound('step');
    const set: { title?: string; done_at?: string | null; done_by?: string | null } = {};
    if (title !== undefined) set.title = title;
    if (done !== undefined) {
      set.done_at = done ? (step.done_at ?? now) : null;
      set.done_by = done ? (step.done_by ?? actor.userId) : null;
    }
    if (Object.keys(set).length > 0) await trx.updateTable('goal_steps').set(set).where('id', '=', stepId).execute();
    if (position !== undefined) {
      if (position < 1 || position > steps.length) throw new AppError('validation_failed', 400, `position: must be from 1 to ${steps.length}`, { position: `must be from 1 to ${steps.length}` });
      const order = steps.filter((s) => s.id !== stepId);
      order.splice(position - 1, 0, step);
      for (const [i, s] of order.entries()) {
        if (s.position !== i + 1) await trx.updateTable('goal_steps').set({ position: i + 1 }).where('id', '=', s.id).execute();
      }
    }
    const action = done === true ? 'goal.step_done' : done === false ? 'goal.step_undone' : 'goal.step_changed';
    await auditClientData(trx, ctx, goal.client_id, { action, targetType: 'goal_step', targetId: stepId });
  });
  return getGoal({ db, ctx, goalId });
}

export async function deleteStep({ db, ctx, goalId, stepId }: Ctx & { stepId: string }) {
  const goal = await goalOf(db, goalId);
  await db.transaction().execute(async (trx) => {
    const used = await trx.selectFrom('assignments').select('id').where('step_id', '=', stepId).executeTakeFirst();
    if (used) throw new AppError('step_in_use', 409, 'An assignment is linked to this step; complete or change it first.');
    const gone = await trx.deleteFrom('goal_steps').where('id', '=', stepId).where('goal_id', '=', goalId).executeTakeFirst();
    if (Number(gone.numDeletedRows) !== 1) throw notFound('step');
    const rest = await trx.selectFrom('goal_steps').select(['id', 'position']).where('goal_id', '=', goalId).orderBy('position').execute();
    for (const [i, s] of rest.entries()) if (s.position !== i + 1) await trx.updateTable('goal_steps').set({ position: i + 1 }).where('id', '=', s.id).execute();
    await auditClientData(trx, ctx, goal.client_id, { action: 'goal.step_removed', targetType: 'goal_step', targetId: stepId });
  });
  return getGoal({ db, ctx, goalId });
}

export async function rateGoal({ db, ctx, actor, goalId, level, note }: Ctx & { level: number; note: string }) {
  const goal = await goalOf(db, goalId);
  if (!goal.gas_levels) throw new AppError('no_gas_levels', 409, 'This goal has no attainment scale yet; describe its five levels first.');
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('gas_ratings').values({ id: newId(), goal_id: goalId, level, note, rated_by: actor.userId, rated_at: ctx.now.toISOString() }).execute();
    await auditClientData(trx, ctx, goal.client_id, { action: 'goal.rated', targetType: 'goal', targetId: goalId, detail: { level } });
  });
  return getGoal({ db, ctx, goalId });
}
