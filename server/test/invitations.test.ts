import { describe, expect, it } from 'vitest';
import { DAY } from '../src/clock.ts';
import { tokenFrom } from './support/smtp.ts';
import { PASSWORD, type Session, testServer } from './support/server.ts';

const t = await testServer();
const owner = await t.owner();
let therapist = await t.invite(owner, 'therapist', 'Sam Therapist');
// Therapist sessions end after 30 idle minutes; tests that move the clock sign in again.
const later = async (ms: number) => {
  t.clock.advance(ms);
  therapist = await t.signIn(therapist.email);
};

async function inviteClient(by: Session, email: string) {
  const mark = t.smtp.mark();
  const res = await t.as(by).post('/api/invitations', { email, name: 'Robin Client', role: 'client' });
  expect(res.statusCode).toBe(201);
  const mail = await t.smtp.latestTo(email, mark);
  return { id: res.json().id as string, token: tokenFrom(mail), mail };
}

const accept = (token: string, extra: Record<string, unknown> = {}) =>
  t.as(null).post('/api/invitations/accept', {
    token,
    name: 'Robin Client',
    password: PASSWORD,
    timeZone: 'Europe/Amsterdam',
    acceptPrivacy: true,
    ...extra,
  });

describe('inviting a client', () => {
  it('mails a link whose token is stored only as a hash, and shows who invited them', async () => {
    const { token, mail } = await inviteClient(therapist, 'robin@example.test');
    expect(mail.subject).toBe('Sam Therapist invited you to Stepwise');
    expect(mail.text).toContain('expires in 7 days');
    const rows = await t.db.selectFrom('invitations').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    const preview = await t.as(null).post('/api/invitations/preview', { token });
    expect(preview.json()).toMatchObject({ email: 'robin@example.test', role: 'client', practiceName: 'Harbour Practice', invitedByName: 'Sam Therapist' });
  });

  it('requires accepting the privacy notice, then signs in, links the care team, and cannot be used twice', async () => {
    const { token } = await inviteClient(therapist, 'kim@example.test');
    const refused = await accept(token, { acceptPrivacy: false });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.acceptPrivacy).toMatch(/privacy/);
    const ok = await accept(token);
    expect(ok.statusCode).toBe(200);
    const client = t.sessionFrom(ok);
    expect(ok.json().user).toMatchObject({ role: 'client', email: 'kim@example.test', timeZone: 'Europe/Amsterdam' });
    const clients = (await t.as(therapist).get('/api/clients')).json().clients;
    expect(clients.map((c: { email: string }) => c.email)).toContain('kim@example.test');
    const detail = (await t.as(client).get(`/api/clients/${client.userId}`)).json();
    expect(detail.careTeam.map((m: { name: string }) => m.name)).toEqual(['Sam Therapist']);
    const again = await accept(token);
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('invitation_invalid');
    const user = await t.db.selectFrom('users').select('privacy_accepted_at').where('id', '=', client.userId).executeTakeFirstOrThrow();
    expect(user.privacy_accepted_at).not.toBeNull();
  });

  it('accepts exactly once when the link is used twice at the same moment', async () => {
    const { token } = await inviteClient(therapist, 'twice@example.test');
    const results = await Promise.all([accept(token), accept(token)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 404].sort());
    const users = await t.db.selectFrom('users').select('id').where('email', '=', 'twice@example.test').execute();
    expect(users).toHaveLength(1);
  });

  it('expires after 7 days', async () => {
    const { token } = await inviteClient(therapist, 'late@example.test');
    await later(7 * DAY + 1000);
    expect((await t.as(null).post('/api/invitations/preview', { token })).statusCode).toBe(404);
    expect((await accept(token)).statusCode).toBe(404);
    const listed = (await t.as(therapist).get('/api/invitations')).json().invitations;
    expect(listed.find((i: { email: string }) => i.email === 'late@example.test')?.status).toBe('expired');
  });

  it('can be re-sent: a new link for 7 more days, and the old link stops working', async () => {
    const { id, token } = await inviteClient(therapist, 'resend@example.test');
    await later(6 * DAY);
    const mark = t.smtp.mark();
    const res = await t.as(therapist).post(`/api/invitations/${id}/resend`);
    expect(res.statusCode).toBe(200);
    expect(Date.parse(res.json().expiresAt)).toBe(t.clock.now().getTime() + 7 * DAY);
    const fresh = tokenFrom(await t.smtp.latestTo('resend@example.test', mark));
    expect(fresh).not.toBe(token);
    expect((await accept(token)).statusCode).toBe(404);
    await later(3 * DAY);
    expect((await accept(fresh)).statusCode).toBe(200);
  });

  it('can be revoked, after which the link is dead', async () => {
    const { id, token } = await inviteClient(therapist, 'revoke@example.test');
    const res = await t.as(therapist).post(`/api/invitations/${id}/revoke`);
    expect(res.json().status).toBe('revoked');
    expect((await accept(token)).statusCode).toBe(404);
    expect((await t.as(therapist).post(`/api/invitations/${id}/resend`)).statusCode).toBe(409);
  });

  it("is managed only by its sender or an admin; another therapist gets 404", async () => {
    const admin = await t.signIn('owner@example.test');
    const other = await t.invite(admin, 'therapist');
    const { id } = await inviteClient(therapist, 'private@example.test');
    expect((await t.as(other).post(`/api/invitations/${id}/revoke`)).statusCode).toBe(404);
    const listed = (await t.as(other).get('/api/invitations')).json().invitations;
    expect(listed.some((i: { id: string }) => i.id === id)).toBe(false);
    const adminList = (await t.as(admin).get('/api/invitations')).json().invitations;
    expect(adminList.some((i: { id: string }) => i.id === id)).toBe(true);
    expect((await t.as(admin).post(`/api/invitations/${id}/revoke`)).statusCode).toBe(200);
  });

  it('refuses an email that already has an account', async () => {
    const res = await t.as(therapist).post('/api/invitations', { email: 'kim@example.test', name: 'Kim', role: 'client' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields.email).toBeDefined();
  });
});

describe('inviting a therapist', () => {
  it('is for admins only', async () => {
    const res = await t.as(therapist).post('/api/invitations', { email: 'new-t@example.test', name: 'New T', role: 'therapist' });
    expect(res.statusCode).toBe(403);
    const made = await t.invite(await t.signIn('owner@example.test'), 'therapist', 'Alex Colleague');
    const me = (await t.as(made).get('/api/me')).json();
    expect(me.user).toMatchObject({ role: 'therapist', isAdmin: false });
  });
});

describe('audit', () => {
  it('records invitations and acceptance without any token', async () => {
    const rows = await t.db.selectFrom('audit_log').selectAll().execute();
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ['invitation.created', 'invitation.accepted', 'invitation.resent', 'invitation.revoked', 'care_team.linked']) {
      expect(actions).toContain(a);
    }
    const text = JSON.stringify(rows);
    for (const mail of t.smtp.mails) {
      const m = /#([A-Za-z0-9_-]+)/.exec(mail.text);
      if (m?.[1]) expect(text).not.toContain(m[1]);
    }
    expect(text).not.toContain(PASSWORD);
  });
});
