import {
  adherence,
  type AssignmentView,
  type CheckIn,
  type CheckInView,
  occurrences,
  practiceDays,
  type Schedule,
} from '@stepwise/domain';
import type { LoadedAssignments } from './store.ts';

type CheckInRow = LoadedAssignments['checkIns'][number];

export function presentCheckIn(c: CheckInRow): CheckInView {
  return {
    id: c.id,
    date: c.occurrence_date,
    time: c.occurrence_time,
    outcome: c.outcome,
    howItWent: c.how_it_went,
    helpfulness: c.helpfulness,
    note: c.note,
    barrier: c.barrier as CheckInView['barrier'],
    barrierNote: c.barrier_note,
    recordedAt: c.recorded_at,
  };
}

/** Assignment views with adherence and practice days counted up to the client's `today`. */
export function presentAssignments({ assignments, checkIns }: LoadedAssignments, today: string): AssignmentView[] {
  return assignments.map((a) => {
    const schedule = JSON.parse(a.schedule) as Schedule;
    const own = checkIns.filter((c) => c.assignment_id === a.id);
    const answers: CheckIn[] = own.map((c) => ({ date: c.occurrence_date, time: c.occurrence_time, outcome: c.outcome, barrier: c.barrier as CheckIn['barrier'] }));
    const result = adherence(occurrences(schedule, { to: today }), answers, today);
    return {
      id: a.id,
      clientId: a.client_id,
      kind: a.kind,
      status: a.status,
      title: a.title,
      instructions: a.instructions,
      purpose: a.purpose,
      goal: a.goal_id && a.goal_title ? { id: a.goal_id, title: a.goal_title } : null,
      step: a.step_id && a.step_title ? { id: a.step_id, title: a.step_title } : null,
      schedule,
      where: a.place,
      ifThen: a.if_then ? (JSON.parse(a.if_then) as { if: string; then: string }) : null,
      obstacles: JSON.parse(a.obstacles) as Array<{ obstacle: string; copingPlan: string }>,
      resource: a.resource_id && a.resource_title ? { id: a.resource_id, title: a.resource_title } : null,
      dueDate: a.due_date,
      createdBy: { id: a.created_by, name: a.creator_name, role: a.creator_role },
      createdAt: a.created_at,
      updatedAt: a.updated_at,
      version: a.version,
      adherence: { ...result, barriers: result.barriers as Record<string, number> },
      practice: practiceDays(own.filter((c) => c.outcome === 'done').map((c) => c.occurrence_date), today),
    };
  });
}
