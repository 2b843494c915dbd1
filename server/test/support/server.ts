import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp } from '../../src/app.ts';
import type { Clock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { fakePush } from './push.ts';
import { startSmtp, tokenFrom } from './smtp.ts';

export const ORIGIN = 'http://localhost:3000';
export const PASSWORD = 'a calm river at dawn';

/** A clock the test moves by hand. */
export function testClock(start = '2026-11-02T09:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
    set: (iso: string) => {
      t = Date.parse(iso);
    },
  } satisfies Clock & Record<string, unknown>;
}

export type Session = { cookie: string; userId: string; email: string };

/**
 * One app on one fresh database with a real SMTP server, torn down after the file.
 * `as(session)` makes requests the way the browser does: same origin, session cookie.
 */
export async function testServer() {
  const database: TestDatabase = await createTestDatabase();
  const smtp = await startSmtp();
  const clock = testClock();
  const config = loadConfig({ DATA_DIR: '/tmp/stepwise-test-unused', SMTP_URL: smtp.url, PUBLIC_URL: ORIGIN });
  const mailer = createMailer(config, { info: () => {} });
  const logger = process.env.TEST_LOG ? { level: process.env.TEST_LOG } : false;
  // Web push goes to a stand-in (support/push.ts): tests never reach a real push service.
  const push = fakePush();
  const app: FastifyInstance = await buildApp({ config, database: database.handle, mailer, clock, logger, push: push.sender });
  await app.ready();
  afterAll(async () => {
    await app.close();
    mailer.close();
    await smtp.close();
    await database.drop();
  });

  type Req = { method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; url: string; body?: unknown; headers?: Record<string, string> };
  const request = (session: Session | null, r: Req): Promise<LightMyRequestResponse> =>
    app.inject({
      method: r.method,
      url: r.url,
      headers: {
        origin: ORIGIN,
        ...(session ? { cookie: session.cookie } : {}),
        ...(r.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...r.headers,
      },
      ...(r.body !== undefined ? { payload: JSON.stringify(r.body) } : {}),
    });

  const as = (session: Session | null) => ({
    get: (url: string) => request(session, { method: 'GET', url }),
    post: (url: string, body?: unknown) => request(session, { method: 'POST', url, body: body ?? {} }),
    patch: (url: string, body: unknown) => request(session, { method: 'PATCH', url, body }),
    put: (url: string, body: unknown) => request(session, { method: 'PUT', url, body }),
    delete: (url: string) => request(session, { method: 'DELETE', url }),
  });

  const sessionFrom = (res: LightMyRequestResponse): Session => {
    const cookie = res.cookies.find((c) => c.name === 'sw_session');
    if (res.statusCode >= 300 || !cookie) throw new Error(`expected a session, got ${res.statusCode}: ${res.body}`);
    const me = res.json() as { user: { id: string; email: string } };
    return { cookie: `sw_session=${cookie.value}`, userId: me.user.id, email: me.user.email };
  };

  let counter = 0;
  const factories = {
    /** The practice owner: an admin therapist, signed in. */
    async owner(): Promise<Session> {
      return sessionFrom(
        await as(null).post('/api/setup', {
          practiceName: 'Harbour Practice',
          name: 'Dana Owner',
          email: 'owner@example.test',
          password: PASSWORD,
          timeZone: 'Europe/Amsterdam',
        }),
      );
    },
    /** Invites someone by mail and accepts the link from the mail that arrived. */
    async invite(by: Session, role: 'client' | 'therapist', name?: string): Promise<Session> {
      counter += 1;
      const email = `${role}${counter}@example.test`;
      const mark = smtp.mark();
      const res = await as(by).post('/api/invitations', { email, name: name ?? `${role} ${counter}`, role });
      if (res.statusCode !== 201) throw new Error(`invite failed ${res.statusCode}: ${res.body}`);
      const token = tokenFrom(await smtp.latestTo(email, mark));
      return sessionFrom(
        await as(null).post('/api/invitations/accept', {
          token,
          name: name ?? `${role} ${counter}`,
          password: PASSWORD,
          timeZone: 'America/New_York',
          acceptPrivacy: true,
        }),
      );
    },
    async signIn(email: string, password = PASSWORD): Promise<Session> {
      return sessionFrom(await as(null).post('/api/auth/sign-in', { email, password }));
    },
  };

  return { app, db: database.handle.db, database, smtp, push, clock, as, sessionFrom, ...factories };
}
