import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../migrate.ts';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // "For my next session": items the client (or the care team) brings to the next session.
  // Kept after discussion so both sides can see what was covered; the client's own removal of
  // an undiscussed item is a soft delete. source_entry_id has no foreign key on purpose:
  // entries are soft-deleted too, and the item's text stands on its own.
  await db.schema
    .createTable('agenda_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source_entry_id', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('discussed_at', t.instant)
    .addColumn('discussed_by', 'text', (c) => c.references('users.id'))
    .addColumn('deleted_at', t.instant)
    .execute();
  await db.schema.createIndex('agenda_items_client_created').on('agenda_items').columns(['client_id', 'created_at']).execute();

  // One answer per session: the unique appointment_id makes a second answer (or a race) a conflict.
  await db.schema
    .createTable('session_feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('appointment_id', 'text', (c) => c.notNull().unique().references('appointments.id'))
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('helped', 'text', (c) => c.notNull())
    .addColumn('did_not_help', 'text', (c) => c.notNull())
    .addColumn('do_differently', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_feedback_client').on('session_feedback').columns(['client_id', 'created_at']).execute();
}
