import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { loadConfig } from '../src/config.ts';
import { createMailer } from '../src/mail/mailer.ts';
import { testDialect } from './support/db.ts';
import { ORIGIN, testServer } from './support/server.ts';

const t = await testServer();

describe('a second instance', () => {
  it(
    testDialect === 'sqlite'
      ? 'is refused the embedded database with a clear message'
      : 'on the same PostgreSQL serves the same data and sessions',
    async () => {
      const owner = await t.owner();
      if (testDialect === 'sqlite') {
        const out = execFileSync(process.execPath, [path.join(import.meta.dirname, 'support/open-db.ts'), t.database.handle.location], {
          encoding: 'utf8',
        });
        expect(out).toMatch(/^REFUSED The embedded database .* is already in use by another Stepwise process/);
        expect(out).toMatch(/use PostgreSQL/);
        return;
      }
      const second = t.database.reopen();
      const config = loadConfig({ DATA_DIR: '/tmp/stepwise-test-unused', PUBLIC_URL: ORIGIN });
      const app2 = await buildApp({ config, database: second, mailer: createMailer(config, { info: () => {} }), clock: t.clock, logger: false });
      try {
        const me = await app2.inject({ method: 'GET', url: '/api/me', headers: { cookie: owner.cookie } });
        expect(me.statusCode).toBe(200);
        const invited = await app2.inject({
          method: 'POST',
          url: '/api/invitations',
          headers: { cookie: owner.cookie, origin: ORIGIN, 'content-type': 'application/json' },
          payload: JSON.stringify({ email: 'both@example.test', name: 'Both', role: 'client' }),
        });
        expect(invited.statusCode).toBe(201);
        const list = (await t.as(owner).get('/api/invitations')).json().invitations;
        expect(list.map((i: { email: string }) => i.email)).toContain('both@example.test');
        expect((await app2.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: owner.cookie, origin: ORIGIN } })).statusCode).toBe(200);
        expect((await t.as(owner).get('/api/me')).statusCode).toBe(401);
      } finally {
        await app2.close();
        await second.close();
      }
      // A fresh schema in a database where other schemas already hold Stepwise's tables
      // gets its own tables: the migrator must not mistake another schema's for ours.
      const url = process.env.TEST_DATABASE_URL ?? '';
      const schema = `t_fresh_${process.pid}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
      const fresh = connect({ kind: 'postgres', url, schema });
      try {
        expect(await migrateToLatest(fresh.db, 'postgres', schema)).toContain('0001-init');
        const tables = await admin.query(`select count(*)::int as n from information_schema.tables where table_schema = '${schema}' and table_name in ('users', 'kysely_migration', 'kysely_migration_lock')`);
        expect(tables.rows[0].n).toBe(3);
      } finally {
        await fresh.close();
        await admin.query(`drop schema ${schema} cascade`);
        await admin.end();
      }
    },
  );
});
