import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../migrate.ts';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // Every notification is a row before it is sent, so a restart or a crash loses none and
  // any instance can send it. The row is also the in-app item once it has been delivered.
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due_at', t.instant, (c) => c.notNull())
    // The lateness rule: past this instant the notification is no longer useful and is dropped.
    .addColumn('drop_after', t.instant)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // Shown only to a person who allowed clinical content in notifications.
    .addColumn('clinical_body', 'text')
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', t.instant, (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_until', t.instant)
    // When it reached the in-app list (first delivery); null while pending or held.
    .addColumn('delivered_at', t.instant)
    .addColumn('sent_at', t.instant)
    .addColumn('channels', 'text', (c) => c.notNull().defaultTo('{}'))
    // Why it was dropped or failed, or the last transient error.
    .addColumn('reason', 'text')
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('read_at', t.instant)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notifications_due').on('notifications').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'delivered_at']).execute();

  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('email', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('quiet_hours_start', 'text')
    .addColumn('quiet_hours_end', 'text')
    .addColumn('show_clinical_content', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
}
