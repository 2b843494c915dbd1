import { describe, expect, it } from 'vitest';
import { DAY } from '../src/clock.ts';
import { testServer } from './support/server.ts';

const t = await testServer();
t.clock.set('2026-11-04T15:00:00.000Z'); // Wednesday; 10:00 in New York, the client's zone
const owner = await t.owner();
let sam = await t.invite(owner, 'therapist', 'Sam');
const other = await t.invite(owner, 'therapist', 'Other');
const robin = await t.invite(sam, 'client', 'Robin'); // time zone America/New_York

const breathing = {
  kind: 'practice',
  title: 'Breathing exercise, 10 minutes',
  instructions: 'Sit comfortably and breathe out slowly.',
  purpose: 'Calm the body before the day starts',
  schedule: { kind: 'daily', startDate: '2026-11-02', endDate: '2026-11-08', times: ['08:00'] },
  where: 'At the kitchen table',
  ifThen: { if: 'I have poured my morning coffee', then: 'I will do the breathing exercise' },
  obstacles: [{ obstacle: 'I oversleep', copingPlan: 'Do five minutes at lunch instead' }],
};

describe('assignments', () => {
  let id = '';

  it('are assigned with a plan, obstacles and if-then coping plans', async () => {
    const res = await t.as(sam).post(`/api/clients/${robin.userId}/assignments`, breathing);
    expect(res.statusCode).toBe(201);
    const a = res.json();
    id = a.id;
    expect(a).toMatchObject({ status: 'active', version: 1, where: 'At the kitchen table', ifThen: breathing.ifThen });
    expect(a.adherence).toMatchObject({ planned: 3, done: 0, unanswered: 3 });
  });

  it('refuse an end before the start, a plan that never happens, and no title, naming the field', async () => {
    const post = (body: object) => t.as(sam).post(`/api/clients/${robin.userId}/assignments`, { ...breathing, ...body });
    const backwards = await post({ schedule: { kind: 'daily', startDate: '2026-11-08', endDate: '2026-11-02' } });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields['schedule.endDate']).toMatch(/on or after the start/);
    const never = await post({ schedule: { kind: 'weekly', startDate: '2026-11-03', endDate: '2026-11-04', weekdays: [6, 7] } });
    expect(never.json().error.fields['schedule.weekdays']).toMatch(/never happens/);
    const untitled = await post({ title: '' });
    expect(untitled.json().error.fields.title).toBe('title is required');
    const oneOffDaily = await post({ kind: 'one_off' });
    expect(oneOffDaily.statusCode).toBe(400);
    expect(await t.db.selectFrom('assignments').select('id').execute()).toHaveLength(1);
  });

  it('show on Today at the client’s local time, and take done, partly and not-done answers', async () => {
    const today = (await t.as(robin).get('/api/today')).json();
    expect(today.date).toBe('2026-11-04');
    expect(today.items.map((i: { title: string; time: string }) => `${i.time} ${i.title}`)).toEqual(['08:00 Breathing exercise, 10 minutes']);

    const done = await t.as(robin).post(`/api/assignments/${id}/check-ins`, { date: '2026-11-04', time: '08:00', outcome: 'done', howItWent: 'Calmer', helpfulness: 8 });
    expect(done.json()).toMatchObject({ suggestSmaller: false, checkIn: { outcome: 'done', helpfulness: 8 } });
    const notDone = await t.as(robin).post(`/api/assignments/${id}/check-ins`, { date: '2026-11-03', time: '08:00', outcome: 'not_done', barrier: 'overwhelmed', barrierNote: 'Bad night' });
    expect(notDone.json().suggestSmaller).toBe(true);
    const partly = await t.as(robin).post(`/api/assignments/${id}/check-ins`, { date: '2026-11-02', time: '08:00', outcome: 'partly', barrier: 'no_time' });
    expect(partly.statusCode).toBe(200);

    const list = (await t.as(sam).get(`/api/clients/${robin.userId}/assignments`)).json();
    expect(list.assignments[0].adherence).toMatchObject({ planned: 3, done: 1, partly: 1, notDone: 1, unanswered: 0, barriers: { overwhelmed: 1, no_time: 1 } });
    expect(list.overall.rate).toBeCloseTo(1 / 3);
  });

  it('refuse a not-done answer without a barrier, a day off the plan, and a day in the future', async () => {
    const post = (body: object) => t.as(robin).post(`/api/assignments/${id}/check-ins`, { time: '08:00', ...body });
    expect((await post({ date: '2026-11-04', outcome: 'not_done' })).json().error.fields.barrier).toBe('say what got in the way');
    expect((await post({ date: '2026-11-20', outcome: 'done' })).json().error.fields.date).toMatch(/not a planned day/);
    expect((await post({ date: '2026-11-05', outcome: 'done' })).json().error.fields.date).toMatch(/future/);
    expect((await post({ date: '2026-11-04', time: '09:00', outcome: 'done' })).json().error.fields.time).toMatch(/not a planned time/);
    expect((await post({ date: '2026-11-04', outcome: 'done', helpfulness: 11 })).statusCode).toBe(400);
    // A therapist cannot answer for the client.
    expect((await t.as(sam).post(`/api/assignments/${id}/check-ins`, { date: '2026-11-04', time: '08:00', outcome: 'done' })).statusCode).toBe(404);
  });

  it('let the client replace an answer, and count practice days without breaking on a miss', async () => {
    await t.as(robin).post(`/api/assignments/${id}/check-ins`, { date: '2026-11-03', time: '08:00', outcome: 'done' });
    const detail = (await t.as(robin).get(`/api/assignments/${id}`)).json();
    expect(detail.checkIns.filter((c: { date: string }) => c.date === '2026-11-03')).toHaveLength(1);
    expect(detail.practice).toEqual({ daysDone: 2, window: 7, currentRun: 2 });
  });

  it('are reviewed by the therapist: adjust keeps the history, complete ends it', async () => {
    const adjusted = await t.as(sam).post(`/api/assignments/${id}/reviews`, {
      decision: 'adjust',
      note: 'Mornings are hard; five minutes is enough',
      changes: { title: 'Breathing exercise, 5 minutes', schedule: { kind: 'daily', startDate: '2026-11-02', endDate: '2026-11-12', times: ['08:30'] } },
    });
    expect(adjusted.statusCode).toBe(200);
    const a = adjusted.json();
    expect(a).toMatchObject({ version: 2, title: 'Breathing exercise, 5 minutes', where: 'At the kitchen table' });
    expect(a.versions.map((v: { version: number; snapshot: { title: string } }) => `${v.version}:${v.snapshot.title}`)).toEqual([
      '1:Breathing exercise, 10 minutes',
      '2:Breathing exercise, 5 minutes',
    ]);
    expect(a.reviews[0]).toMatchObject({ decision: 'adjust', version: 2, reviewer: { name: 'Sam' } });
    const bad = await t.as(sam).post(`/api/assignments/${id}/reviews`, { decision: 'adjust', changes: { schedule: { kind: 'daily', startDate: '2026-11-12', endDate: '2026-11-01' } } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)[0]).toMatch(/^changes\.schedule/);
    expect((await t.as(robin).post(`/api/assignments/${id}/reviews`, { decision: 'complete' })).statusCode).toBe(404);
    expect((await t.as(other).get(`/api/assignments/${id}`)).statusCode).toBe(404);
  });

  it('take action steps that the client confirms on their phone', async () => {
    const res = await t.as(sam).post(`/api/clients/${robin.userId}/action-steps`, {
      steps: [
        { title: 'Call my sister', schedule: { kind: 'once', date: '2026-11-06' } },
        { title: 'Walk to the park gate', schedule: { kind: 'weekly', startDate: '2026-11-04', endDate: '2026-11-11', weekdays: [3, 6] }, ifThen: { if: 'it is Saturday morning', then: 'I walk to the gate' } },
      ],
    });
    expect(res.statusCode).toBe(201);
    const [call, walk] = res.json().assignments;
    expect(call).toMatchObject({ kind: 'one_off', status: 'awaiting_confirmation' });
    expect(walk.kind).toBe('practice');
    const today = (await t.as(robin).get('/api/today')).json();
    expect(today.awaitingConfirmation.map((a: { title: string }) => a.title).sort()).toEqual(['Call my sister', 'Walk to the park gate']);
    expect(today.items.map((i: { title: string }) => i.title)).not.toContain('Walk to the park gate');
    expect((await t.as(robin).post(`/api/assignments/${walk.id}/confirm`)).json().status).toBe('active');
    const after = (await t.as(robin).get('/api/today')).json();
    expect(after.items.map((i: { title: string }) => i.title)).toContain('Walk to the park gate');
    const oneBad = await t.as(sam).post(`/api/clients/${robin.userId}/action-steps`, {
      steps: [{ title: 'Fine', schedule: { kind: 'once', date: '2026-11-06' } }, { title: '', schedule: { kind: 'once', date: '2026-11-06' } }],
    });
    expect(oneBad.statusCode).toBe(400);
    expect((await t.db.selectFrom('assignments').select('id').where('title', '=', 'Fine').execute()).length).toBe(0);
  });

  it('lets the client add their own, and the therapist send encouragement', async () => {
    const own = await t.as(robin).post(`/api/clients/${robin.userId}/assignments`, { kind: 'one_off', title: 'Tidy one drawer', schedule: { kind: 'once', date: '2026-11-04' } });
    expect(own.json().createdBy).toMatchObject({ role: 'client' });
    const checkIn = (await t.as(robin).post(`/api/assignments/${own.json().id}/check-ins`, { date: '2026-11-04', outcome: 'done' })).json().checkIn;
    sam = await t.signIn(sam.email);
    const sent = await t.as(sam).post(`/api/clients/${robin.userId}/encouragements`, { message: 'A tidy drawer is a real win!', targetType: 'check_in', targetId: checkIn.id });
    expect(sent.statusCode).toBe(201);
    const today = (await t.as(robin).get('/api/today')).json();
    expect(today.encouragements[0]).toMatchObject({ message: 'A tidy drawer is a real win!', targetTitle: 'Tidy one drawer', seenAt: null });
    expect(today.wins.checkInsDoneThisWeek).toBeGreaterThanOrEqual(3);
    expect((await t.as(robin).post(`/api/encouragements/${today.encouragements[0].id}/seen`)).statusCode).toBe(200);
    const foreign = await t.as(sam).post(`/api/clients/${robin.userId}/encouragements`, { message: 'Hi', targetType: 'goal', targetId: 'nope' });
    expect(foreign.json().error.fields.targetId).toBeDefined();
  });
});

describe('time zones and DST', () => {
  it('keeps a practice at 08:00 local across the DST change', async () => {
    t.clock.set('2026-10-30T12:00:00.000Z');
    sam = await t.signIn(sam.email);
    // New York leaves daylight saving time on Sunday 2026-11-01.
    const res = await t.as(sam).post(`/api/clients/${robin.userId}/assignments`, {
      kind: 'practice',
      title: 'Morning stretch',
      schedule: { kind: 'daily', startDate: '2026-10-31', endDate: '2026-11-02', times: ['08:00'] },
    });
    const id = res.json().id;
    for (const [instant, date] of [
      ['2026-10-31T12:30:00.000Z', '2026-10-31'],
      ['2026-11-01T13:30:00.000Z', '2026-11-01'],
      ['2026-11-02T13:30:00.000Z', '2026-11-02'],
    ] as const) {
      t.clock.set(instant);
      const today = (await t.as(robin).get('/api/today')).json();
      expect(today.date).toBe(date);
      const item = today.items.find((i: { assignmentId: string }) => i.assignmentId === id);
      expect(item?.time).toBe('08:00');
    }
    t.clock.advance(DAY);
  });
});
