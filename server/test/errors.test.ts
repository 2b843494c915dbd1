import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { tokenFrom } from './support/smtp.ts';
import { ORIGIN, PASSWORD, testServer, type Session } from './support/server.ts';

const t = await testServer();

// The owner is made once, lazily, so the first tests can still see an empty database.
let ownerSession: Promise<Session> | undefined;
const owner = () => (ownerSession ??= t.owner());

type Raw = { method: 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: string; headers?: Record<string, string> };

/** A request with exactly the headers given: nothing added, so CSRF and content-type cases are real. */
const raw = (r: Raw): Promise<LightMyRequestResponse> =>
  t.app.inject({ method: r.method, url: r.url, headers: r.headers ?? {}, ...(r.payload !== undefined ? { payload: r.payload } : {}) });

const json = { origin: ORIGIN, 'content-type': 'application/json' };

/** No stack frames, file paths or dependency names in what a client gets to read. */
function expectNoStack(res: LightMyRequestResponse): void {
  expect(res.body).not.toMatch(/^\s*at\s/m);
  expect(res.body).not.toMatch(/\bat \S+ \(/);
  expect(res.body).not.toContain('node_modules');
  expect(res.body).not.toContain('.ts:');
  expect(res.body).not.toMatch(/\bstack\b/i);
}

/** Asserts the one error shape `{ error: { code, message, fields? } }` and returns its fields. */
function expectError(res: LightMyRequestResponse, status: number, code: string): Record<string, string> {
  expectNoStack(res);
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body: unknown = res.json();
  expect(body).toBeTypeOf('object');
  expect(Object.keys(body as object)).toEqual(['error']);
  const error = (body as { error: Record<string, unknown> }).error;
  expect(Object.keys(error).filter((k) => !['code', 'message', 'fields'].includes(k))).toEqual([]);
  expect(error.code).toBe(code);
  expect(error.message).toBeTypeOf('string');
  expect((error.message as string).length).toBeGreaterThan(0);
  if (error.fields === undefined) return {};
  expect(error.fields).toBeTypeOf('object');
  for (const value of Object.values(error.fields as object)) expect(value).toBeTypeOf('string');
  return error.fields as Record<string, string>;
}

const count = async (table: 'practices' | 'users' | 'invitations') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

const setupBody = {
  practiceName: 'Harbour Practice',
  name: 'Dana Owner',
  email: 'owner@example.test',
  password: PASSWORD,
  timeZone: 'Europe/Amsterdam',
};

describe('nothing half-written', () => {
  // Must run first: it needs a database in which setup has not happened yet.
  it('a setup request that fails creates no practice and no user', async () => {
    expect(await count('practices')).toBe(0);
    expect(await count('users')).toBe(0);
    const invalid = await t.as(null).post('/api/setup', { ...setupBody, name: 'n'.repeat(101) });
    expect(expectError(invalid, 400, 'validation_failed').name).toMatch(/at most 100/);
    const badZone = await t.as(null).post('/api/setup', { ...setupBody, timeZone: 'Mars/Olympus' });
    expect(expectError(badZone, 400, 'validation_failed').timeZone).toBeDefined();
    const common = await t.as(null).post('/api/setup', { ...setupBody, password: 'password1234' });
    expect(expectError(common, 400, 'password_too_common').password).toBeDefined();
    expect(await count('practices')).toBe(0);
    expect(await count('users')).toBe(0);
    expect((await t.as(null).get('/api/setup')).json()).toEqual({ needed: true });
    await owner();
    expect(await count('practices')).toBe(1);
    expect(await count('users')).toBe(1);
  });

  it('an invitation accept with a too-common password creates no user and leaves the link usable', async () => {
    const email = 'half-written@example.test';
    const mark = t.smtp.mark();
    expect((await t.as(await owner()).post('/api/invitations', { email, name: 'Hal Written', role: 'client' })).statusCode).toBe(201);
    const token = tokenFrom(await t.smtp.latestTo(email, mark));
    const users = await count('users');
    const accept = (password: string) =>
      t.as(null).post('/api/invitations/accept', { token, name: 'Hal Written', password, timeZone: 'UTC', acceptPrivacy: true });

    const common = await accept('password1234');
    expect(expectError(common, 400, 'password_too_common').password).toBeDefined();
    expect(common.cookies.find((c) => c.name === 'sw_session')).toBeUndefined();
    expect(await count('users')).toBe(users);
    expect(await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()).toBeUndefined();
    const stored = await t.db.selectFrom('invitations').select(['accepted_at', 'revoked_at']).where('email', '=', email).executeTakeFirstOrThrow();
    expect(stored).toEqual({ accepted_at: null, revoked_at: null });
    expect((await t.as(null).post('/api/invitations/preview', { token })).statusCode).toBe(200);

    const good = await accept('lanterns over quiet water');
    expect(good.statusCode, good.body).toBe(200);
    expect(t.sessionFrom(good).email).toBe(email);
    expect(await count('users')).toBe(users + 1);
  });
});

describe('bad requests', () => {
  it('answers malformed JSON with 400 malformed_json', async () => {
    const res = await raw({ method: 'POST', url: '/api/auth/sign-in', headers: json, payload: '{"email": "a@example.test", "password":' });
    expectError(res, 400, 'malformed_json');
  });

  it('answers wrong types with 400 validation_failed naming the field', async () => {
    const res = await t.as(null).post('/api/auth/sign-in', { email: 5, password: PASSWORD });
    expect(expectError(res, 400, 'validation_failed').email).toBeDefined();
    const missing = await t.as(null).post('/api/auth/sign-in', { password: PASSWORD });
    expect(expectError(missing, 400, 'validation_failed').email).toMatch(/required/);
  });

  it('answers unknown fields with 400 naming the unknown key', async () => {
    const res = await t.as(null).post('/api/auth/sign-in', { email: 'owner@example.test', password: PASSWORD, isAdmin: true });
    const fields = expectError(res, 400, 'validation_failed');
    expect(Object.keys(fields)).toContain('isAdmin');
    const patch = await t.as(await owner()).patch('/api/account', { role: 'client' });
    expect(Object.keys(expectError(patch, 400, 'validation_failed'))).toContain('role');
  });

  it('answers over-long strings with 400 naming the field', async () => {
    const as = t.as(await owner());
    const longName = await as.post('/api/invitations', { email: 'long@example.test', name: 'n'.repeat(101), role: 'client' });
    expect(expectError(longName, 400, 'validation_failed').name).toMatch(/at most 100/);
    const longEmail = await as.post('/api/invitations', { email: `${'e'.repeat(288)}@example.test`, name: 'Long Email', role: 'client' });
    expect(expectError(longEmail, 400, 'validation_failed').email).toMatch(/at most 254/);
    const renamed = await as.patch('/api/account', { name: 'n'.repeat(101) });
    expect(expectError(renamed, 400, 'validation_failed').name).toMatch(/at most 100/);
    const reset = await t.as(null).post('/api/auth/password-reset/request', { email: `${'e'.repeat(288)}@example.test` });
    expect(expectError(reset, 400, 'validation_failed').email).toBeDefined();
  });

  it('answers a body over 100 KB with 413 body_too_large', async () => {
    const payload = JSON.stringify({ email: 'owner@example.test', password: 'p'.repeat(101 * 1024) });
    const res = await raw({ method: 'POST', url: '/api/auth/sign-in', headers: json, payload });
    expectError(res, 413, 'body_too_large');
  });

  it('answers a body that is not JSON with 415', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x']) {
      const res = await raw({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { origin: ORIGIN, 'content-type': type },
        payload: 'email=owner%40example.test&password=x',
      });
      expectError(res, 415, 'unsupported_media_type');
    }
  });

  it('answers a text/plain body with 415 too: the API takes JSON only', async () => {
    const res = await raw({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { origin: ORIGIN, 'content-type': 'text/plain' },
      payload: JSON.stringify({ email: 'owner@example.test', password: PASSWORD }),
    });
    expectError(res, 415, 'unsupported_media_type');
  });
});

describe('cross-site requests', () => {
  const body = JSON.stringify({ email: 'owner@example.test', password: PASSWORD });

  it('refuses a POST with neither Origin nor Sec-Fetch-Site', async () => {
    const res = await raw({ method: 'POST', url: '/api/auth/sign-in', headers: { 'content-type': 'application/json' }, payload: body });
    expectError(res, 403, 'csrf_rejected');
    expect(res.cookies.find((c) => c.name === 'sw_session')).toBeUndefined();
  });

  it('refuses a POST from a foreign Origin, even with a session', async () => {
    const session = await owner();
    const res = await raw({
      method: 'POST',
      url: '/api/auth/sign-out-all',
      headers: { origin: 'https://evil.example', cookie: session.cookie, 'content-type': 'application/json' },
      payload: '{}',
    });
    expectError(res, 403, 'csrf_rejected');
    expect((await t.as(session).get('/api/me')).statusCode).toBe(200);
    const cross = await raw({
      method: 'PATCH',
      url: '/api/account',
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', cookie: session.cookie, 'content-type': 'application/json' },
      payload: '{"name":"Mallory"}',
    });
    expectError(cross, 403, 'csrf_rejected');
  });

  it('accepts a same-origin POST that has only Sec-Fetch-Site', async () => {
    const res = await raw({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('unknown routes', () => {
  it('answers an unknown /api GET with 404 JSON not_found', async () => {
    expectError(await t.as(null).get('/api/no-such-thing?x=1'), 404, 'not_found');
    expectError(await t.as(null).get('/api'), 404, 'not_found');
    expect((await raw({ method: 'HEAD', url: '/api/no-such-thing' })).statusCode).toBe(404);
  });

  it('answers an unknown /api route with 404 JSON not_found for state-changing methods too', async () => {
    for (const method of ['POST', 'PATCH', 'DELETE'] as const) {
      const res = await raw({ method, url: '/api/no-such-thing', headers: json, payload: '{}' });
      expectError(res, 404, 'not_found');
    }
    expectError(await t.as(await owner()).post('/api/clients/nobody/no-such-thing'), 404, 'not_found');
  });
});

describe('security headers', () => {
  const check = (res: LightMyRequestResponse) => {
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toMatch(/^(DENY|SAMEORIGIN)$/);
  };

  it('are on API answers, error answers and the web app', async () => {
    check(await t.as(null).get('/api/health'));
    check(await t.as(await owner()).get('/api/me'));
    check(await t.as(null).get('/api/me'));
    check(await t.as(null).get('/api/no-such-thing'));
    const page = await t.as(null).get('/');
    expect([200, 503]).toContain(page.statusCode); // 503 while the web app is not built
    check(page);
    expectNoStack(page);
  });
});
