import type { Db } from '../../db/connect.ts';

/** Goals of one client, or one goal, with everything the view shows, in four queries. */
export async function loadGoals(db: Db, filter: { clientId?: string; goalId?: string }) {
  let q = db
    .selectFrom('goals')
    .innerJoin('users as creator', 'creator.id', 'goals.created_by')
    .leftJoin('trackers', 'trackers.id', 'goals.measure_tracker_id')
    .selectAll('goals')
    .select(['creator.name as creator_name', 'creator.role as creator_role', 'trackers.name as tracker_name']);
  if (filter.clientId) q = q.where('goals.client_id', '=', filter.clientId);
  if (filter.goalId) q = q.where('goals.id', '=', filter.goalId);
  const goals = await q.orderBy('goals.created_at', 'desc').execute();
  const ids = goals.map((g) => g.id);
  if (ids.length === 0) return { goals, steps: [], ratings: [], proposals: [] };
  const [steps, ratings, proposals] = await Promise.all([
    db.selectFrom('goal_steps').selectAll().where('goal_id', 'in', ids).orderBy('position').execute(),
    db
      .selectFrom('gas_ratings')
      .innerJoin('users', 'users.id', 'gas_ratings.rated_by')
      .selectAll('gas_ratings')
      .select(['users.name as rater_name', 'users.role as rater_role'])
      .where('goal_id', 'in', ids)
      .orderBy('rated_at')
      .execute(),
    db
      .selectFrom('goal_proposals as p')
      .innerJoin('users as by', 'by.id', 'p.proposed_by')
      .leftJoin('users as dec', 'dec.id', 'p.decided_by')
      .selectAll('p')
      .select(['by.name as by_name', 'by.role as by_role', 'dec.name as dec_name', 'dec.role as dec_role'])
      .where('p.goal_id', 'in', ids)
      .orderBy('p.created_at')
      .execute(),
  ]);
  return { goals, steps, ratings, proposals };
}
export type LoadedGoals = Awaited<ReturnType<typeof loadGoals>>;

export function findGoal(db: Db, goalId: string) {
  return db.selectFrom('goals').selectAll().where('id', '=', goalId).executeTakeFirst();
}

export function findOpenProposal(db: Db, goalId: string) {
  return db
    .selectFrom('goal_proposals as p')
    .innerJoin('users', 'users.id', 'p.proposed_by')
    .selectAll('p')
    .select('users.role as proposer_role')
    .where('p.goal_id', '=', goalId)
    .where('p.status', '=', 'open')
    .executeTakeFirst();
}
