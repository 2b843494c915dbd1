import { type Kysely, sql } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import type { Db, Dialect } from './connect.ts';
import * as m0001 from './migrations/0001-init.ts';
import * as m0002 from './migrations/0002-homework.ts';
import * as m0003 from './migrations/0003-entries.ts';
import * as m0004 from './migrations/0004-measures.ts';
import * as m0005 from './migrations/0005-appointments.ts';
import * as m0006 from './migrations/0006-messages.ts';
import * as m0007 from './migrations/0007-agenda-feedback.ts';
import * as m0008 from './migrations/0008-session-notes.ts';
import * as m0009 from './migrations/0009-notifications.ts';
import * as m0010 from './migrations/0010-calendar-feeds.ts';
import * as m0011 from './migrations/0011-push.ts';
import * as m0012 from './migrations/0012-reminders.ts';
import * as m0013 from './migrations/0013-notification-claims.ts';

/** Column types that differ between the dialects; migrations use these and nothing else dialect-specific. */
export type ColumnTypes = {
  instant: 'timestamptz' | 'text';
  autoId: 'serial' | 'integer';
  blob: 'bytea' | 'blob';
  raw: typeof sql;
};

type StepwiseMigration = { up: (db: Kysely<unknown>, t: ColumnTypes) => Promise<void> };

// Listed by hand (not read from the folder) so the order is explicit and bundlers see every file.
const migrations: Record<string, StepwiseMigration> = {
  '0001-init': m0001,
  '0002-homework': m0002,
  '0003-entries': m0003,
  '0004-measures': m0004,
  '0005-appointments': m0005,
  '0006-messages': m0006,
  '0007-agenda-feedback': m0007,
  '0008-session-notes': m0008,
  '0009-notifications': m0009,
  '0010-calendar-feeds': m0010,
  '0011-push': m0011,
  '0012-reminders': m0012,
  '0013-notification-claims': m0013,
};

function provider(dialect: Dialect): MigrationProvider {
  const t: ColumnTypes = {
    instant: dialect === 'postgres' ? 'timestamptz' : 'text',
    autoId: dialect === 'postgres' ? 'serial' : 'integer',
    blob: dialect === 'postgres' ? 'bytea' : 'blob',
    raw: sql,
  };
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(migrations)) out[name] = { up: (db) => m.up(db, t) };
      return out;
    },
  };
}

/** Brings the schema up to date; safe to run from several instances at once (Kysely takes a lock). */
export async function migrateToLatest(db: Db, dialect: Dialect, schema?: string): Promise<string[]> {
  // Kysely looks for its own tables in every schema unless told which one is ours.
  const migrator = new Migrator({ db, provider: provider(dialect), ...(dialect === 'postgres' ? { migrationTableSchema: schema ?? 'public' } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}


