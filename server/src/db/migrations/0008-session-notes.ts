import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../migrate.ts';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // A therapist's private note about a session with a client. Only the care team reads it;
  // the client never does, so it lives apart from anything the client's routes select.
  await db.schema
    .createTable('session_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('appointment_id', 'text', (c) => c.references('appointments.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_notes_client').on('session_notes').columns(['client_id', 'created_at']).execute();
}
