import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ORIGIN, testServer, type Session } from './support/server.ts';

const t = await testServer();
const owner = await t.owner();
let sam = await t.invite(owner, 'therapist', 'Sam Therapist');
let other = await t.invite(owner, 'therapist', 'Other Therapist');
let robin = await t.invite(sam, 'client', 'Robin Fisher');
let noor = await t.invite(other, 'client', 'Noor Haddad');
for (const s of [robin, sam]) await t.as(s).patch('/api/account', { timeZone: 'Europe/Amsterdam' });

const session = { time: '10:00', timeZone: 'Europe/Amsterdam', durationMinutes: 50, mode: 'in_person', place: 'Room 2, Riverside' };
// Booked while "now" is November 2026; the feeds are read in March 2027, before the change to summer time.
const series = (await t.as(sam).post(`/api/clients/${robin.userId}/appointments`, { ...session, date: '2027-03-22', repeat: 'weekly', count: 3 })).json().appointments as { id: string }[];
const single = (await t.as(sam).post(`/api/clients/${robin.userId}/appointments`, { ...session, date: '2027-03-16' })).json().appointments[0] as { id: string };
await t.as(sam).post(`/api/appointments/${single.id}/cancel`, {});
const noorSession = (await t.as(other).post(`/api/clients/${noor.userId}/appointments`, { ...session, date: '2027-03-17' })).json().appointments[0] as { id: string };
const weekly = { kind: 'weekly', startDate: '2027-03-15', endDate: '2027-04-08', weekdays: [1, 4], times: ['08:00'] };
const plan = (await t.as(sam).post(`/api/clients/${robin.userId}/assignments`, { kind: 'practice', title: 'Walk around the block', where: 'The park', schedule: weekly })).json() as { id: string };
const anyTime = { kind: 'daily', startDate: '2027-03-10', endDate: '2027-03-12', times: [] };
await t.as(sam).post(`/api/clients/${robin.userId}/assignments`, { kind: 'practice', title: 'Breathing', schedule: anyTime });
t.clock.set('2027-03-10T12:00:00.000Z');
// Four months on, every session has expired: sign in again.
sam = await t.signIn(sam.email);
other = await t.signIn(other.email);
robin = await t.signIn(robin.email);
noor = await t.signIn(noor.email);

async function feedPath(who: Session): Promise<string> {
  const res = await t.as(who).post('/api/account/calendar-feed', {});
  expect(res.statusCode, res.body).toBe(201);
  const url = new URL(res.json().url as string);
  expect(url.origin).toBe(ORIGIN);
  return url.pathname;
}

/** Fetches a feed anonymously, as a calendar app does, and parses it with ical.js. */
async function events(path: string) {
  const res = await t.as(null).get(path);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/calendar/);
  const cal = new ICAL.Component(ICAL.parse(res.body));
  return { body: res.body, list: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}
const uidOf = (kind: string, id: string) => expect.stringMatching(new RegExp(`^${kind}-${id}`));

describe('calendar feed', () => {
  it('holds the client sessions at the right instants across the change to summer time', async () => {
    const { list } = await events(await feedPath(robin));
    const sessions = list.filter((e) => series.some((a) => e.uid.startsWith(`appointment-${a.id}`)));
    expect(sessions.map((e) => e.startDate.toJSDate().toISOString())).toEqual(['2027-03-22T09:00:00.000Z', '2027-03-29T08:00:00.000Z', '2027-04-05T08:00:00.000Z']);
    // Written in the client's zone, so each is 10:00 on the wall clock.
    expect(sessions.map((e) => [e.startDate.zone?.tzid, e.startDate.hour, e.duration.toSeconds()])).toEqual(Array(3).fill(['Europe/Amsterdam', 10, 50 * 60]));
    expect(sessions[0]).toMatchObject({ summary: 'Session with Sam Therapist', location: 'Room 2, Riverside' });
    const cancelled = list.find((e) => e.uid.startsWith(`appointment-${single.id}`));
    expect(cancelled?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('repeats a weekly plan at 08:00 local through its RRULE, and an any-time plan as all-day events', async () => {
    const { list } = await events(await feedPath(robin));
    const walk = list.find((e) => e.uid.startsWith(`assignment-${plan.id}`));
    expect(walk).toMatchObject({ summary: 'Walk around the block', location: 'The park' });
    expect(walk?.isRecurring()).toBe(true);
    expect(walk?.startDate.zone?.tzid).toBe('Europe/Amsterdam');
    const it = walk?.iterator();
    const starts: string[] = [];
    for (let next = it?.next(); next && starts.length < 20; next = it?.next()) starts.push(next.toJSDate().toISOString());
    // Mondays and Thursdays from 15 March to 8 April; 07:00 UTC in winter, 06:00 UTC from 28 March.
    expect(starts).toEqual([
      '2027-03-15T07:00:00.000Z', '2027-03-18T07:00:00.000Z', '2027-03-22T07:00:00.000Z', '2027-03-25T07:00:00.000Z',
      '2027-03-29T06:00:00.000Z', '2027-04-01T06:00:00.000Z', '2027-04-05T06:00:00.000Z', '2027-04-08T06:00:00.000Z',
    ]);
    const breathing = list.find((e) => e.summary === 'Breathing');
    expect(breathing?.startDate.isDate).toBe(true);
    const days = breathing?.iterator();
    const dates: string[] = [];
    for (let next = days?.next(); next && dates.length < 10; next = days?.next()) dates.push(next.toString());
    expect(dates).toEqual(['2027-03-10', '2027-03-11', '2027-03-12']);
  });

  it('keeps every UID stable across fetches, so calendar apps update rather than duplicate', async () => {
    const path = await feedPath(robin);
    const first = await events(path);
    const second = await events(path);
    expect(first.list.map((e) => e.uid).sort()).toEqual(second.list.map((e) => e.uid).sort());
    expect(new Set(first.list.map((e) => e.uid)).size).toBe(first.list.length);
    expect(second.body).toBe(first.body);
  });

  it('gives the therapist their clients’ sessions by first name only, and each feed only its owner’s events', async () => {
    const sams = (await events(await feedPath(sam))).list;
    expect(sams.map((e) => e.uid)).toEqual(expect.arrayContaining([...series, single].map((a) => uidOf('appointment', a.id))));
    expect(new Set(sams.map((e) => e.summary))).toEqual(new Set(['Session: Robin']));
    expect(sams.some((e) => e.uid.includes(noorSession.id) || e.uid.startsWith('assignment-'))).toBe(false);
    const noors = (await events(await feedPath(noor))).list;
    expect(noors.map((e) => e.uid)).toEqual([uidOf('appointment', noorSession.id)]);
    const others = (await events(await feedPath(other))).list;
    expect(others.map((e) => e.summary)).toEqual(['Session: Noor']);
    expect((await events(await feedPath(robin))).list.some((e) => e.uid.includes(noorSession.id))).toBe(false);
  });

  it('answers 404 for a replaced, a stopped or an unknown link, and reports whether one is live', async () => {
    const old = await feedPath(noor);
    const current = await feedPath(noor);
    expect((await t.as(null).get(old)).statusCode).toBe(404);
    expect((await t.as(null).get(current)).statusCode).toBe(200);
    expect((await t.as(noor).get('/api/account/calendar-feed')).json()).toEqual({ active: true, createdAt: '2027-03-10T12:00:00.000Z' });
    expect((await t.as(noor).delete('/api/account/calendar-feed')).statusCode).toBe(200);
    expect((await t.as(null).get(current)).statusCode).toBe(404);
    expect((await t.as(noor).get('/api/account/calendar-feed')).json()).toEqual({ active: false, createdAt: null });
    expect((await t.as(null).get('/api/calendar/not-a-real-token.ics')).statusCode).toBe(404);
  });
});
