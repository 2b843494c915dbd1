import { describe, expect, it } from 'vitest';
import { DAY } from '../src/clock.ts';
import { testServer } from './support/server.ts';

const t = await testServer();
t.clock.set('2026-11-04T15:00:00.000Z');
const owner = await t.owner();
const sam = await t.invite(owner, 'therapist', 'Sam');
const other = await t.invite(owner, 'therapist', 'Other');
const robin = await t.invite(sam, 'client', 'Robin'); // America/New_York

let key = 0;
const entry = (kind: string, data: object, extra: object = {}) => ({ kind, occurredAt: t.clock.now().toISOString(), idempotencyKey: `key-${(key += 1)}-abcdef`, data, ...extra });

describe('self-monitoring entries', () => {
  it('saves a mood check-in with the client’s local date and zone', async () => {
    const res = await t.as(robin).post('/api/entries', entry('mood', { mood: 6 }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'mood', localDate: '2026-11-04', localTime: '10:00', timeZone: 'America/New_York', shared: true, data: { mood: 6, emotions: [] } });
  });

  it('saves once per idempotency key, however often the device retries', async () => {
    const body = entry('mood', { mood: 3, note: 'rough morning' });
    const [a, b] = await Promise.all([t.as(robin).post('/api/entries', body), t.as(robin).post('/api/entries', body)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().id).toBe(b.json().id);
    const again = await t.as(robin).post('/api/entries', body);
    expect(again.statusCode).toBe(200);
    const rows = await t.db.selectFrom('entries').select('id').where('idempotency_key', '=', body.idempotencyKey).execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses bad input with a clear 400 naming the field, and stores nothing', async () => {
    const before = (await t.db.selectFrom('entries').select('id').execute()).length;
    const intense = await t.as(robin).post('/api/entries', entry('mood', { mood: 5, emotions: [{ name: 'anxious', intensity: 140 }] }));
    expect(intense.json().error.fields['data.emotions.0.intensity']).toMatch(/0 to 100/);
    const future = await t.as(robin).post('/api/entries', entry('mood', { mood: 5 }, { occurredAt: new Date(t.clock.now().getTime() + 2 * DAY).toISOString() }));
    expect(future.json().error.fields.occurredAt).toMatch(/future/);
    const huge = await t.as(robin).post('/api/entries', entry('journal', { text: 'x'.repeat(1024 * 1024) }));
    expect(huge.statusCode).toBe(413);
    const long = await t.as(robin).post('/api/entries', entry('journal', { text: 'x'.repeat(20_001) }));
    expect(long.json().error.fields['data.text']).toMatch(/at most 20000/);
    expect((await t.as(sam).post('/api/entries', entry('mood', { mood: 5 }))).statusCode).toBe(403);
    expect((await t.db.selectFrom('entries').select('id').execute()).length).toBe(before);
  });

  it('keeps journal entries private by default, and a private entry never reaches the therapist', async () => {
    await t.as(robin).post('/api/entries', entry('journal', { text: 'A private thought about my family' }));
    await t.as(robin).post('/api/entries', entry('journal', { text: 'Something I want to share', prompt: 'bring_to_session' }, { shared: true }));
    await t.as(robin).post('/api/entries', entry('mood', { mood: 2, note: 'secret low day' }, { shared: false }));
    const own = (await t.as(robin).get(`/api/clients/${robin.userId}/entries`)).json().entries;
    expect(own.filter((e: { kind: string }) => e.kind === 'journal')).toHaveLength(2);
    const seen = await t.as(sam).get(`/api/clients/${robin.userId}/entries`);
    const text = seen.body;
    expect(text).not.toContain('A private thought');
    expect(text).not.toContain('secret low day');
    expect(text).toContain('Something I want to share');
    expect((await t.as(other).get(`/api/clients/${robin.userId}/entries`)).statusCode).toBe(404);
  });

  it('tracks behaviors and urges against a defined tracker and its type', async () => {
    const tracker = (await t.as(sam).post(`/api/clients/${robin.userId}/trackers`, { name: 'Urge to check phone', type: 'intensity', category: 'urge' })).json();
    const ok = await t.as(robin).post('/api/entries', entry('behavior', { trackerId: tracker.id, value: 7, trigger: 'bored at work' }));
    expect(ok.statusCode).toBe(201);
    const bad = await t.as(robin).post('/api/entries', entry('behavior', { trackerId: tracker.id, value: 12 }));
    expect(bad.json().error.fields['data.value']).toMatch(/0 to 10/);
    const foreign = await t.as(robin).post('/api/entries', entry('behavior', { trackerId: 'not-mine', value: 1 }));
    expect(foreign.json().error.fields['data.trackerId']).toBeDefined();
    expect((await t.as(robin).get(`/api/clients/${robin.userId}/trackers`)).json().trackers[0]).toMatchObject({ name: 'Urge to check phone', createdBy: { name: 'Sam' } });
  });

  it('lets the client edit or delete for 7 days, keeping the old version, then locks the entry', async () => {
    const made = (await t.as(robin).post('/api/entries', entry('mood', { mood: 4 }))).json();
    t.clock.advance(60_000);
    const edited = await t.as(robin).patch(`/api/entries/${made.id}`, { data: { mood: 5, note: 'actually a bit better' } });
    expect(edited.json()).toMatchObject({ edited: true, data: { mood: 5 } });
    const versions = await t.db.selectFrom('entry_versions').selectAll().where('entry_id', '=', made.id).execute();
    expect(JSON.parse(versions[0]?.data ?? '{}')).toMatchObject({ mood: 4 });
    expect((await t.as(sam).patch(`/api/entries/${made.id}`, { data: { mood: 9 } })).statusCode).toBe(404);
    t.clock.advance(8 * DAY);
    const locked = await t.as(robin).patch(`/api/entries/${made.id}`, { data: { mood: 6 } });
    expect(locked.statusCode).toBe(409);
    expect((await t.as(robin).delete(`/api/entries/${made.id}`)).json().error.code).toBe('entry_locked');
    const fresh = (await t.as(robin).post('/api/entries', entry('mood', { mood: 7 }))).json();
    expect((await t.as(robin).delete(`/api/entries/${fresh.id}`)).statusCode).toBe(200);
    const list = (await t.as(robin).get(`/api/clients/${robin.userId}/entries?kind=mood`)).json().entries;
    expect(list.map((e: { id: string }) => e.id)).not.toContain(fresh.id);
  });

  it('validates every tracker kind', async () => {
    const thought = await t.as(robin).post(
      '/api/entries',
      entry('thought_record', {
        situation: 'My friend did not answer my message',
        emotions: [{ name: 'anxious', intensity: 70 }],
        thoughts: [{ text: 'She is angry with me', belief: 80, hot: true }],
        evidenceFor: 'She usually answers fast',
        evidenceAgainst: 'She told me she has a busy week',
        balancedThought: 'She is probably busy; I can ask tomorrow',
        balancedBelief: 60,
        emotionsAfter: [{ name: 'anxious', intensity: 35 }],
      }),
    );
    expect(thought.statusCode).toBe(201);
    const twoHot = await t.as(robin).post('/api/entries', entry('thought_record', { situation: 's', emotions: [{ name: 'sad', intensity: 5 }], thoughts: [{ text: 'a', belief: 1, hot: true }, { text: 'b', belief: 1, hot: true }] }));
    expect(twoHot.json().error.fields['data.thoughts']).toMatch(/at most one hot/);
    expect((await t.as(robin).post('/api/entries', entry('skill', { skill: 'Slow breathing', minutes: 10, helpfulness: 7 }))).statusCode).toBe(201);
    expect((await t.as(robin).post('/api/entries', entry('activity', { activity: 'Walk in the park', status: 'done', pleasure: 6, mastery: 4 }))).statusCode).toBe(201);
    expect((await t.as(robin).post('/api/entries', entry('activity', { activity: 'Walk', status: 'maybe' }))).statusCode).toBe(400);
    expect((await t.as(robin).post('/api/entries', entry('dream', { text: 'x' }))).json().error.fields.kind).toMatch(/kind must be/);
  });

  it('keeps a skills list and the optional mood fields per client', async () => {
    const start = (await t.as(robin).get(`/api/clients/${robin.userId}/monitoring-settings`)).json();
    expect(start.skills.length).toBeGreaterThan(0);
    expect(start.moodFields).toEqual([]);
    await t.as(sam).put(`/api/clients/${robin.userId}/monitoring-settings`, { skills: ['Opposite action', 'Slow breathing'], moodFields: [] });
    const mine = (await t.as(robin).put(`/api/clients/${robin.userId}/monitoring-settings`, { skills: ['Opposite action', 'Slow breathing'], moodFields: ['sleep', 'energy'] })).json();
    expect(mine).toEqual({ skills: ['Opposite action', 'Slow breathing'], moodFields: ['sleep', 'energy'] });
    expect((await t.as(robin).put(`/api/clients/${robin.userId}/monitoring-settings`, { skills: [], moodFields: ['mood'] })).statusCode).toBe(400);
  });

  it('audits the care team’s reads of entries, trackers, settings and insights, but not the client’s own', async () => {
    const therapist = await t.signIn(sam.email); // earlier tests moved the clock past the idle limit
    const since = new Date(t.clock.now().getTime() - 1).toISOString();
    for (const path of ['entries', 'trackers', 'monitoring-settings', 'insights']) {
      expect((await t.as(therapist).get(`/api/clients/${robin.userId}/${path}`)).statusCode).toBe(200);
    }
    await t.as(robin).get(`/api/clients/${robin.userId}/trackers`);
    const rows = await t.db.selectFrom('audit_log').select(['action', 'actor_id']).where('client_id', '=', robin.userId).where('at', '>=', since).execute();
    expect(rows.filter((r) => r.actor_id === sam.userId).map((r) => r.action).sort()).toEqual(['entries.listed', 'insights.viewed', 'monitoring_settings.viewed', 'trackers.listed']);
    expect(rows.filter((r) => r.actor_id === robin.userId)).toEqual([]);
  });
});
