import { describe, expect, it } from 'vitest';
import { commonPasswords } from '../src/auth/passwords.ts';
import { DAY, HOUR, MINUTE } from '../src/clock.ts';
import { tokenFrom } from './support/smtp.ts';
import { PASSWORD, testServer } from './support/server.ts';

const t = await testServer();

describe('setup', () => {
  it('is needed only until the practice exists, then refuses', async () => {
    expect((await t.as(null).get('/api/setup')).json()).toEqual({ needed: true });
    const owner = await t.owner();
    const me = (await t.as(owner).get('/api/me')).json();
    expect(me.user).toMatchObject({ role: 'therapist', isAdmin: true, name: 'Dana Owner', email: 'owner@example.test' });
    expect(me.practice.name).toBe('Harbour Practice');
    expect((await t.as(null).get('/api/setup')).json()).toEqual({ needed: false });
    const again = await t.as(null).post('/api/setup', {
      practiceName: 'Other',
      name: 'Eve',
      email: 'eve@example.test',
      password: PASSWORD,
      timeZone: 'UTC',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('setup_done');
  });
});

describe('passwords', () => {
  it('stores argon2id with m=19456, t=2, p=1', async () => {
    const row = await t.db.selectFrom('users').select('password_hash').where('email', '=', 'owner@example.test').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('checks against a bundled list of at least 10,000 common passwords', async () => {
    const list = await commonPasswords();
    expect(list.size).toBeGreaterThanOrEqual(10_000);
    expect(list.has('password123')).toBe(true);
  });

  it('rejects short, long and common passwords, with no composition rules', async () => {
    const owner = await t.signIn('owner@example.test');
    const change = (newPassword: string) => t.as(owner).post('/api/account/password', { currentPassword: PASSWORD, newPassword });
    const short = await change('short pass1');
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields.newPassword).toMatch(/at least 12/);
    expect((await change('x'.repeat(129))).json().error.fields.newPassword).toMatch(/at most 128/);
    const common = await change('qwertyuiop123');
    expect(common.statusCode).toBe(400);
    expect(common.json().error.code).toBe('password_too_common');
    expect((await change('owner@example.test')).json().error.code).toBe('password_too_common');
    // all lower-case letters and spaces is fine: length is what counts
    const fine = await change('lanterns over quiet water');
    expect(fine.body).toBe('{"ok":true}');
    const back = await t.as(owner).post('/api/account/password', { currentPassword: 'lanterns over quiet water', newPassword: PASSWORD });
    expect(back.statusCode).toBe(200);
  });
});

describe('sign in', () => {
  it('answers the same for a wrong password and an unknown email', async () => {
    const wrong = await t.as(null).post('/api/auth/sign-in', { email: 'owner@example.test', password: 'not the password' });
    const unknown = await t.as(null).post('/api/auth/sign-in', { email: 'nobody@example.test', password: 'not the password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const res = await t.as(null).post('/api/auth/sign-in', { email: 'OWNER@example.test ', password: PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'sw_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy(); // served over http in tests; Secure when PUBLIC_URL is https
    const row = await t.db.selectFrom('sessions').select('token_hash').execute();
    expect(row.map((r) => r.token_hash)).not.toContain(cookie?.value);
  });

  it('throttles an account after 10 failures in 15 minutes, the same for unknown emails', async () => {
    for (const email of ['client-x@example.test', 'owner@example.test']) {
      for (let i = 0; i < 10; i += 1) {
        const res = await t.as(null).post('/api/auth/sign-in', { email, password: `wrong password ${i}` });
        expect(res.statusCode).toBe(401);
      }
      const locked = await t.as(null).post('/api/auth/sign-in', { email, password: PASSWORD });
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error.code).toBe('too_many_attempts');
    }
    t.clock.advance(16 * MINUTE);
    expect((await t.as(null).post('/api/auth/sign-in', { email: 'owner@example.test', password: PASSWORD })).statusCode).toBe(200);
  });

  it('throttles an address after 50 failures across accounts', async () => {
    t.clock.advance(31 * MINUTE);
    for (let i = 0; i < 50; i += 1) {
      const res = await t.as(null).post('/api/auth/sign-in', { email: `spray${i}@example.test`, password: 'wrong password' });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await t.as(null).post('/api/auth/sign-in', { email: 'owner@example.test', password: PASSWORD });
    expect(blocked.statusCode).toBe(429);
    t.clock.advance(16 * MINUTE);
  });
});

describe('sessions', () => {
  it('ends a therapist session after 30 idle minutes and at 12 hours regardless of use', async () => {
    const owner = await t.signIn('owner@example.test');
    t.clock.advance(29 * MINUTE);
    expect((await t.as(owner).get('/api/me')).statusCode).toBe(200);
    t.clock.advance(29 * MINUTE);
    expect((await t.as(owner).get('/api/me')).statusCode).toBe(200);
    t.clock.advance(31 * MINUTE);
    expect((await t.as(owner).get('/api/me')).statusCode).toBe(401);

    const busy = await t.signIn('owner@example.test');
    for (let h = 0; h < 12 * 4; h += 1) {
      t.clock.advance(15 * MINUTE);
      const res = await t.as(busy).get('/api/me');
      if (h < 12 * 4 - 1) expect(res.statusCode).toBe(200);
      else expect(res.statusCode).toBe(401);
    }
  });

  it('keeps a client signed in for 30 days, renewed by use', async () => {
    const owner = await t.signIn('owner@example.test');
    const client = await t.invite(owner, 'client');
    t.clock.advance(29 * DAY);
    const res = await t.as(client).get('/api/me');
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'sw_session')?.expires?.getTime()).toBeGreaterThan(t.clock.now().getTime() + 29 * DAY);
    t.clock.advance(29 * DAY);
    expect((await t.as(client).get('/api/me')).statusCode).toBe(200);
    t.clock.advance(31 * DAY);
    expect((await t.as(client).get('/api/me')).statusCode).toBe(401);
  });

  it('signs out one device, or all of them', async () => {
    const a = await t.signIn('owner@example.test');
    const b = await t.signIn('owner@example.test');
    const c = await t.signIn('owner@example.test');
    expect((await t.as(a).post('/api/auth/sign-out')).statusCode).toBe(200);
    expect((await t.as(a).get('/api/me')).statusCode).toBe(401);
    expect((await t.as(b).get('/api/me')).statusCode).toBe(200);
    expect((await t.as(b).post('/api/auth/sign-out-all')).statusCode).toBe(200);
    expect((await t.as(b).get('/api/me')).statusCode).toBe(401);
    expect((await t.as(c).get('/api/me')).statusCode).toBe(401);
  });

  it('ends other sessions when the password changes', async () => {
    const a = await t.signIn('owner@example.test');
    const b = await t.signIn('owner@example.test');
    const res = await t.as(a).post('/api/account/password', { currentPassword: 'wrong one', newPassword: 'a brand new passphrase' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.currentPassword).toBeDefined();
    expect((await t.as(a).post('/api/account/password', { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' })).statusCode).toBe(200);
    expect((await t.as(a).get('/api/me')).statusCode).toBe(200);
    expect((await t.as(b).get('/api/me')).statusCode).toBe(401);
    expect((await t.as(a).post('/api/account/password', { currentPassword: 'a brand new passphrase', newPassword: PASSWORD })).statusCode).toBe(200);
  });
});

describe('password reset', () => {
  it('mails a single-use link that works for 30 minutes and ends every session', async () => {
    const before = await t.signIn('owner@example.test');
    let mark = t.smtp.mark();
    const res = await t.as(null).post('/api/auth/password-reset/request', { email: 'owner@example.test' });
    expect(res.statusCode).toBe(202);
    const token = tokenFrom(await t.smtp.latestTo('owner@example.test', mark));
    const stored = await t.db.selectFrom('password_resets').select('token_hash').execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(token);

    const done = await t.as(null).post('/api/auth/password-reset/complete', { token, password: 'fresh tea in the garden' });
    expect(done.statusCode).toBe(200);
    expect((await t.as(before).get('/api/me')).statusCode).toBe(401);
    const reused = await t.as(null).post('/api/auth/password-reset/complete', { token, password: 'another new passphrase' });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe('token_invalid');
    await t.signIn('owner@example.test', 'fresh tea in the garden');

    mark = t.smtp.mark();
    await t.as(null).post('/api/auth/password-reset/request', { email: 'owner@example.test' });
    const late = tokenFrom(await t.smtp.latestTo('owner@example.test', mark));
    expect(late).not.toBe(token);
    t.clock.advance(31 * MINUTE);
    expect((await t.as(null).post('/api/auth/password-reset/complete', { token: late, password: PASSWORD })).statusCode).toBe(400);

    mark = t.smtp.mark();
    await t.as(null).post('/api/auth/password-reset/request', { email: 'owner@example.test' });
    const fresh = tokenFrom(await t.smtp.latestTo('owner@example.test', mark));
    expect((await t.as(null).post('/api/auth/password-reset/complete', { token: fresh, password: PASSWORD })).statusCode).toBe(200);
  });

  it('answers the same for an email with no account, and sends nothing', async () => {
    const count = t.smtp.mails.length;
    const res = await t.as(null).post('/api/auth/password-reset/request', { email: 'nobody@example.test' });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ ok: true });
    await new Promise((r) => setTimeout(r, 200));
    expect(t.smtp.mails.length).toBe(count);
  });
});

describe('account', () => {
  it('updates name and time zone, and rejects an unknown zone', async () => {
    const owner = await t.signIn('owner@example.test');
    const bad = await t.as(owner).patch('/api/account', { timeZone: 'Mars/Olympus' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.timeZone).toMatch(/IANA/);
    const ok = await t.as(owner).patch('/api/account', { name: 'Dana O.', timeZone: 'Europe/London' });
    expect(ok.json().user).toMatchObject({ name: 'Dana O.', timeZone: 'Europe/London' });
  });
});

void HOUR;
