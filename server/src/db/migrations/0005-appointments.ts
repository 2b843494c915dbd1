import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../migrate.ts';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // One row per session; a recurring booking makes a series of rows sharing series_id,
  // so one session can be moved or cancelled without touching the others.
  await db.schema
    .createTable('appointments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('therapist_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('series_id', 'text')
    .addColumn('starts_at', t.instant, (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('video_link', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('appointments_client_start').on('appointments').columns(['client_id', 'starts_at']).execute();
  await db.schema.createIndex('appointments_therapist_start').on('appointments').columns(['therapist_id', 'starts_at']).execute();
}
