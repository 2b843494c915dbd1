import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../migrate.ts';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // One row per browser that asked for web push. The endpoint is the push service's URL for
  // that browser, unique across people: a shared device follows whoever turned push on last.
  // p256dh and auth are the browser's keys for encrypting the payload (RFC 8291).
  await db.schema
    .createTable('push_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('endpoint', 'text', (c) => c.notNull().unique())
    .addColumn('p256dh', 'text', (c) => c.notNull())
    .addColumn('auth', 'text', (c) => c.notNull())
    // A short description of the device ("Chrome on Android"), for the person's own eyes.
    .addColumn('label', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('last_success_at', t.instant)
    .addColumn('last_failure_at', t.instant)
    .addColumn('last_failure', 'text')
    .execute();
  await db.schema.createIndex('push_subscriptions_user').on('push_subscriptions').column('user_id').execute();

  // The last permanent rejection (an SMTP 5xx) of a person's address. While it stands (same
  // address, not cleared, email not switched on again since), no notification email goes out.
  await db.schema
    .createTable('email_bounces')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('bounced_at', t.instant, (c) => c.notNull())
    .execute();
}
