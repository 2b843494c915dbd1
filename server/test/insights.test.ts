import { describe, expect, it } from 'vitest';
import { testServer } from './support/server.ts';

const t = await testServer();
t.clock.set('2026-11-20T18:00:00.000Z');
const owner = await t.owner();
const sam = await t.invite(owner, 'therapist', 'Sam');
const robin = await t.invite(sam, 'client', 'Robin'); // America/New_York

describe('insights', () => {
  it('charts the range and finds a sleep link, from shared entries only for the therapist', async () => {
    for (let i = 0; i < 28; i += 1) {
      const day = new Date(Date.parse('2026-10-24T13:00:00.000Z') + i * 86_400_000);
      const short = i % 2 === 0;
      const res = await t.as(robin).post('/api/entries', {
        kind: 'mood',
        occurredAt: day.toISOString(),
        idempotencyKey: `mood-day-${i}`,
        data: { mood: short ? 4 : 7, sleepHours: short ? 5 : 8, emotions: short ? [{ name: 'tired', intensity: 70 }] : [] },
      });
      expect(res.statusCode).toBe(201);
    }
    await t.as(robin).post('/api/entries', { kind: 'mood', occurredAt: '2026-11-20T14:00:00.000Z', idempotencyKey: 'private-low', shared: false, data: { mood: 1, note: 'private' } });
    const skill = await t.as(robin).post('/api/entries', { kind: 'skill', occurredAt: '2026-11-18T14:00:00.000Z', idempotencyKey: 'skill-one-1', data: { skill: 'Slow breathing', minutes: 10 } });
    expect(skill.statusCode, skill.body).toBe(201);

    const mine = (await t.as(robin).get(`/api/clients/${robin.userId}/insights?range=month`)).json();
    expect(mine).toMatchObject({ range: 'month', to: '2026-11-20', from: '2026-10-22', moodEntries: 29 });
    const theirs = (await t.as(sam).get(`/api/clients/${robin.userId}/insights?range=month`)).json();
    expect(theirs.moodEntries).toBe(28);
    expect(theirs.daily.some((d: { min: number }) => d.min === 1)).toBe(false);
    const sleep = theirs.findings.find((f: { kind: string }) => f.kind === 'sleep');
    expect(sleep.sentence).toBe('Your mood was lower on days you slept under 6 hours: 4 vs 7 on average, over 28 days.');
    expect(theirs.emotions[0]).toEqual({ name: 'tired', count: 14, averageIntensity: 70 });
    expect(theirs.practiceMinutesPerWeek).toEqual([{ weekStart: '2026-11-16', minutes: 10 }]);
    const week = (await t.as(sam).get(`/api/clients/${robin.userId}/insights?range=week`)).json();
    expect(week.daily).toHaveLength(7);
    expect(week.findings).toEqual([]); // fewer than 7 days on each side
    expect((await t.as(sam).get(`/api/clients/${robin.userId}/insights?range=decade`)).json().error.fields.range).toMatch(/week, month/);
  });

  it('shows a day’s highest intensity for an intensity tracker, and totals for counts', async () => {
    const urge = (await t.as(robin).post(`/api/clients/${robin.userId}/trackers`, { name: 'Urge', type: 'intensity' })).json();
    const walks = (await t.as(robin).post(`/api/clients/${robin.userId}/trackers`, { name: 'Walks', type: 'count' })).json();
    let k = 0;
    const log = (trackerId: string, value: number) =>
      t.as(robin).post('/api/entries', { kind: 'behavior', occurredAt: '2026-11-20T15:00:00.000Z', idempotencyKey: `tracker-log-${(k += 1)}`, data: { trackerId, value } });
    await log(urge.id, 7);
    await log(urge.id, 4);
    await log(walks.id, 1);
    await log(walks.id, 2);
    const insights = (await t.as(robin).get(`/api/clients/${robin.userId}/insights?range=week`)).json();
    const perDay = (id: string) => insights.trackers.find((x: { id: string }) => x.id === id).perDay;
    expect(perDay(urge.id)).toEqual([{ date: '2026-11-20', total: 7 }]);
    expect(perDay(walks.id)).toEqual([{ date: '2026-11-20', total: 3 }]);
  });
});
