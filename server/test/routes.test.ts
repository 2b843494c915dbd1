import fs from 'node:fs';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { WEB_DIST } from '../src/http/web.ts';
import { tokenFrom } from './support/smtp.ts';
import { ORIGIN, PASSWORD, testServer, type Session } from './support/server.ts';

const t = await testServer();

// The people of one practice. "The client" is on therapist A's care team; "another client"
// on therapist B's. The owner is an admin on neither care team.
const owner = await t.owner();
const therapistA = await t.invite(owner, 'therapist');
const therapistB = await t.invite(owner, 'therapist');
const client = await t.invite(therapistA, 'client');
const otherClient = await t.invite(therapistB, 'client');
const signInUser = await t.invite(therapistB, 'client'); // only ever signs in, for the sign-in row

const CALLERS = ['anonymous', 'client', 'otherClient', 'therapist', 'otherTherapist', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
type Person = Exclude<Caller, 'anonymous'>;

/** Current sessions; rows that end sessions replace the caller's afterwards. */
const sessions: Record<Person, Session> = {
  client,
  otherClient,
  therapist: therapistA,
  otherTherapist: therapistB,
  admin: owner,
};

// --- fresh data for the rows that need it ------------------------------------------------

let counter = 0;
const newEmail = () => `policy-${(counter += 1)}@example.test`;

/** A pending client invitation sent by the client's therapist: its id and the token from the mail. */
async function invitation(): Promise<{ id: string; token: string }> {
  const email = newEmail();
  const mark = t.smtp.mark();
  const res = await t.as(sessions.therapist).post('/api/invitations', { email, name: 'Ivy Invited', role: 'client' });
  if (res.statusCode !== 201) throw new Error(`invitation failed ${res.statusCode}: ${res.body}`);
  const { id } = res.json() as { id: string };
  return { id, token: tokenFrom(await t.smtp.latestTo(email, mark)) };
}

/** A live password-reset token, for a user of its own (resets are limited per user and hour). */
async function resetToken(): Promise<string> {
  const user = await t.invite(sessions.therapist, 'client');
  const mark = t.smtp.mark();
  await t.as(null).post('/api/auth/password-reset/request', { email: user.email });
  return tokenFrom(await t.smtp.latestTo(user.email, mark));
}

// --- the table --------------------------------------------------------------------------

type Prepared = { body?: unknown; params?: Record<string, string> };
type Row = {
  /** "METHOD /path", exactly as in app.routeList. */
  route: string;
  /** Who may call it; everyone else is refused. */
  who: 'anyone' | readonly Person[];
  /** For a public route whose documented answer here is not 2xx (the same for every caller). */
  status?: number;
  /** 'session': the call ends sessions, so it uses a fresh one. 'client': it changes the care team, so the subject is a new client. */
  fresh?: 'session' | 'client';
  /** Body and path params for one call, made fresh for every caller. */
  call?: (subject: Session) => Prepared | Promise<Prepared>;
};

const SIGNED_IN: readonly Person[] = ['client', 'otherClient', 'therapist', 'otherTherapist', 'admin'];
const THERAPISTS: readonly Person[] = ['therapist', 'otherTherapist', 'admin'];
const WEB_STATUS = fs.existsSync(path.join(WEB_DIST, 'index.html')) ? 200 : 503; // 503 until the web app is built

const setupBody = { practiceName: 'Second', name: 'Eve', email: 'eve@example.test', password: PASSWORD, timeZone: 'UTC' };

// prettier-ignore
const table: Row[] = [
  { route: 'GET /api/health',                                    who: 'anyone' },
  { route: 'HEAD /api/health',                                   who: 'anyone' },
  { route: 'GET /api/setup',                                     who: 'anyone' },
  { route: 'HEAD /api/setup',                                    who: 'anyone' },
  { route: 'POST /api/setup',                                    who: 'anyone', status: 409, call: () => ({ body: setupBody }) },
  { route: 'POST /api/auth/sign-in',                             who: 'anyone', call: () => ({ body: { email: signInUser.email, password: PASSWORD } }) },
  { route: 'POST /api/auth/sign-out',                            who: SIGNED_IN, fresh: 'session' },
  { route: 'POST /api/auth/sign-out-all',                        who: SIGNED_IN, fresh: 'session' },
  { route: 'GET /api/me',                                        who: SIGNED_IN },
  { route: 'HEAD /api/me',                                       who: SIGNED_IN },
  { route: 'POST /api/auth/password-reset/request',              who: 'anyone', call: () => ({ body: { email: 'nobody@example.test' } }) },
  { route: 'POST /api/auth/password-reset/complete',             who: 'anyone', call: async () => ({ body: { token: await resetToken(), password: PASSWORD } }) },
  { route: 'PATCH /api/account',                                 who: SIGNED_IN, call: () => ({ body: { locale: 'en' } }) },
  { route: 'POST /api/account/password',                         who: SIGNED_IN, fresh: 'session', call: () => ({ body: { currentPassword: PASSWORD, newPassword: PASSWORD } }) },
  { route: 'GET /api/invitations',                               who: THERAPISTS },
  { route: 'HEAD /api/invitations',                              who: THERAPISTS },
  { route: 'POST /api/invitations',                              who: THERAPISTS, call: () => ({ body: { email: newEmail(), name: 'Nell New', role: 'client' } }) },
  { route: 'POST /api/invitations/:id/resend',                   who: ['therapist', 'admin'], call: async () => ({ params: { id: (await invitation()).id } }) },
  { route: 'POST /api/invitations/:id/revoke',                   who: ['therapist', 'admin'], call: async () => ({ params: { id: (await invitation()).id } }) },
  { route: 'POST /api/invitations/preview',                      who: 'anyone', call: async () => ({ body: { token: (await invitation()).token } }) },
  { route: 'POST /api/invitations/accept',                       who: 'anyone', call: async () => ({ body: { token: (await invitation()).token, name: 'Ada Accepts', password: PASSWORD, timeZone: 'UTC', acceptPrivacy: true } }) },
  { route: 'GET /api/clients',                                   who: THERAPISTS },
  { route: 'HEAD /api/clients',                                  who: THERAPISTS },
  { route: 'GET /api/clients/:clientId',                         who: ['client', 'therapist'] },
  { route: 'HEAD /api/clients/:clientId',                        who: ['client', 'therapist'] },
  { route: 'POST /api/clients/:clientId/care-team',              who: ['therapist', 'admin'], fresh: 'client', call: () => ({ body: { therapistId: therapistB.userId } }) },
  { route: 'DELETE /api/clients/:clientId/care-team/:therapistId', who: ['therapist', 'admin'], fresh: 'client', call: () => ({ params: { therapistId: therapistA.userId } }) },
  { route: 'GET /api/therapists',                                who: THERAPISTS },
  { route: 'HEAD /api/therapists',                               who: THERAPISTS },
  { route: 'GET /api/practice/people',                           who: ['admin'] },
  { route: 'HEAD /api/practice/people',                          who: ['admin'] },
  { route: 'GET /api/audit',                                     who: ['admin'] },
  { route: 'HEAD /api/audit',                                    who: ['admin'] },
  { route: 'GET /*',                                             who: 'anyone', status: WEB_STATUS },
  { route: 'HEAD /*',                                            who: 'anyone', status: WEB_STATUS },
];

// --- running a row ----------------------------------------------------------------------

type Method = 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'DELETE';

function send(session: Session | null, method: Method, url: string, body: unknown): Promise<LightMyRequestResponse> {
  const hasBody = body !== undefined;
  return t.app.inject({
    method,
    url,
    headers: {
      origin: ORIGIN,
      ...(session ? { cookie: session.cookie } : {}),
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
    },
    ...(hasBody ? { payload: JSON.stringify(body) } : {}),
  });
}

function fill(pattern: string, params: Record<string, string>): string {
  return pattern
    .replace(/:(\w+)/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`no value for :${name} in ${pattern}`);
      return encodeURIComponent(value);
    })
    .replace('*', 'clients/some-client'); // a page of the web app
}

/** What the caller should get: the documented status, 'ok' (< 400), or the refusal. */
function expected(row: Row, caller: Caller): number | 'ok' | '403|404' {
  if (row.status !== undefined) return row.status;
  if (row.who === 'anyone' || (caller !== 'anonymous' && row.who.includes(caller))) return 'ok';
  if (caller === 'anonymous') return 401;
  // Whether a client exists is not a stranger's to know: 404, never 403.
  return row.route.includes(':clientId') ? 404 : '403|404';
}

function meets(want: number | 'ok' | '403|404', status: number): boolean {
  if (want === 'ok') return status < 400;
  if (want === '403|404') return status === 403 || status === 404;
  return status === want;
}

async function callAs(row: Row, caller: Caller): Promise<LightMyRequestResponse> {
  const [method, pattern] = row.route.split(' ') as [Method, string];
  const subject = row.fresh === 'client' ? await t.invite(sessions.therapist, 'client') : sessions.client;
  const own = caller === 'anonymous' ? null : caller === 'client' ? subject : sessions[caller];
  const session = own && row.fresh === 'session' ? await t.signIn(own.email) : own;
  const { body, params } = row.call ? await row.call(subject) : {};
  const url = fill(pattern, { clientId: subject.userId, therapistId: therapistA.userId, ...params });
  const res = await send(session, method, url, body ?? (method === 'POST' ? {} : undefined));
  // Sign-out-all and a password change end the caller's other sessions too: start a new one.
  if (caller !== 'anonymous' && own && row.fresh === 'session') sessions[caller] = await t.signIn(own.email);
  return res;
}

const label = (who: Row['who']) => (who === 'anyone' ? 'anyone' : who.join(', '));

describe('route walk', () => {
  it('every registered route names its access policy', () => {
    const list = t.app.routeList;
    expect(list.length).toBeGreaterThanOrEqual(30);
    const urls = list.map((r) => r.url);
    expect(urls).toContain('/api/me');
    expect(urls).toContain('/api/clients/:clientId');
    expect(urls).toContain('/*');
    expect(list.filter((r) => r.policy === undefined)).toEqual([]);
    const known = ['anyone', 'signedIn', 'therapist', 'admin', 'clientOrCareTeam', 'careTeamManager', 'invitationManager'];
    for (const r of list) expect(known, `${r.method} ${r.url}`).toContain(r.policy);
    // HEAD is made from GET and must be guarded the same way.
    for (const head of list.filter((r) => r.method === 'HEAD')) {
      expect(list.find((r) => r.method === 'GET' && r.url === head.url)?.policy, head.url).toBe(head.policy);
    }
  });

  it('the policy table has exactly one row per registered route', () => {
    const registered = t.app.routeList.map((r) => `${r.method} ${r.url}`).sort();
    expect(table.map((r) => r.route).sort()).toEqual(registered);
  });

  it('the table calls a route public exactly when its policy is "anyone"', () => {
    for (const r of t.app.routeList) {
      const row = table.find((x) => x.route === `${r.method} ${r.url}`);
      expect(row?.who === 'anyone', `${r.method} ${r.url}`).toBe(r.policy === 'anyone');
    }
  });
});

describe('policy table', () => {
  for (const row of table) {
    it(`${row.route} — ${label(row.who)}`, async () => {
      const wrong: string[] = [];
      for (const caller of CALLERS) {
        const res = await callAs(row, caller);
        const want = expected(row, caller);
        if (!meets(want, res.statusCode)) wrong.push(`${caller}: wanted ${want}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
        if (res.statusCode === 401 || res.statusCode === 403) expect(row.who, `${caller}: a public route refused`).not.toBe('anyone');
      }
      expect(wrong).toEqual([]);
    });
  }
});
