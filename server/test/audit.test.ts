import { describe, expect, it } from 'vitest';
import { DAY } from '../src/clock.ts';
import { testServer } from './support/server.ts';

const t = await testServer();
let owner = await t.owner();
const sam = await t.invite(owner, 'therapist', 'Sam');
const robin = await t.invite(sam, 'client', 'Robin');
const kim = await t.invite(sam, 'client', 'Kim');

describe('audit log view', () => {
  it('is for admins only', async () => {
    expect((await t.as(sam).get('/api/audit')).statusCode).toBe(403);
    expect((await t.as(robin).get('/api/audit')).statusCode).toBe(403);
    expect((await t.as(null).get('/api/audit')).statusCode).toBe(401);
  });

  it('shows sign-ins, success and failure, newest first', async () => {
    await t.as(null).post('/api/auth/sign-in', { email: 'owner@example.test', password: 'not my password' });
    const page = (await t.as(owner).get('/api/audit?limit=200')).json();
    const signIns = page.entries.filter((e: { action: string }) => e.action === 'auth.sign_in');
    expect(signIns.some((e: { outcome: string }) => e.outcome === 'failure')).toBe(true);
    expect(signIns.some((e: { outcome: string }) => e.outcome === 'success')).toBe(true);
    const times = page.entries.map((e: { at: string }) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by client and by date in the admin’s time zone, and pages', async () => {
    await t.as(sam).get(`/api/clients/${robin.userId}`);
    t.clock.advance(2 * DAY);
    owner = await t.signIn('owner@example.test');
    const samNow = await t.signIn(sam.email);
    await t.as(samNow).get(`/api/clients/${robin.userId}`);
    await t.as(samNow).get(`/api/clients/${kim.userId}`);

    const forRobin = (await t.as(owner).get(`/api/audit?clientId=${robin.userId}`)).json().entries;
    expect(forRobin.length).toBeGreaterThan(0);
    expect(forRobin.every((e: { client: { id: string } }) => e.client.id === robin.userId)).toBe(true);
    expect(forRobin.some((e: { action: string }) => e.action === 'client.viewed')).toBe(true);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(t.clock.now());
    const onlyToday = (await t.as(owner).get(`/api/audit?clientId=${robin.userId}&from=${today}&to=${today}`)).json().entries;
    expect(onlyToday.filter((e: { action: string }) => e.action === 'client.viewed')).toHaveLength(1);

    const first = (await t.as(owner).get('/api/audit?limit=3')).json();
    expect(first.entries).toHaveLength(3);
    const second = (await t.as(owner).get(`/api/audit?limit=3&before=${encodeURIComponent(first.nextBefore)}`)).json();
    const ids = new Set(first.entries.map((e: { id: string }) => e.id));
    expect(second.entries.some((e: { id: string }) => ids.has(e.id))).toBe(false);
  });

  it('names a bad date filter', async () => {
    const res = await t.as(owner).get('/api/audit?from=yesterday');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.from).toMatch(/YYYY-MM-DD/);
  });
});
