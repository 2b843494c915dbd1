import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../migrate.ts';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // One thread per client: every message belongs to the client, whoever wrote it. Read
  // status is one instant per side (the team reads as one), so no per-person read table.
  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    // The author's role when writing, so "from the client" never needs a join.
    .addColumn('author_role', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('read_by_client_at', t.instant)
    .addColumn('read_by_team_at', t.instant)
    .execute();
  await db.schema.createIndex('messages_client_created').on('messages').columns(['client_id', 'created_at']).execute();

  // A row only once someone on the team has paused (or resumed) messaging for the client.
  await db.schema
    .createTable('messaging_settings')
    .addColumn('client_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('paused', 'integer', (c) => c.notNull())
    .addColumn('paused_by', 'text', (c) => c.references('users.id'))
    .addColumn('paused_at', t.instant)
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('reply_times')
    .addColumn('therapist_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
}
