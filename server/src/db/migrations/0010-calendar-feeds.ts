import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../migrate.ts';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // One secret feed URL per person: creating a new one replaces the old row, so an old link
  // stops working the moment a new one is made. Only the token's SHA-256 is stored.
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    // Kept (not deleted) on revocation so the account page can say when it was stopped.
    .addColumn('revoked_at', t.instant)
    .execute();
}
