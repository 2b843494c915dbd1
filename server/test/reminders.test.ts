import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dispatchDue } from '../src/jobs/dispatcher.ts';
import { digestText, planDigests } from '../src/features/reminders/digest.ts';
import { NudgeTooSoon, nudgeClient } from '../src/features/reminders/nudge.ts';
import { planReminders } from '../src/features/reminders/planner.ts';
import { pruneFinished, scheduleNotification } from '../src/features/notifications/service.ts';
import { testServer, type Session } from './support/server.ts';

const t = await testServer();
let owner = await t.owner();
let sam = await t.invite(owner, 'therapist', 'Sam Therapist');
let other = await t.invite(owner, 'therapist', 'Other Therapist');

/** Moves the clock; therapists' sessions last 12 hours at most, so they sign in again. */
async function at(iso: string) {
  t.clock.set(iso);
  owner = await t.signIn(owner.email);
  sam = await t.signIn(sam.email);
  other = await t.signIn(other.email);
}
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Invited people start in America/New_York.
const practice = (schedule: object) => ({
  kind: 'practice',
  title: 'Breathing exercise',
  instructions: 'Breathe out slowly.',
  purpose: 'Calm the body',
  schedule,
  where: 'Kitchen table',
  ifThen: { if: 'I have poured my morning coffee', then: 'I will do the breathing exercise' },
  obstacles: [],
});

const pendingOf = (client: Session, kind?: string) =>
  t.db
    .selectFrom('notifications')
    .select(['kind', 'due_at', 'drop_after', 'title', 'body', 'clinical_body', 'url', 'status', 'reason'])
    .where('user_id', '=', client.userId)
    .where('status', '=', 'pending')
    .$if(kind !== undefined, (q) => q.where('kind', '=', kind ?? ''))
    .orderBy('due_at')
    .execute();
const dueTimes = async (client: Session, kind: string) => (await pendingOf(client, kind)).map((n) => n.due_at);
const assign = async (client: Session, schedule: object) => {
  const res = await t.as(sam).post(`/api/clients/${client.userId}/assignments`, practice(schedule));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};
const prefs = (who: Session, extra: object) =>
  t.as(who).put('/api/account/notification-preferences', { email: false, quietHoursStart: null, quietHoursEnd: null, showClinicalContent: false, ...extra });

describe('practice reminders', () => {
  it('plans each occurrence at its local time with the if-then plan as its clinical text, a day and a half ahead', async () => {
    await at('2026-11-02T09:00:00.000Z');
    const client = await t.invite(sam, 'client', 'Robin');
    const id = await assign(client, { kind: 'daily', startDate: '2026-11-03', endDate: '2026-11-06', times: ['08:00'] });
    // 08:00 in New York is 13:00 UTC in November; only the first is within 36 hours.
    const [first] = await pendingOf(client, 'practice_reminder');
    expect(first).toMatchObject({
      due_at: '2026-11-03T13:00:00.000Z',
      drop_after: '2026-11-03T15:00:00.000Z',
      title: 'Practice reminder',
      body: 'You have a reminder from Stepwise',
      clinical_body: 'Time for "Breathing exercise" (Kitchen table) at 08:00. If I have poured my morning coffee, then I will do the breathing exercise.',
      url: `/plan/${id}`,
    });
    expect(await dueTimes(client, 'practice_reminder')).toHaveLength(1);
    // The periodic rounds add each next one as it comes within the horizon, once.
    await planReminders(t.db, t.clock.now());
    t.clock.advance(DAY);
    await planReminders(t.db, t.clock.now());
    await planReminders(t.db, t.clock.now());
    expect(await dueTimes(client, 'practice_reminder')).toEqual(['2026-11-03T13:00:00.000Z', '2026-11-04T13:00:00.000Z']);
  });

  it('keeps 08:00 local across the change to summer time and follows the client to a new time zone', async () => {
    // US summer time starts on Sunday 14 March 2027; Europe's on 28 March.
    await at('2027-03-12T12:00:00.000Z');
    const client = await t.invite(sam, 'client', 'Dana');
    await assign(client, { kind: 'daily', startDate: '2027-03-12', endDate: '2027-03-31', times: ['08:00'] });
    for (let i = 0; i < 4; i += 1) {
      await planReminders(t.db, t.clock.now());
      t.clock.advance(DAY);
    }
    // The clock is now 16 March 12:00 UTC; the rounds planned up to 17 March 00:00 UTC. One more plans the next 36 hours.
    await planReminders(t.db, t.clock.now());
    const all = await t.db.selectFrom('notifications').select('due_at').where('user_id', '=', client.userId).where('kind', '=', 'practice_reminder').orderBy('due_at').execute();
    expect(all.map((n) => n.due_at)).toEqual([
      '2027-03-12T13:00:00.000Z', // Friday, EST (UTC-5)
      '2027-03-13T13:00:00.000Z',
      '2027-03-14T12:00:00.000Z', // Sunday, EDT (UTC-4) from 02:00 that morning
      '2027-03-15T12:00:00.000Z',
      '2027-03-16T12:00:00.000Z',
      '2027-03-17T12:00:00.000Z',
    ]);
    // Moving to Amsterdam: the waiting one moves to 08:00 there (UTC+1 until 28 March, then UTC+2).
    const moved = await t.as(client).patch('/api/account', { timeZone: 'Europe/Amsterdam' });
    expect(moved.statusCode, moved.body).toBe(200);
    const future = async () => (await dueTimes(client, 'practice_reminder')).filter((d) => d > t.clock.now().toISOString());
    expect(await future()).toEqual(['2027-03-17T07:00:00.000Z']);
    // Withdrawn: tomorrow's 08:00 New York, and this moment's (08:00 in New York is 13:00 in Amsterdam).
    const replaced = await t.db.selectFrom('notifications').select(['due_at', 'reason']).where('user_id', '=', client.userId).where('status', '=', 'dropped').orderBy('due_at').execute();
    expect(replaced).toEqual([
      { due_at: '2027-03-16T12:00:00.000Z', reason: 'plan changed' },
      { due_at: '2027-03-17T12:00:00.000Z', reason: 'plan changed' },
    ]);
    await at('2027-03-27T12:00:00.000Z');
    await planReminders(t.db, t.clock.now());
    const late = (await dueTimes(client, 'practice_reminder')).filter((d) => d >= '2027-03-28');
    expect(late).toEqual(['2027-03-28T06:00:00.000Z']);
  });

  it('drops the reminder of an occurrence already checked in, and all of them when the assignment is completed', async () => {
    await at('2026-11-02T09:00:00.000Z');
    const client = await t.invite(sam, 'client', 'Kit');
    const id = await assign(client, { kind: 'daily', startDate: '2026-11-02', endDate: '2026-11-08', times: ['07:00', '12:00'] });
    // 07:00 and 12:00 New York (12:00 and 17:00 UTC) on the 2nd and the 3rd.
    expect(await dueTimes(client, 'practice_reminder')).toEqual(['2026-11-02T12:00:00.000Z', '2026-11-02T17:00:00.000Z', '2026-11-03T12:00:00.000Z', '2026-11-03T17:00:00.000Z']);
    await at('2026-11-02T16:00:00.000Z');
    const early = await t.as(client).post(`/api/assignments/${id}/check-ins`, { date: '2026-11-02', time: '12:00', outcome: 'done', howItWent: 'Fine', helpfulness: 6 });
    expect(early.statusCode, early.body).toBe(200);
    // (This morning's is late but not yet dispatched: the dispatcher decides about it.)
    expect(await dueTimes(client, 'practice_reminder')).toEqual(['2026-11-02T12:00:00.000Z', '2026-11-03T12:00:00.000Z', '2026-11-03T17:00:00.000Z']);
    // A later re-plan (here: new check-in times) does not bring it back.
    expect((await prefs(client, { checkInTimes: ['20:00'] })).statusCode).toBe(200);
    expect(await dueTimes(client, 'practice_reminder')).toEqual(['2026-11-02T12:00:00.000Z', '2026-11-03T12:00:00.000Z', '2026-11-03T17:00:00.000Z']);
    const review = await t.as(sam).post(`/api/assignments/${id}/reviews`, { decision: 'complete', note: 'Done for now' });
    expect(review.statusCode, review.body).toBe(200);
    // Within the lateness window the late one is withdrawn too; older ones are the dispatcher's to drop.
    expect(await dueTimes(client, 'practice_reminder')).toEqual(['2026-11-02T12:00:00.000Z']);
  });

  it('are delivered at their time, neutral by default and with the plan when the client allows it', async () => {
    await at('2026-11-02T09:00:00.000Z');
    const client = await t.invite(sam, 'client', 'Lou');
    await assign(client, { kind: 'once', date: '2026-11-02', times: ['09:30'] });
    await dispatchDue(t.app.deps, new Date('2026-11-02T14:00:00.000Z'));
    expect((await t.as(client).get('/api/notifications')).json().notifications).toEqual([]);
    await dispatchDue(t.app.deps, new Date('2026-11-02T14:30:10.000Z'));
    const [note] = (await t.as(client).get('/api/notifications')).json().notifications;
    expect(note).toMatchObject({ kind: 'practice_reminder', title: 'Practice reminder', body: 'You have a reminder from Stepwise' });
    await prefs(client, { showClinicalContent: true });
    expect((await t.as(client).get('/api/notifications')).json().notifications[0].body).toMatch(/^Time for "Breathing exercise"/);
  });

  it('after downtime sends what is still useful and drops what is more than 2 hours late', async () => {
    await at('2026-11-10T09:00:00.000Z');
    const client = await t.invite(sam, 'client', 'Ash');
    await assign(client, { kind: 'daily', startDate: '2026-11-10', endDate: '2026-11-20', times: ['08:00', '10:00'] });
    // The server was down from 09:00 UTC until the next day's 15:30 UTC (10:30 in New York).
    await dispatchDue(t.app.deps, new Date('2026-11-11T15:30:00.000Z'));
    const rows = await t.db.selectFrom('notifications').select(['due_at', 'status', 'reason']).where('user_id', '=', client.userId).orderBy('due_at').execute();
    expect(rows.map((r) => [r.due_at, r.status])).toEqual([
      ['2026-11-10T13:00:00.000Z', 'dropped'],
      ['2026-11-10T15:00:00.000Z', 'dropped'],
      ['2026-11-11T13:00:00.000Z', 'dropped'],
      ['2026-11-11T15:00:00.000Z', 'sent'],
    ]);
    expect(rows[0]?.reason).toMatch(/^too late: 1590 min after due/);
  });
});

describe('check-in and questionnaire reminders', () => {
  it('asks at each chosen time every day, and refuses settings that belong to the other role', async () => {
    await at('2026-11-02T09:00:00.000Z');
    const client = await t.invite(sam, 'client', 'Mo');
    const saved = await prefs(client, { checkInTimes: ['20:00', '09:00', '09:00'] });
    expect(saved.json()).toMatchObject({ checkInTimes: ['09:00', '20:00'], digestTime: null, role: 'client' });
    // 09:00 New York = 14:00 UTC; the next 36 hours.
    expect(await dueTimes(client, 'check_in_reminder')).toEqual(['2026-11-02T14:00:00.000Z', '2026-11-03T01:00:00.000Z', '2026-11-03T14:00:00.000Z']);
    const [first] = await pendingOf(client, 'check_in_reminder');
    expect(first).toMatchObject({ url: '/log/mood', drop_after: '2026-11-02T16:00:00.000Z' });
    await prefs(client, { checkInTimes: ['09:00'] });
    expect(await dueTimes(client, 'check_in_reminder')).toEqual(['2026-11-02T14:00:00.000Z', '2026-11-03T14:00:00.000Z']);
    // Left out: unchanged.
    await prefs(client, {});
    expect((await t.as(client).get('/api/account/notification-preferences')).json().checkInTimes).toEqual(['09:00']);

    const tooMany = await prefs(client, { checkInTimes: ['08:00', '10:00', '12:00', '14:00', '16:00'] });
    expect(tooMany.json().error.fields).toEqual({ checkInTimes: 'at most 4 check-in times a day' });
    const badTime = await prefs(client, { checkInTimes: ['25:00'] });
    expect(badTime.json().error.fields).toEqual({ 'checkInTimes.0': 'must be a time (HH:MM, 24-hour)' });
    expect((await prefs(client, { digestTime: '08:00' })).json().error.fields).toEqual({ digestTime: 'the daily digest is for therapists' });
    expect((await prefs(sam, { checkInTimes: ['08:00'] })).json().error.fields).toEqual({ checkInTimes: 'check-in reminders are for clients' });
    expect((await t.as(client).get('/api/account/notification-preferences')).json().checkInTimes).toEqual(['09:00']);
  });

  it('reminds of a questionnaire on its due day at the first check-in time, and not once it is answered', async () => {
    await at('2026-11-02T09:00:00.000Z');
    const client = await t.invite(sam, 'client', 'Jules');
    const s = (await t.as(sam).post(`/api/clients/${client.userId}/measure-schedules`, { measure: { kind: 'instrument', key: 'gad7' }, cadence: { frequency: 'once', startDate: '2026-11-03' } })).json();
    // No check-in time: 10:00 New York.
    expect(await pendingOf(client, 'measure_reminder')).toMatchObject([
      { due_at: '2026-11-03T15:00:00.000Z', url: `/measures/${s.id}`, clinical_body: 'Your GAD-7 is due today. It takes a few minutes.' },
    ]);
    await prefs(client, { checkInTimes: ['08:30'] });
    expect(await dueTimes(client, 'measure_reminder')).toEqual(['2026-11-03T13:30:00.000Z']);
    await at('2026-11-03T12:00:00.000Z');
    const answered = await t.as(client).post('/api/me/responses', { scheduleId: s.id, dueDate: '2026-11-03', answers: { 1: 1, 2: 1, 3: 0, 4: 0, 5: 1, 6: 0, 7: 0, difficulty: 0 } });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(await dueTimes(client, 'measure_reminder')).toEqual([]);
  });
});

describe('the planning watermark', () => {
  it('does not stop planning when it was written by a clock that was ahead', async () => {
    await at('2026-11-20T09:00:00.000Z');
    const client = await t.invite(sam, 'client', 'Remy');
    await assign(client, { kind: 'daily', startDate: '2026-11-20', endDate: '2026-11-30', times: ['08:00'] });
    await t.db.updateTable('settings').set({ value: '2030-01-01T00:00:00.000Z' }).where('key', '=', 'reminders.planned_until').execute();
    t.clock.advance(DAY);
    const round = await planReminders(t.db, t.clock.now());
    expect(round.from.toISOString()).toBe('2026-11-21T09:00:00.000Z');
    expect((await dueTimes(client, 'practice_reminder')).filter((d) => d > '2026-11-21T09:00')).toEqual(['2026-11-21T13:00:00.000Z', '2026-11-22T13:00:00.000Z']);
    const stored = await t.db.selectFrom('settings').select('value').where('key', '=', 'reminders.planned_until').executeTakeFirstOrThrow();
    expect(stored.value).toBe('2026-11-22T21:00:00.000Z');
  });
});

describe('a late answer', () => {
  it('withdraws only the reminder of the date it answers, not the next one', async () => {
    await at('2026-11-02T09:00:00.000Z');
    const client = await t.invite(sam, 'client', 'Noor');
    const s = (await t.as(sam).post(`/api/clients/${client.userId}/measure-schedules`, { measure: { kind: 'instrument', key: 'gad7' }, cadence: { frequency: 'every_n_weeks', everyWeeks: 1, startDate: '2026-11-03' } })).json();
    expect(s.id, JSON.stringify(s)).toEqual(expect.any(String));
    // Monday 9 November, 15:00 New York: the 3 November one is still open, and tomorrow's
    // reminder (10:00 New York) is already planned.
    await at('2026-11-09T20:00:00.000Z');
    await dispatchDue(t.app.deps, t.clock.now()); // the 3 November reminder, long past, is dropped
    await planReminders(t.db, t.clock.now());
    expect(await dueTimes(client, 'measure_reminder')).toEqual(['2026-11-10T15:00:00.000Z']);
    const answered = await t.as(client).post('/api/me/responses', { scheduleId: s.id, dueDate: '2026-11-03', answers: { 1: 1, 2: 1, 3: 0, 4: 0, 5: 1, 6: 0, 7: 0, difficulty: 0 } });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(await dueTimes(client, 'measure_reminder')).toEqual(['2026-11-10T15:00:00.000Z']);
  });
});

describe('messages, resources and encouragement', () => {
  it('tells the client at once, and withdraws a waiting message notification once the thread is read', async () => {
    await at('2026-11-02T09:00:00.000Z');
    const client = await t.invite(sam, 'client', 'Pat');
    await t.as(sam).post(`/api/clients/${client.userId}/messages`, { body: 'See you Thursday.' });
    await t.as(client).post(`/api/clients/${client.userId}/messages`, { body: 'Thanks!' });
    expect(await pendingOf(client, 'new_message')).toMatchObject([{ due_at: '2026-11-02T09:00:00.000Z', url: '/messages', clinical_body: 'Sam Therapist sent you a message.' }]);
    await t.as(client).get(`/api/clients/${client.userId}/messages`);
    expect(await pendingOf(client, 'new_message')).toEqual([]);

    const resource = (await t.as(sam).post('/api/resources', { title: 'Box breathing', kind: 'exercise', body: 'In for four.' })).json();
    expect((await t.as(sam).post(`/api/clients/${client.userId}/resources`, { resourceId: resource.id })).statusCode).toBe(201);
    expect(await pendingOf(client, 'new_resource')).toMatchObject([{ url: `/my-resources/${resource.id}`, clinical_body: 'Sam Therapist shared "Box breathing" with you.' }]);

    const id = await assign(client, { kind: 'once', date: '2026-11-02', times: [] });
    const note = await t.as(sam).post(`/api/clients/${client.userId}/encouragements`, { message: 'Proud of you', targetType: 'assignment', targetId: id });
    expect(note.statusCode, note.body).toBe(201);
    expect(await pendingOf(client, 'encouragement')).toMatchObject([{ url: '/today', clinical_body: 'Sam Therapist: Proud of you' }]);
  });
});

describe('nudge now', () => {
  it('notifies the client at once, once an hour, only from the care team, audited', async () => {
    await at('2026-11-02T09:00:00.000Z');
    const client = await t.invite(sam, 'client', 'Noa');
    const path = `/api/clients/${client.userId}/nudge`;
    expect((await t.as(sam).get(path)).json()).toEqual({ lastAt: null, nextAllowedAt: '2026-11-02T09:00:00.000Z', allowed: true });
    const first = await t.as(sam).post(path, { message: 'Thinking of you this week.' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ sentAt: '2026-11-02T09:00:00.000Z', nextAllowedAt: '2026-11-02T10:00:00.000Z' });
    expect(await pendingOf(client, 'nudge')).toMatchObject([{ body: 'You have a reminder from Stepwise', clinical_body: 'Sam Therapist: Thinking of you this week.', url: '/today' }]);

    await at('2026-11-02T09:30:00.000Z');
    const again = await t.as(sam).post(path, {});
    expect(again.statusCode).toBe(429);
    expect(again.headers['retry-after']).toBe('1800');
    expect(again.json().error).toMatchObject({ code: 'nudge_too_soon' });
    expect(again.json().error.message).toMatch(/next nudge is possible from 2026-11-02T10:00:00.000Z/);
    expect((await t.as(sam).get(path)).json()).toEqual({ lastAt: '2026-11-02T09:00:00.000Z', nextAllowedAt: '2026-11-02T10:00:00.000Z', allowed: false });
    expect((await t.as(other).post(path, {})).statusCode).toBe(404);
    expect((await t.as(client).post(path, {})).statusCode).toBe(404);
    expect((await t.as(sam).post(path, { message: 'x'.repeat(281) })).json().error.fields).toEqual({ message: 'message must be at most 280 characters' });

    await at('2026-11-02T10:01:00.000Z');
    expect((await t.as(sam).post(path, {})).statusCode).toBe(201);
    expect((await pendingOf(client, 'nudge')).map((n) => n.clinical_body)).toEqual([
      'Sam Therapist: Thinking of you this week.',
      'Sam Therapist is thinking of you. Open Stepwise to see what is planned today.',
    ]);
    const audited = await t.db.selectFrom('audit_log').select(['action', 'actor_id']).where('action', '=', 'client.nudged').where('client_id', '=', client.userId).execute();
    expect(audited).toEqual([
      { action: 'client.nudged', actor_id: sam.userId },
      { action: 'client.nudged', actor_id: sam.userId },
    ]);
  });

  it('lets only one of two nudges racing across the turn of the hour through', async () => {
    await at('2026-11-02T09:00:00.000Z');
    const client = await t.invite(sam, 'client', 'Ola');
    const { practice_id: practiceId } = await t.db.selectFrom('users').select('practice_id').where('id', '=', sam.userId).executeTakeFirstOrThrow();
    const actor = { userId: sam.userId, practiceId, role: 'therapist' as const, isAdmin: false, name: 'Sam Therapist', email: sam.email, timeZone: 'UTC', locale: 'en', sessionId: 'direct', sessionExpiresAt: '2026-11-02T21:00:00.000Z' };
    const send = (iso: string) =>
      nudgeClient({ db: t.db, dialect: t.app.deps.dialect, ctx: { actor, ip: null, now: new Date(iso) }, actor, clientId: client.userId, message: '' });
    // Both on a connection of their own at once (PostgreSQL): the pool first opens a few.
    if (t.app.deps.dialect === 'postgres') await Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.05)`.execute(t.db)));
    const results = await Promise.allSettled([send('2026-11-02T09:59:59.999Z'), send('2026-11-02T10:00:00.000Z')]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')?.reason).toBeInstanceOf(NudgeTooSoon);
    expect(await pendingOf(client, 'nudge')).toHaveLength(1);
  });
});

describe('the therapist digest', () => {
  it('is written once at the chosen time on days when something needs attention', async () => {
    await at('2026-11-02T09:00:00.000Z');
    const quiet = await t.invite(owner, 'therapist', 'Quiet Therapist');
    const saved = await prefs(quiet, { digestTime: '08:00' });
    expect(saved.json()).toMatchObject({ digestTime: '08:00', role: 'therapist' });
    // Nobody on the caseload: nothing to say, and the day is not looked at again.
    await at('2026-11-02T13:05:00.000Z');
    expect(await planDigests(t.db, t.clock.now())).toBe(0);

    const busy = await t.invite(owner, 'therapist', 'Busy Therapist');
    await t.invite(busy, 'client', 'Quinn');
    await prefs(busy, { digestTime: '08:00' });
    await at('2026-11-02T12:59:00.000Z');
    expect(await planDigests(t.db, t.clock.now())).toBe(0);
    await at('2026-11-02T13:01:00.000Z');
    expect(await planDigests(t.db, t.clock.now())).toBe(1);
    expect(await planDigests(t.db, t.clock.now())).toBe(0);
    const [digest] = await t.db.selectFrom('notifications').selectAll().where('user_id', '=', busy.userId).where('kind', '=', 'therapist_digest').execute();
    expect(digest).toMatchObject({ status: 'pending', due_at: '2026-11-02T13:00:00.000Z', body: 'Your daily Stepwise digest is ready', url: '/clients' });
    expect(digest?.clinical_body).toBe('1 client needs attention: Quinn (no activity for 7 days).');
    const audited = await t.db.selectFrom('audit_log').select('action').where('actor_id', '=', busy.userId).where('action', '=', 'digest.composed').execute();
    expect(audited).toHaveLength(1);
  });

  it('says who needs attention and why, and how many messages wait', () => {
    expect(digestText([{ name: 'Ana', attention: [], unreadMessages: 0 }])).toBeNull();
    expect(
      digestText([
        { name: 'Ana', attention: ['open_alert', 'overdue_measure'], unreadMessages: 2 },
        { name: 'Ben', attention: ['reliable_worsening'], unreadMessages: 1 },
      ]),
    ).toBe('2 clients need attention: Ana (open safety alert, overdue questionnaire); Ben (reliable worsening). 3 unread messages from clients.');
  });
});

describe('old notifications', () => {
  it('are removed 180 days after they finished; waiting ones stay', async () => {
    await at('2026-11-02T09:00:00.000Z');
    const client = await t.invite(sam, 'client', 'Old Timer');
    const long = new Date('2026-05-01T09:00:00.000Z');
    const note = (key: string, when: Date) => scheduleNotification(t.db, { userId: client.userId, kind: 'nudge', dueAt: when, dropAfter: null, title: 'Old', url: '/today', dedupeKey: key }, when);
    const sentId = await note('old-sent', long);
    await note('old-waiting', long);
    await note('recent-sent', new Date('2026-10-01T09:00:00.000Z'));
    await t.db.updateTable('notifications').set({ status: 'sent' }).where('dedupe_key', 'in', ['old-sent', 'recent-sent']).execute();
    expect(await pruneFinished(t.db, t.clock.now())).toBe(1);
    const left = await t.db.selectFrom('notifications').select(['id', 'dedupe_key']).where('user_id', '=', client.userId).orderBy('dedupe_key').execute();
    expect(left.map((r) => r.dedupe_key)).toEqual(['old-waiting', 'recent-sent']);
    expect(left.some((r) => r.id === sentId)).toBe(false);
  });
});
