import { type AssignmentInput, assignmentInput, type Schedule } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { AppError, conflict, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';
import { getAssignment } from './service.ts';
import { replanClient } from '../reminders/planner.ts';
import { findAssignment } from './store.ts';

type ReviewOptions = {
  db: Db;
  ctx: AuditContext;
  actor: Actor;
  assignmentId: string;
  decision: 'continue' | 'adjust' | 'complete';
  note: string;
  changes?: Partial<AssignmentInput>;
};

/**
 * The therapist's review: continue as is, adjust (a new version; the old ones are kept),
 * or complete. The review note and decision are kept with the version they applied to.
 */
export async function reviewAssignment({ db, ctx, actor, assignmentId, decision, note, changes }: ReviewOptions) {
  const a = await findAssignment(db, assignmentId);
  if (!a) throw notFound('assignment');
  if (a.status === 'completed') throw conflict('assignment_completed', 'This assignment is already completed.');
  const now = ctx.now.toISOString();
  let next: AssignmentInput | null = null;
  if (decision === 'adjust' && changes) {
    const current: AssignmentInput = {
      kind: a.kind,
      title: a.title,
      instructions: a.instructions,
      purpose: a.purpose,
      goalId: a.goal_id,
      stepId: a.step_id,
      schedule: JSON.parse(a.schedule) as Schedule,
      where: a.place,
      ifThen: a.if_then ? (JSON.parse(a.if_then) as { if: string; then: string }) : null,
      obstacles: JSON.parse(a.obstacles) as AssignmentInput['obstacles'],
      resourceId: a.resource_id,
      dueDate: a.due_date,
    };
    const parsed = assignmentInput.safeParse({ ...current, ...changes });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'changes';
      throw new AppError('validation_failed', 400, `changes.${field}: ${issue?.message}`, { [`changes.${field}`]: issue?.message ?? 'is not valid' });
    }
    next = parsed.data;
  }
  await db.transaction().execute(async (trx) => {
    let version = a.version;
    if (next) {
      version += 1;
      const span = next.schedule.kind === 'once' ? { start: next.schedule.date, end: next.schedule.date } : { start: next.schedule.startDate, end: next.schedule.endDate };
      await trx
        .updateTable('assignments')
        .set({
          kind: next.kind,
          title: next.title,
          instructions: next.instructions,
          purpose: next.purpose,
          goal_id: next.goalId,
          step_id: next.stepId,
          schedule: JSON.stringify(next.schedule),
          start_date: span.start,
          end_date: span.end,
          place: next.where,
          if_then: next.ifThen ? JSON.stringify(next.ifThen) : null,
          obstacles: JSON.stringify(next.obstacles),
          resource_id: next.resourceId,
          due_date: next.dueDate,
          version,
          updated_at: now,
        })
        .where('id', '=', assignmentId)
        .execute();
      await trx.insertInto('assignment_versions').values({ id: newId(), assignment_id: assignmentId, version, snapshot: JSON.stringify(next), changed_by: actor.userId, changed_at: now }).execute();
    }
    if (decision === 'complete') {
      await trx.updateTable('assignments').set({ status: 'completed', completed_at: now, updated_at: now }).where('id', '=', assignmentId).execute();
    }
    await trx.insertInto('assignment_reviews').values({ id: newId(), assignment_id: assignmentId, reviewer_id: actor.userId, decision, note, version, created_at: now }).execute();
    await auditClientData(trx, ctx, a.client_id, { action: 'assignment.reviewed', targetType: 'assignment', targetId: assignmentId, detail: { decision } });
    // A new time, place, plan or an end changes what is reminded.
    if (next || decision === 'complete') await replanClient(trx, a.client_id, ctx.now);
  });
  return getAssignment({ db, ctx, assignmentId });
}
