import { type AssignmentDetail, type AssignmentInput, type AssignmentView, localDate, scheduleSpan, sumAdherence } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import { type Db, inTransaction } from '../../db/connect.ts';
import type { AssignmentTable } from '../../db/types.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';
import { shareWithClient } from '../resources/service.ts';
import { presentAssignments, presentCheckIn } from './present.ts';
import { replanClient } from '../reminders/planner.ts';
import { clientTimeZone, findAssignment, loadAssignments } from './store.ts';

type Ctx = { db: Db; ctx: AuditContext; actor: Actor };

/** The client's own calendar date now. */
export async function clientToday(db: Db, clientId: string, now: Date): Promise<string> {
  const { time_zone } = await clientTimeZone(db, clientId);
  return localDate(now, time_zone);
}

/** A goal, step or resource named by an assignment must be the client's (or shareable with them). */
async function checkReferences(db: Db, actor: Actor, clientId: string, input: Pick<AssignmentInput, 'goalId' | 'stepId' | 'resourceId'>) {
  if (input.goalId) {
    const goal = await db.selectFrom('goals').select('id').where('id', '=', input.goalId).where('client_id', '=', clientId).executeTakeFirst();
    if (!goal) throw badRequest('goalId', 'is not one of this client’s goals');
  }
  if (input.stepId) {
    const step = await db
      .selectFrom('goal_steps')
      .innerJoin('goals', 'goals.id', 'goal_steps.goal_id')
      .select(['goal_steps.goal_id'])
      .where('goal_steps.id', '=', input.stepId)
      .where('goals.client_id', '=', clientId)
      .executeTakeFirst();
    if (!step || (input.goalId && step.goal_id !== input.goalId)) throw badRequest('stepId', 'is not a step of this goal');
  }
  if (input.resourceId) {
    const r = await db.selectFrom('resources').select(['id', 'practice_id', 'owner_id', 'visibility']).where('id', '=', input.resourceId).where('deleted_at', 'is', null).executeTakeFirst();
    const shared =
      actor.role === 'client'
        ? await db.selectFrom('resource_shares').select('id').where('resource_id', '=', input.resourceId).where('client_id', '=', clientId).executeTakeFirst()
        : undefined;
    const visible =
      r && (actor.role === 'client' ? shared !== undefined : r.practice_id === actor.practiceId && (r.visibility === 'practice' || r.owner_id === actor.userId));
    if (!visible) throw badRequest('resourceId', 'is not a resource you can attach');
  }
}

function rowFields(input: AssignmentInput): Omit<AssignmentTable, 'id' | 'client_id' | 'status' | 'version' | 'created_by' | 'created_at' | 'updated_at' | 'completed_at'> {
  const span = scheduleSpan(input.schedule);
  return {
    kind: input.kind,
    title: input.title,
    instructions: input.instructions,
    purpose: input.purpose,
    goal_id: input.goalId,
    step_id: input.stepId,
    schedule: JSON.stringify(input.schedule),
    start_date: span.start,
    end_date: span.end,
    place: input.where,
    if_then: input.ifThen ? JSON.stringify(input.ifThen) : null,
    obstacles: JSON.stringify(input.obstacles),
    resource_id: input.resourceId,
    due_date: input.dueDate,
  };
}

type CreateOptions = Ctx & { clientId: string; input: AssignmentInput; status?: 'active' | 'awaiting_confirmation' };

/** Saves an assignment and its first version; a therapist attaching a resource shares it with the client. */
export async function createAssignment({ db, ctx, actor, clientId, input, status = 'active' }: CreateOptions): Promise<string> {
  await checkReferences(db, actor, clientId, input);
  const now = ctx.now.toISOString();
  const id = newId();
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('assignments')
      .values({ id, client_id: clientId, status, version: 1, created_by: actor.userId, created_at: now, updated_at: now, completed_at: null, ...rowFields(input) })
      .execute();
    await trx
      .insertInto('assignment_versions')
      .values({ id: newId(), assignment_id: id, version: 1, snapshot: JSON.stringify(input), changed_by: actor.userId, changed_at: now })
      .execute();
    if (input.resourceId && actor.role === 'therapist') await shareWithClient(trx, { resourceId: input.resourceId, clientId, sharedBy: actor.userId, now });
    await auditClientData(trx, ctx, clientId, { action: 'assignment.created', targetType: 'assignment', targetId: id, detail: { status } });
    if (status === 'active') await replanClient(trx, clientId, ctx.now);
  });
  return id;
}

export async function listAssignments({ db, ctx, clientId, status }: Omit<Ctx, 'actor'> & { clientId: string; status?: string }) {
  const today = await clientToday(db, clientId, ctx.now);
  const assignments = presentAssignments(await loadAssignments(db, { clientId, status }), today);
  await auditClientData(db, ctx, clientId, { action: 'assignments.listed', detail: { count: assignments.length } });
  const counted = assignments.filter((a) => a.status !== 'awaiting_confirmation');
  const overall = sumAdherence(counted.map((a) => ({ ...a.adherence, barriers: a.adherence.barriers })));
  return { assignments, overall: { ...overall, barriers: overall.barriers as Record<string, number> } };
}

export async function getAssignment({ db, ctx, assignmentId }: Omit<Ctx, 'actor'> & { assignmentId: string }): Promise<AssignmentDetail> {
  const loaded = await loadAssignments(db, { assignmentId });
  const row = loaded.assignments[0];
  if (!row) throw notFound('assignment');
  const today = await clientToday(db, row.client_id, ctx.now);
  const [view] = presentAssignments(loaded, today) as [AssignmentView];
  const [reviews, versions] = await Promise.all([
    db
      .selectFrom('assignment_reviews as r')
      .innerJoin('users', 'users.id', 'r.reviewer_id')
      .selectAll('r')
      .select(['users.name', 'users.role'])
      .where('r.assignment_id', '=', assignmentId)
      .orderBy('r.created_at')
      .execute(),
    db
      .selectFrom('assignment_versions as v')
      .innerJoin('users', 'users.id', 'v.changed_by')
      .selectAll('v')
      .select(['users.name', 'users.role'])
      .where('v.assignment_id', '=', assignmentId)
      .orderBy('v.version')
      .execute(),
  ]);
  await auditClientData(db, ctx, row.client_id, { action: 'assignment.viewed', targetType: 'assignment', targetId: assignmentId });
  return {
    ...view,
    checkIns: loaded.checkIns.map(presentCheckIn),
    reviews: reviews.map((r) => ({ id: r.id, decision: r.decision, note: r.note, reviewer: { id: r.reviewer_id, name: r.name, role: r.role }, createdAt: r.created_at, version: r.version })),
    versions: versions.map((v) => ({
      version: v.version,
      snapshot: JSON.parse(v.snapshot) as Record<string, unknown>,
      changedBy: { id: v.changed_by, name: v.name, role: v.role },
      changedAt: v.changed_at,
    })),
  };
}

/** The client agrees to an action step their therapist wrote down with them. */
export async function confirmAssignment({ db, ctx, assignmentId }: Omit<Ctx, 'actor'> & { assignmentId: string }) {
  const a = await findAssignment(db, assignmentId);
  if (!a) throw notFound('assignment');
  if (a.status !== 'awaiting_confirmation') throw conflict('already_confirmed', 'This step is already confirmed.');
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('assignments').set({ status: 'active', updated_at: ctx.now.toISOString() }).where('id', '=', assignmentId).execute();
    await auditClientData(trx, ctx, a.client_id, { action: 'assignment.confirmed', targetType: 'assignment', targetId: assignmentId });
    await replanClient(trx, a.client_id, ctx.now);
  });
  return getAssignment({ db, ctx, assignmentId });
}
