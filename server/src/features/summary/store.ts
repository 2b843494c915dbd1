import type { EntryKind } from '@stepwise/domain';
import type { Db } from '../../db/connect.ts';

// The summary and the caseload are read models: they gather from several features' tables
// in a few windowed queries (indexed by client and date), instead of calling each feature's
// full loaders, which read a client's whole history.

export function lastSessionBefore(db: Db, clientId: string, nowIso: string) {
  return db
    .selectFrom('appointments')
    .select(['id', 'starts_at'])
    .where('client_id', '=', clientId)
    .where('status', '=', 'scheduled')
    .where('starts_at', '<', nowIso)
    .orderBy('starts_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Assignments in play during the window (confirmed ones), with check-ins inside it. */
export async function windowAssignments(db: Db, clientId: string, from: string, to: string) {
  const [assignments, checkIns] = await Promise.all([
    db
      .selectFrom('assignments')
      .select(['id', 'title', 'kind', 'schedule', 'status'])
      .where('client_id', '=', clientId)
      .where('status', '!=', 'awaiting_confirmation')
      .where('start_date', '<=', to)
      .where('end_date', '>=', from)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('assignment_check_ins')
      .select(['assignment_id', 'occurrence_date', 'occurrence_time', 'outcome', 'how_it_went', 'helpfulness', 'barrier', 'barrier_note'])
      .where('client_id', '=', clientId)
      .where('occurrence_date', '>=', from)
      .where('occurrence_date', '<=', to)
      .execute(),
  ]);
  return { assignments, checkIns };
}

export async function windowGoals(db: Db, clientId: string) {
  const goals = await db.selectFrom('goals').select(['id', 'title', 'status']).where('client_id', '=', clientId).where('status', 'in', ['active', 'achieved', 'on_hold']).orderBy('created_at').execute();
  const ids = goals.map((g) => g.id);
  if (ids.length === 0) return { goals, steps: [], ratings: [] };
  const [steps, ratings] = await Promise.all([
    db.selectFrom('goal_steps').select(['goal_id', 'done_at']).where('goal_id', 'in', ids).execute(),
    db.selectFrom('gas_ratings').select(['goal_id', 'level', 'rated_at']).where('goal_id', 'in', ids).orderBy('rated_at').execute(),
  ]);
  return { goals, steps, ratings };
}

/** Shared entries of the window (the care team sees only what the client shares). */
export function sharedEntries(db: Db, clientId: string, from: string, to: string, kinds: EntryKind[]) {
  return db
    .selectFrom('entries')
    .select(['id', 'kind', 'local_date', 'data'])
    .where('client_id', '=', clientId)
    .where('local_date', '>=', from)
    .where('local_date', '<=', to)
    .where('kind', 'in', kinds)
    .where('shared', '=', 1)
    .where('deleted_at', 'is', null)
    .orderBy('local_date')
    .execute();
}

export function submittedTotals(db: Db, clientId: string) {
  return db
    .selectFrom('measure_responses')
    .select(['instrument_key', 'instrument_version', 'total', 'score', 'local_date', 'submitted_at'])
    .where('client_id', '=', clientId)
    .where('status', '=', 'submitted')
    .where('instrument_key', 'is not', null)
    .orderBy('submitted_at')
    .execute();
}
