import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../migrate.ts';

export async function up(db: Kysely<unknown>, _t: ColumnTypes): Promise<void> {
  // The times a client wants to be asked how they are (JSON array of HH:MM in their zone),
  // and a therapist's daily digest time (null: no digest).
  await db.schema
    .alterTable('notification_preferences')
    .addColumn('check_in_times', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.alterTable('notification_preferences').addColumn('digest_time', 'text').execute();
  // A person's pending reminders are found by their key prefix when their plans change.
  // The planner's round reads every active plan and the check-ins of the last days, for all clients.
  await db.schema.createIndex('assignments_status_end').on('assignments').columns(['status', 'end_date']).execute();
  await db.schema.createIndex('check_ins_date').on('assignment_check_ins').column('occurrence_date').execute();
  await db.schema.createIndex('notifications_user_status').on('notifications').columns(['user_id', 'status', 'kind']).execute();
}
