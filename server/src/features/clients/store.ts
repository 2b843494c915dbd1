import type { Db } from '../../db/connect.ts';

export function activeClientsOf(db: Db, therapistId: string) {
  return db
    .selectFrom('care_team_links')
    .innerJoin('users', 'users.id', 'care_team_links.client_id')
    .select(['users.id', 'users.name', 'users.email', 'care_team_links.started_at'])
    .where('care_team_links.therapist_id', '=', therapistId)
    .where('care_team_links.ended_at', 'is', null)
    .orderBy('users.name')
    .execute();
}

export function findClient(db: Db, clientId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'time_zone', 'created_at', 'practice_id'])
    .where('id', '=', clientId)
    .where('role', '=', 'client')
    .executeTakeFirst();
}

export function activeCareTeam(db: Db, clientId: string) {
  return db
    .selectFrom('care_team_links')
    .innerJoin('users', 'users.id', 'care_team_links.therapist_id')
    .select(['users.id as therapistId', 'users.name', 'users.email', 'care_team_links.started_at'])
    .where('care_team_links.client_id', '=', clientId)
    .where('care_team_links.ended_at', 'is', null)
    .orderBy('care_team_links.started_at')
    .execute();
}
