import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../migrate.ts';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // A therapist's own questionnaire; its content lives in versions, never edited in place.
  await db.schema
    .createTable('questionnaires')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('archived_at', t.instant)
    .execute();
  await db.schema
    .createTable('questionnaire_versions')
    .addColumn('questionnaire_id', 'text', (c) => c.notNull().references('questionnaires.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('questionnaire_versions_pk', ['questionnaire_id', 'version'])
    .execute();

  // What a client is asked to answer, and when: a validated instrument (by key) or a custom one.
  await db.schema
    .createTable('measure_schedules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('instrument_key', 'text')
    .addColumn('questionnaire_id', 'text', (c) => c.references('questionnaires.id'))
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('every_weeks', 'integer')
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('ended_at', t.instant)
    .execute();
  await db.schema.createIndex('measure_schedules_client').on('measure_schedules').column('client_id').execute();

  // One row per schedule and due date: a draft while the client answers, then submitted.
  // The form version is fixed when the draft starts, so a resumed draft keeps its items.
  await db.schema
    .createTable('measure_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('schedule_id', 'text', (c) => c.notNull().references('measure_schedules.id'))
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('instrument_key', 'text')
    .addColumn('instrument_version', 'integer')
    .addColumn('questionnaire_id', 'text', (c) => c.references('questionnaires.id'))
    .addColumn('questionnaire_version', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('score', 'text')
    .addColumn('total', 'real')
    .addColumn('started_at', t.instant, (c) => c.notNull())
    .addColumn('submitted_at', t.instant)
    .addColumn('local_date', 'text')
    .addColumn('time_zone', 'text')
    .execute();
  await db.schema.createIndex('measure_responses_due').on('measure_responses').columns(['schedule_id', 'due_date']).unique().execute();
  await db.schema.createIndex('measure_responses_client').on('measure_responses').columns(['client_id', 'submitted_at']).execute();

  await db.schema
    .createTable('safety_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('response_id', 'text', (c) => c.notNull().references('measure_responses.id'))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('item_text', 'text', (c) => c.notNull())
    .addColumn('answer_label', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('acknowledged_at', t.instant)
    .addColumn('acknowledged_by', 'text', (c) => c.references('users.id'))
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('safety_alerts_client').on('safety_alerts').columns(['client_id', 'acknowledged_at']).execute();

  // Every save of a safety plan is a new version; the latest is the plan.
  await db.schema
    .createTable('safety_plan_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('safety_plan_versions_client').on('safety_plan_versions').columns(['client_id', 'version']).unique().execute();

  await db.schema
    .createTable('crisis_instructions')
    .addColumn('therapist_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
}
