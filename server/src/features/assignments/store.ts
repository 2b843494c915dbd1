import type { Db } from '../../db/connect.ts';

/** Assignments with their creator, goal, step and resource names, plus their check-ins. */
export async function loadAssignments(db: Db, filter: { clientId?: string; assignmentId?: string; status?: string; activeOn?: string }) {
  let q = db
    .selectFrom('assignments as a')
    .innerJoin('users as creator', 'creator.id', 'a.created_by')
    .leftJoin('goals as g', 'g.id', 'a.goal_id')
    .leftJoin('goal_steps as s', 's.id', 'a.step_id')
    .leftJoin('resources as r', 'r.id', 'a.resource_id')
    .selectAll('a')
    .select(['creator.name as creator_name', 'creator.role as creator_role', 'g.title as goal_title', 's.title as step_title', 'r.title as resource_title']);
  if (filter.clientId) q = q.where('a.client_id', '=', filter.clientId);
  if (filter.assignmentId) q = q.where('a.id', '=', filter.assignmentId);
  if (filter.status) q = q.where('a.status', '=', filter.status as 'active');
  if (filter.activeOn) q = q.where('a.start_date', '<=', filter.activeOn).where('a.end_date', '>=', filter.activeOn);
  const assignments = await q.orderBy('a.created_at', 'desc').execute();
  const ids = assignments.map((a) => a.id);
  const checkIns =
    ids.length === 0
      ? []
      : await db.selectFrom('assignment_check_ins').selectAll().where('assignment_id', 'in', ids).orderBy('occurrence_date').orderBy('occurrence_time').execute();
  return { assignments, checkIns };
}
export type LoadedAssignments = Awaited<ReturnType<typeof loadAssignments>>;
export type AssignmentRow = LoadedAssignments['assignments'][number];

export function findAssignment(db: Db, id: string) {
  return db.selectFrom('assignments').selectAll().where('id', '=', id).executeTakeFirst();
}

export function clientTimeZone(db: Db, clientId: string) {
  return db.selectFrom('users').select('time_zone').where('id', '=', clientId).executeTakeFirstOrThrow();
}
