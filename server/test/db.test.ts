import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
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
    },
  );
});
