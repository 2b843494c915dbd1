import type { Db } from '../db/connect.ts';

/** True while the therapist has an active (not ended) care-team link with the client. */
export async function hasActiveLink(db: Db, therapistId: string, clientId: string): Promise<boolean> {
  const row = await db
    .selectFrom('care_team_links')
    .select('id')
    .where('therapist_id', '=', therapistId)
    .where('client_id', '=', clientId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
