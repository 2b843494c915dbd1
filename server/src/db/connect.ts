import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, SqliteQueryCompiler } from 'kysely';
import pg from 'pg';
import type { Database } from './types.ts';

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';

export type DatabaseHandle = {
  db: Db;
  dialect: Dialect;
  /** Where the data lives, for messages: a file path or the PostgreSQL URL without its password. */
  location: string;
  /** PostgreSQL: the schema the tables live in. */
  schema?: string;
  close: () => Promise<void>;
};

export type ConnectOptions =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; schema?: string; poolSize?: number };

/** Thrown when the embedded database is already held by another process. */
export class DatabaseInUseError extends Error {}

export function connect(options: ConnectOptions): DatabaseHandle {
  return options.kind === 'sqlite' ? connectSqlite(options.file) : connectPostgres(options);
}

function connectSqlite(file: string): DatabaseHandle {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file, { timeout: 0 });
  try {
    // EXCLUSIVE locking, set before WAL, keeps the file locked for as long as this process
    // has it open; the OS drops the lock if the process dies, so there is no stale lock file.
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.pragma('journal_mode = WAL');
    sqlite.exec('BEGIN EXCLUSIVE; COMMIT;');
  } catch (error) {
    sqlite.close();
    if (error instanceof Error && /locked|busy/i.test(error.message)) {
      throw new DatabaseInUseError(
        `The embedded database ${file} is already in use by another Stepwise process. ` +
          'Stop that process first; to run several instances, use PostgreSQL (set DATABASE_URL).',
      );
    }
    throw error;
  }
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new PlanStableSqliteDialect({ database: cachingStatements(sqlite) }) });
  return {
    db,
    dialect: 'sqlite',
    location: file,
    close: () => db.destroy(),
  };
}

/**
 * Parameters are written `+?` instead of `?`. SQLite's planner peeks at a bound value when a
 * query needs its full planner (a join, an ORDER BY, a choice of indexes) and marks the
 * statement to be re-planned when that value changes; better-sqlite3 clears the bindings after
 * every run, which SQLite counts as such a change. So every such statement was compiled again
 * on every run (a two-table session lookup: 16 µs instead of 1 µs). The unary plus is a no-op
 * on the value and keeps index use, but the planner no longer looks through it: plans depend
 * on the SQL text alone, like SQLite's query planner stability guarantee (QPSG), and a cached
 * statement stays compiled.
 */
class PlanStableSqliteCompiler extends SqliteQueryCompiler {
  protected override getCurrentParameterPlaceholder(): string {
    return '+?';
  }
}

class PlanStableSqliteDialect extends SqliteDialect {
  override createQueryCompiler(): SqliteQueryCompiler {
    return new PlanStableSqliteCompiler();
  }
}

/**
 * Kysely asks better-sqlite3 to prepare every query anew; preparing is a large share of a
 * small query's cost. Statements are reusable, so keep the most recent ones by SQL text.
 */
function cachingStatements(sqlite: SqliteDatabase.Database, max = 500) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql);
      } else {
        stmt = sqlite.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value ?? '');
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}

function connectPostgres(options: { url: string; schema?: string; poolSize?: number }): DatabaseHandle {
  // Per-pool type parsers keep values identical to SQLite's: instants as ISO strings,
  // 64-bit counts as numbers. Nothing global is changed.
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === 1184 || oid === 1114) return (v: string) => new Date(v.length === 19 ? `${v}Z` : v).toISOString();
      if (oid === 20) return (v: string) => Number(v);
      return pg.types.getTypeParser(oid, format);
    },
  };
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    types,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const location = options.url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return { db, dialect: 'postgres', location, schema: options.schema ?? 'public', close: () => db.destroy() };
}

/** Runs `fn` in a transaction, joining the caller's if `db` already is one. */
export function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
