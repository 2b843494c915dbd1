import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../src/db/demo-seed.ts';
import { testServer } from './support/server.ts';

const t = await testServer();
await seedDemo(t.db, t.clock.now());
const maya = await t.signIn('maya@demo.stepwise.test', DEMO_PASSWORD);
const jonas = await t.signIn('jonas@demo.stepwise.test', DEMO_PASSWORD);
const sam = await t.signIn('sam@demo.stepwise.test', DEMO_PASSWORD);
const priya = await t.signIn('priya@demo.stepwise.test', DEMO_PASSWORD);

describe('pre-session summary', () => {
  it('covers the weeks since the last session, with plain-language lines at the top', async () => {
    const res = await t.as(maya).get(`/api/clients/${sam.userId}/summary`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.window.since).toBe('last_session');
    expect(s.lastSession).toMatchObject({ status: 'scheduled' });
    expect(s.window.from).toBe(s.lastSession.startsAt.slice(0, 10));
    expect(s.nextSession).not.toBeNull();
    expect(s.mood.entries).toBeGreaterThan(0);
    expect(s.mood.average).toBeGreaterThan(0);
    expect(s.mood.previousAverage).not.toBeNull();
    const phq9 = s.measures.find((m: { key: string }) => m.key === 'phq9');
    expect(phq9.sinceFirst).toMatchObject({ delta: -9, improved: true, reliablyRecovered: true });
    expect(s.lines).toContain('PHQ-9 8, down 9 points since the first time, a reliable improvement (reliable recovery).');
    expect(s.lines.some((l: string) => /^Mood average \d\.\d from \d+ check-ins/.test(l))).toBe(true);
    const practice = s.assignments.find((a: { daysPlanned: number }) => a.daysPlanned > 0);
    expect(s.lines).toContain(`Did ${practice.title.charAt(0).toLowerCase()}${practice.title.slice(1)} ${practice.daysDone} of ${practice.daysPlanned} day${practice.daysPlanned === 1 ? '' : 's'}.`);
    expect(s.agenda.length).toBeGreaterThan(0);
    expect(s.lines).toContain(`Wants to talk about ${s.agenda.length} things (see the agenda).`);
    expect(s.lastFeedback).toMatchObject({ drop: false });
    const audits = await t.db.selectFrom('audit_log').select('actor_id').where('client_id', '=', sam.userId).where('action', '=', 'summary.viewed').execute();
    expect(audits.map((a) => a.actor_id)).toEqual([maya.userId]);
  });

  it('puts open safety alerts first and reads a worsening as a deterioration', async () => {
    const s = (await t.as(maya).get(`/api/clients/${priya.userId}/summary`)).json();
    const phq9 = s.measures.find((m: { key: string }) => m.key === 'phq9');
    expect(phq9.sinceFirst).toMatchObject({ delta: 9, deteriorated: true });
    expect(s.lines.find((l: string) => l.startsWith('PHQ-9'))).toBe('PHQ-9 17, up 9 points since the first time, a reliable deterioration.');
    expect(s.lastFeedback).toMatchObject({ rating: 4, drop: true });
    expect(s.lines).toContain('Rated the last session 4 of 10, a drop.');
  });

  it('is for the care team only', async () => {
    expect((await t.as(sam).get(`/api/clients/${sam.userId}/summary`)).statusCode).toBe(404);
    expect((await t.as(jonas).get(`/api/clients/${sam.userId}/summary`)).statusCode).toBe(404);
  });
});
