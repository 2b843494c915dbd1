import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connect, type DatabaseHandle } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

export const testDialect = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

export type TestDatabase = {
  handle: DatabaseHandle;
  /** Opens a second, independent connection to the same data (for "another instance" tests). */
  reopen: () => DatabaseHandle;
  drop: () => Promise<void>;
};

/** A fresh, migrated database of its own: a temp SQLite file, or a new PostgreSQL schema. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDialect === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
    const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const open = () => connect({ kind: 'postgres', url, schema, poolSize: 5 });
    const handle = open();
    await migrateToLatest(handle.db, handle.dialect, handle.schema);
    return {
      handle,
      reopen: open,
      drop: async () => {
        await handle.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop schema ${schema} cascade`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-test-'));
  const file = path.join(dir, 'test.db');
  const handle = connect({ kind: 'sqlite', file });
  await migrateToLatest(handle.db, handle.dialect, handle.schema);
  return {
    handle,
    reopen: () => connect({ kind: 'sqlite', file }),
    drop: async () => {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
