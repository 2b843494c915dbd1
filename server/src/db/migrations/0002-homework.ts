import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../migrate.ts';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('why', 'text', (c) => c.notNull())
    .addColumn('specific', 'text', (c) => c.notNull())
    .addColumn('measurable', 'text', (c) => c.notNull())
    // Optional: a tracker whose numbers show progress, and the target in words ("under 3 a day").
    .addColumn('measure_tracker_id', 'text')
    .addColumn('measure_target', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('confidence', 'integer')
    .addColumn('relevant', 'text', (c) => c.notNull())
    .addColumn('target_date', 'text')
    .addColumn('gas_levels', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('achieved_at', t.instant)
    .execute();
  await db.schema.createIndex('goals_client').on('goals').columns(['client_id', 'created_at']).execute();

  await db.schema
    .createTable('goal_proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('goal_id', 'text', (c) => c.notNull().references('goals.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('decided_at', t.instant)
    .execute();
  await db.schema.createIndex('goal_proposals_goal').on('goal_proposals').columns(['goal_id', 'created_at']).execute();

  await db.schema
    .createTable('goal_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('goal_id', 'text', (c) => c.notNull().references('goals.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('done_at', t.instant)
    .addColumn('done_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('goal_steps_goal').on('goal_steps').columns(['goal_id', 'position']).execute();

  await db.schema
    .createTable('gas_ratings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('goal_id', 'text', (c) => c.notNull().references('goals.id'))
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('rated_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('rated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('gas_ratings_goal').on('gas_ratings').columns(['goal_id', 'rated_at']).execute();

  await db.schema
    .createTable('resources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('attachment_name', 'text')
    .addColumn('attachment_mime', 'text')
    .addColumn('attachment_size', 'integer')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('deleted_at', t.instant)
    .execute();
  await db.schema.createIndex('resources_practice').on('resources').columns(['practice_id', 'title']).execute();

  // Attachment bytes live in the database so every instance can serve them.
  await db.schema
    .createTable('resource_files')
    .addColumn('resource_id', 'text', (c) => c.primaryKey().references('resources.id'))
    .addColumn('data', t.blob, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('resource_shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resource_id', 'text', (c) => c.notNull().references('resources.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('shared_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('shared_at', t.instant, (c) => c.notNull())
    .addColumn('seen_at', t.instant)
    .execute();
  await db.schema.createIndex('resource_shares_client').on('resource_shares').columns(['client_id', 'resource_id']).unique().execute();

  await db.schema
    .createTable('assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('instructions', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('goal_id', 'text', (c) => c.references('goals.id'))
    .addColumn('step_id', 'text', (c) => c.references('goal_steps.id'))
    .addColumn('schedule', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('if_then', 'text')
    .addColumn('obstacles', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.references('resources.id'))
    .addColumn('due_date', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('completed_at', t.instant)
    .execute();
  await db.schema.createIndex('assignments_client').on('assignments').columns(['client_id', 'status', 'end_date']).execute();

  await db.schema
    .createTable('assignment_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('assignments.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('changed_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assignment_versions_a').on('assignment_versions').columns(['assignment_id', 'version']).unique().execute();

  await db.schema
    .createTable('assignment_check_ins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('assignments.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('occurrence_date', 'text', (c) => c.notNull())
    .addColumn('occurrence_time', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('how_it_went', 'text', (c) => c.notNull())
    .addColumn('helpfulness', 'integer')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('barrier', 'text')
    .addColumn('barrier_note', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('recorded_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('check_ins_occurrence')
    .on('assignment_check_ins')
    .columns(['assignment_id', 'occurrence_date', 'occurrence_time'])
    .unique()
    .execute();
  await db.schema.createIndex('check_ins_client_date').on('assignment_check_ins').columns(['client_id', 'occurrence_date']).execute();

  await db.schema
    .createTable('assignment_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('assignments.id'))
    .addColumn('reviewer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assignment_reviews_a').on('assignment_reviews').columns(['assignment_id', 'created_at']).execute();

  await db.schema
    .createTable('encouragements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('from_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('target_title', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('seen_at', t.instant)
    .execute();
  await db.schema.createIndex('encouragements_client').on('encouragements').columns(['client_id', 'created_at']).execute();
}
