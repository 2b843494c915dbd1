import { describe, expect, it } from 'vitest';
import { testServer } from './support/server.ts';

const t = await testServer();
const owner = await t.owner();
const sam = await t.invite(owner, 'therapist', 'Sam Therapist');
const other = await t.invite(owner, 'therapist', 'Other Therapist');
const robin = await t.invite(sam, 'client', 'Robin');
const kit = await t.invite(sam, 'client', 'Kit');

// The clock starts 2026-11-02 09:00 UTC: 04:00 on 2 November for clients in New York.
const TODAY = '2026-11-02';
const DAY = 24 * 3600 * 1000;
const phq9 = (values: (number | null)[], difficulty: number | null = 1) => ({
  ...Object.fromEntries(values.map((v, i) => [String(i + 1), v])),
  difficulty,
});

async function schedule(client: { userId: string }, measure: object, cadence: object = { frequency: 'once', startDate: TODAY }) {
  const res = await t.as(sam).post(`/api/clients/${client.userId}/measure-schedules`, { measure, cadence });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; due: { dueDate: string; overdue: boolean } | null };
}
const responsesOf = async (clientId: string) =>
  t.db.selectFrom('measure_responses').selectAll().where('client_id', '=', clientId).execute();

describe('scheduling and answering', () => {
  it('shows a scheduled PHQ-9 as due, keeps a draft to resume, and scores the submission', async () => {
    const s = await schedule(robin, { kind: 'instrument', key: 'phq9' });
    expect(s.due).toEqual({ dueDate: TODAY, overdue: false });
    const due = (await t.as(robin).get('/api/me/measures/due')).json().due;
    expect(due).toEqual([expect.objectContaining({ scheduleId: s.id, shortName: 'PHQ-9', itemCount: 10, answeredCount: 0, overdue: false })]);

    const draft = await t.as(robin).put('/api/me/responses/draft', { scheduleId: s.id, dueDate: TODAY, answers: { '1': 2, '2': 1 } });
    expect(draft.statusCode, draft.body).toBe(200);
    const session = (await t.as(robin).get(`/api/me/measures/${s.id}/session`)).json();
    expect(session.answers).toEqual({ '1': 2, '2': 1 });
    expect(session.form.ref).toEqual({ kind: 'instrument', key: 'phq9', version: 1 });
    expect(session.form.items[8].text).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');

    const res = await t.as(robin).post('/api/me/responses', { scheduleId: s.id, dueDate: TODAY, answers: phq9([2, 1, 2, 2, 1, 1, 1, 1, 0]) });
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json();
    expect(result.crisis).toBe(false);
    expect(result.score).toMatchObject({ total: 11, band: { key: 'moderate', label: 'Moderate' }, caseness: true, prorated: false, risk: [] });
    expect((await responsesOf(robin.userId)).map((r) => [r.status, r.instrument_version, r.total])).toEqual([['submitted', 1, 11]]);
    // Answered: nothing is due any more, and answering again is refused.
    expect((await t.as(robin).get('/api/me/measures/due')).json().due).toEqual([]);
    const again = await t.as(robin).post('/api/me/responses', { scheduleId: s.id, dueDate: TODAY, answers: phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]) });
    expect(again.json().error.code).toBe('measure_not_due');
  });

  it('refuses bad responses with a clear 400 and stores nothing', async () => {
    const s = await schedule(kit, { kind: 'instrument', key: 'gad7' });
    const answers = { '1': 1, '2': 1, '3': 1, '4': 1, '5': 1, '6': 1, '7': 1, difficulty: null };
    const cases: [object, string, string][] = [
      [{ scheduleId: s.id, dueDate: TODAY, answers: { ...answers, '3': 4 } }, 'validation_failed', 'answers.3'],
      [{ scheduleId: s.id, dueDate: TODAY, answers: { ...answers, '3': 'often' } }, 'validation_failed', 'answers.3'],
      [{ scheduleId: s.id, dueDate: TODAY, answers: Object.fromEntries(Object.entries(answers).filter(([k]) => k !== '5')) }, 'validation_failed', 'answers.5'],
      [{ scheduleId: s.id, dueDate: TODAY, answers: { ...answers, '8': 1 } }, 'validation_failed', 'answers.8'],
      [{ scheduleId: 'no-such-schedule', dueDate: TODAY, answers }, 'measure_not_assigned', 'scheduleId'],
      [{ scheduleId: s.id, dueDate: '2026-11-09', answers }, 'measure_not_due', 'dueDate'],
    ];
    for (const [body, code, field] of cases) {
      const res = await t.as(kit).post('/api/me/responses', body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe(code);
      expect(Object.keys(res.json().error.fields)).toContain(field);
    }
    // Another client's schedule is not assigned to this one.
    const robins = (await t.as(sam).get(`/api/clients/${robin.userId}/measures`)).json().schedules[0];
    const foreign = await t.as(kit).post('/api/me/responses', { scheduleId: robins.id, dueDate: TODAY, answers });
    expect(foreign.json().error.code).toBe('measure_not_assigned');
    expect(await responsesOf(kit.userId)).toEqual([]);
  });

  it('prorates a PHQ-9 with two items skipped and gives no total with three', async () => {
    const client = await t.invite(sam, 'client', 'Pat');
    const a = await schedule(client, { kind: 'instrument', key: 'phq9' });
    const two = (await t.as(client).post('/api/me/responses', { scheduleId: a.id, dueDate: TODAY, answers: phq9([3, 3, null, 2, null, 1, 1, 1, 0]) })).json();
    // 11 over 7 items, x 9 = 14.14 -> 14
    expect(two.score).toMatchObject({ total: 14, prorated: true, missing: ['3', '5'] });
    const b = await schedule(client, { kind: 'instrument', key: 'phq9' });
    const three = (await t.as(client).post('/api/me/responses', { scheduleId: b.id, dueDate: TODAY, answers: phq9([3, null, null, 2, null, 1, 1, 1, 0]) })).json();
    expect(three.score).toMatchObject({ total: null, noTotalReason: 'too_many_missing', band: null });
  });

  it('marks an every-2-weeks measure overdue after two days and moves on to the next date', async () => {
    const client = await t.invite(sam, 'client', 'Lou');
    const s = await schedule(client, { kind: 'instrument', key: 'who5' }, { frequency: 'every_n_weeks', everyWeeks: 2, startDate: '2026-10-25' });
    // 2026-10-25 + 14 days = 2026-11-08 is the next one; 10-25 is due and 8 days late.
    expect(s.due).toEqual({ dueDate: '2026-10-25', overdue: true });
    t.clock.advance(7 * DAY);
    const due = (await t.as(client).get('/api/me/measures/due')).json().due;
    expect(due).toEqual([expect.objectContaining({ dueDate: '2026-11-08', overdue: false })]);
    const res = await t.as(client).post('/api/me/responses', { scheduleId: s.id, dueDate: '2026-10-25', answers: {} });
    expect(res.json().error.code).toBe('measure_not_due');
    t.clock.advance(-7 * DAY);
  });

  it('stops asking when the therapist ends a schedule, and keeps the results', async () => {
    const client = await t.invite(sam, 'client', 'Max');
    const s = await schedule(client, { kind: 'instrument', key: 'phq2' });
    const ended = await t.as(sam).post(`/api/measure-schedules/${s.id}/end`);
    expect(ended.json()).toMatchObject({ due: null, endedAt: expect.any(String) });
    expect((await t.as(client).get('/api/me/measures/due')).json().due).toEqual([]);
    const res = await t.as(client).post('/api/me/responses', { scheduleId: s.id, dueDate: TODAY, answers: { '1': 0, '2': 0 } });
    expect(res.json().error.code).toBe('measure_not_assigned');
    expect((await t.as(sam).post(`/api/measure-schedules/${s.id}/end`)).statusCode).toBe(409);
  });
});

describe('results', () => {
  it('shows a series with change since the first and the last, reliable change and recovery', async () => {
    const client = await t.invite(sam, 'client', 'Ira');
    const totals: number[][] = [
      [2, 2, 2, 2, 2, 2, 2, 1, 0], // 15
      [2, 2, 1, 2, 1, 1, 1, 1, 0], // 11
      [1, 1, 1, 1, 1, 1, 1, 1, 0], // 8
    ];
    for (const answers of totals) {
      const s = await schedule(client, { kind: 'instrument', key: 'phq9' });
      expect((await t.as(client).post('/api/me/responses', { scheduleId: s.id, dueDate: TODAY, answers: phq9(answers) })).statusCode).toBe(201);
      t.clock.advance(1000);
    }
    const view = (await t.as(sam).get(`/api/clients/${client.userId}/measures`)).json();
    const series = view.series[0];
    expect(series.instrument).toMatchObject({ key: 'phq9', better: 'lower', change: { points: 6, kind: 'reliable' }, caseness: { value: 10 } });
    expect(series.points.map((p: { total: number }) => p.total)).toEqual([15, 11, 8]);
    expect(series.sinceFirst).toMatchObject({ delta: -7, direction: 'better', significant: true, improved: true, recovered: true, reliablyRecovered: true });
    expect(series.sinceLast).toMatchObject({ delta: -3, significant: false, recovered: true, reliablyRecovered: false });
    expect(series.responses.map((r: { score: { total: number } }) => r.score.total)).toEqual([15, 11, 8]);
    expect(series.responses[0].items[0]).toMatchObject({ value: 2, label: 'More than half the days' });
    expect(series.latest.items[0]).toMatchObject({ key: '1', text: 'Little interest or pleasure in doing things', value: 1, label: 'Several days' });
    // The therapist's read is audited; the client's own is not.
    const audits = await t.db.selectFrom('audit_log').select(['actor_id', 'action']).where('client_id', '=', client.userId).where('action', '=', 'measures.viewed').execute();
    expect(audits.map((a) => a.actor_id)).toEqual([sam.userId]);
    expect((await t.as(client).get(`/api/clients/${client.userId}/measures`)).statusCode).toBe(200);
    expect((await t.as(other).get(`/api/clients/${client.userId}/measures`)).statusCode).toBe(404);
  });
});

describe('custom questionnaires', () => {
  const body = {
    title: 'Weekly check',
    instructions: 'About the past week.',
    items: [
      { kind: 'likert', text: 'How hopeful did you feel?', labels: ['Not at all', 'A little', 'Quite', 'Very'], required: true },
      { kind: 'yes_no', text: 'Did you have thoughts of harming yourself?', risk: true },
      { kind: 'number', text: 'Hours of sleep last night', min: 0, max: 24 },
      { kind: 'text', text: 'Anything else?' },
    ],
  };

  it('are versioned: a response keeps the version it answered', async () => {
    const made = await t.as(sam).post('/api/questionnaires', body);
    expect(made.statusCode, made.body).toBe(201);
    const q = made.json();
    expect(q.version).toBe(1);
    const s = await schedule(robin, { kind: 'custom', questionnaireId: q.id });
    const required = await t.as(robin).post('/api/me/responses', { scheduleId: s.id, dueDate: TODAY, answers: { '1': null, '2': 0, '3': 7, '4': null } });
    expect(required.json().error.fields).toEqual({ 'answers.1': 'item 1 is required' });
    const ok = await t.as(robin).post('/api/me/responses', { scheduleId: s.id, dueDate: TODAY, answers: { '1': 2, '2': 0, '3': 7.5, '4': 'Slept badly on Tuesday' } });
    expect(ok.json()).toMatchObject({ score: null, crisis: false });

    const revised = (await t.as(sam).put(`/api/questionnaires/${q.id}`, { ...body, items: [{ ...body.items[0], text: 'How hopeful were you?' }, ...body.items.slice(1)] })).json();
    expect(revised.version).toBe(2);
    const view = (await t.as(sam).get(`/api/clients/${robin.userId}/measures`)).json();
    const custom = view.custom.find((c: { questionnaireId: string }) => c.questionnaireId === q.id);
    expect(custom.responses[0].ref).toEqual({ kind: 'custom', questionnaireId: q.id, version: 1 });
    expect(custom.responses[0].items[0]).toMatchObject({ text: 'How hopeful did you feel?', label: 'Quite' });
    // Only the owner may change it; another therapist cannot schedule it.
    expect((await t.as(other).put(`/api/questionnaires/${q.id}`, body)).statusCode).toBe(404);
    const foreign = await t.as(other).post(`/api/clients/${robin.userId}/measure-schedules`, { measure: { kind: 'custom', questionnaireId: q.id }, cadence: { frequency: 'once', startDate: TODAY } });
    expect(foreign.statusCode).toBe(404); // not on Robin's care team
  });

  it('refuses a questionnaire with a one-point Likert item, naming the field', async () => {
    const res = await t.as(sam).post('/api/questionnaires', { ...body, items: [{ kind: 'likert', text: 'One point', labels: ['Only'] }] });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['items.0.labels']);
  });

  it('raises an alert for a custom item marked as a risk item', async () => {
    const q = (await t.as(sam).post('/api/questionnaires', body)).json();
    const s = await schedule(kit, { kind: 'custom', questionnaireId: q.id });
    const res = await t.as(kit).post('/api/me/responses', { scheduleId: s.id, dueDate: TODAY, answers: { '1': 1, '2': 1, '3': null, '4': null } });
    expect(res.json().crisis).toBe(true);
    const alerts = (await t.as(sam).get(`/api/clients/${kit.userId}/alerts`)).json().alerts;
    expect(alerts[0]).toMatchObject({ shortName: 'Weekly check', itemKey: '2', answerLabel: 'Yes', acknowledgedAt: null });
  });
});

describe('before each appointment', () => {
  it('is due two days before each session and overdue once the session day has passed', async () => {
    const client = await t.invite(sam, 'client', 'Ada');
    await t.as(sam).post(`/api/clients/${client.userId}/appointments`, { date: '2026-11-06', time: '15:00', timeZone: 'America/New_York', durationMinutes: 50, mode: 'in_person', place: 'Room 1', repeat: 'weekly', count: 2 });
    const s = await schedule(client, { kind: 'instrument', key: 'gad2' }, { frequency: 'before_appointment', startDate: TODAY });
    expect(s).toMatchObject({ due: null, nextDueDate: '2026-11-04' });
    t.clock.advance(2 * DAY); // 4 November
    expect((await t.as(client).get('/api/me/measures/due')).json().due).toEqual([expect.objectContaining({ dueDate: '2026-11-04', overdue: false })]);
    t.clock.advance(3 * DAY); // 7 November: the session of the 6th has passed
    expect((await t.as(client).get('/api/me/measures/due')).json().due).toEqual([expect.objectContaining({ dueDate: '2026-11-04', overdue: true })]);
    t.clock.advance(4 * DAY); // 11 November: due for the session of the 13th
    const due = (await t.as(client).get('/api/me/measures/due')).json().due;
    expect(due).toEqual([expect.objectContaining({ dueDate: '2026-11-11', overdue: false })]);
    expect((await t.as(client).post('/api/me/responses', { scheduleId: s.id, dueDate: '2026-11-11', answers: { '1': 1, '2': 2 } })).statusCode).toBe(201);
    t.clock.advance(-9 * DAY);
  });
});
