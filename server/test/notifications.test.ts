import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { scheduleNotification, type NewNotification } from '../src/features/notifications/service.ts';
import { dispatchDue, type DispatchDeps } from '../src/jobs/dispatcher.ts';
import type { Mail, Mailer } from '../src/mail/mailer.ts';
import { testDialect } from './support/db.ts';
import { ORIGIN, testServer, type Session } from './support/server.ts';

const t = await testServer();
const owner = await t.owner();
const sam = await t.invite(owner, 'therapist', 'Sam Therapist');
const newClient = (name: string) => t.invite(sam, 'client', name); // clients live in America/New_York

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// Every test moves this forward, so nothing one test scheduled falls due in another's dispatch.
let now = new Date('2026-11-02T09:00:00.000Z');
const later = (ms: number) => (now = new Date(now.getTime() + ms));

let key = 0;
const schedule = (userId: string, n: Partial<NewNotification> = {}) =>
  scheduleNotification(
    t.db,
    { userId, kind: 'assignment', dueAt: now, dropAfter: null, title: 'Time for your practice', clinicalBody: 'Breathing exercise: if I feel tense, then I breathe out slowly.', url: '/today', dedupeKey: `test-${(key += 1)}`, ...n },
    now,
  );
const rowOf = (id: string | null) => t.db.selectFrom('notifications').selectAll().where('id', '=', id ?? '').executeTakeFirstOrThrow();
const mailsTo = (s: Session, mark = 0) => t.smtp.mails.slice(mark).filter((m) => m.to === s.email);
const setPrefs = async (s: Session, p: object) => {
  const res = await t.as(s).put('/api/account/notification-preferences', { email: true, quietHoursStart: null, quietHoursEnd: null, showClinicalContent: false, ...p });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const dispatch = (deps: DispatchDeps = t.app.deps, options = {}) => dispatchDue(deps, now, options);

describe('scheduling', () => {
  it('is idempotent by dedupe key', async () => {
    const robin = await newClient('Robin');
    const first = await schedule(robin.userId, { dedupeKey: 'checkin:robin:2026-11-02' });
    const again = await schedule(robin.userId, { dedupeKey: 'checkin:robin:2026-11-02', title: 'Changed' });
    expect(first).toEqual(expect.any(String));
    expect(again).toBeNull();
    const rows = await t.db.selectFrom('notifications').select(['id', 'title']).where('dedupe_key', '=', 'checkin:robin:2026-11-02').execute();
    expect(rows).toEqual([{ id: first, title: 'Time for your practice' }]);
    await dispatch();
  });
});

describe('dispatch', () => {
  it('sends once by email and in-app, and marks the row sent', async () => {
    const ana = await newClient('Ana');
    later(HOUR);
    const mark = t.smtp.mark();
    const id = await schedule(ana.userId);
    expect(await dispatch()).toMatchObject({ claimed: 1, sent: 1 });
    const row = await rowOf(id);
    expect(row).toMatchObject({ status: 'sent', sent_at: now.toISOString(), delivered_at: now.toISOString(), attempts: 0 });
    expect(JSON.parse(row.channels)).toEqual({ inApp: 'delivered', email: 'sent' });
    expect(await dispatch()).toMatchObject({ claimed: 0 });
    const mails = mailsTo(ana, mark);
    expect(mails).toHaveLength(1);
    // No clinical content by default: neither the plan's text nor the title.
    expect(mails[0]?.text).toContain('You have a reminder from Stepwise');
    expect(mails[0]?.text).toContain(`${ORIGIN}/today`);
    expect(mails[0]?.text).not.toContain('Breathing');
    expect(mails[0]?.subject).not.toContain('practice');
  });

  it('drops a row that is past its drop-after time, with the reason', async () => {
    const ben = await newClient('Ben');
    later(HOUR);
    const mark = t.smtp.mark();
    // A check-in reminder more than 2 hours late is no longer useful.
    const id = await schedule(ben.userId, { kind: 'check_in', dueAt: new Date(now.getTime() - 3 * HOUR), dropAfter: new Date(now.getTime() - HOUR) });
    expect(await dispatch()).toMatchObject({ dropped: 1, sent: 0 });
    const row = await rowOf(id);
    expect(row.status).toBe('dropped');
    expect(row.reason).toMatch(/too late: 180 min after due/);
    expect(mailsTo(ben, mark)).toEqual([]);
    expect((await t.as(ben).get('/api/notifications')).json()).toEqual({ notifications: [], unread: 0 });
  });

  it('holds a notification through quiet hours in the person’s time zone, across a change of zone', async () => {
    const quinn = await newClient('Quinn');
    await setPrefs(quinn, { quietHoursStart: '22:00', quietHoursEnd: '07:00' });
    now = new Date('2026-11-04T03:30:00.000Z'); // 22:30 in New York (EST, UTC-5)
    const id = await schedule(quinn.userId);
    expect(await dispatch()).toMatchObject({ held: 1, sent: 0 });
    expect(await rowOf(id)).toMatchObject({ status: 'pending', next_attempt_at: '2026-11-04T12:00:00.000Z', delivered_at: null });
    now = new Date('2026-11-04T11:59:00.000Z');
    expect(await dispatch()).toMatchObject({ claimed: 0 });
    now = new Date('2026-11-04T12:00:00.000Z'); // 07:00 in New York
    expect(await dispatch()).toMatchObject({ sent: 1 });

    // Moved to Amsterdam: 23:00 there is 22:00 UTC, and quiet hours end at 07:00 CET = 06:00 UTC.
    await t.db.updateTable('users').set({ time_zone: 'Europe/Amsterdam' }).where('id', '=', quinn.userId).execute();
    now = new Date('2026-11-04T22:00:00.000Z');
    const second = await schedule(quinn.userId);
    expect(await dispatch()).toMatchObject({ held: 1 });
    expect((await rowOf(second)).next_attempt_at).toBe('2026-11-05T06:00:00.000Z');
    now = new Date('2026-11-05T06:00:00.000Z');
    expect(await dispatch()).toMatchObject({ sent: 1 });
  });

  it('with email off, delivers in-app only', async () => {
    const cleo = await newClient('Cleo');
    await setPrefs(cleo, { email: false });
    later(HOUR);
    const mark = t.smtp.mark();
    const id = await schedule(cleo.userId);
    expect(await dispatch()).toMatchObject({ sent: 1 });
    expect(JSON.parse((await rowOf(id)).channels)).toEqual({ inApp: 'delivered', email: 'off' });
    expect(mailsTo(cleo, mark)).toEqual([]);
    expect((await t.as(cleo).get('/api/notifications')).json()).toMatchObject({ unread: 1, notifications: [{ id, title: 'Time for your practice', body: 'You have a reminder from Stepwise', url: '/today' }] });
  });

  it('shows clinical content in email and the list only when the person allows it', async () => {
    const dev = await newClient('Dev');
    await setPrefs(dev, { showClinicalContent: true });
    later(HOUR);
    const mark = t.smtp.mark();
    const id = await schedule(dev.userId);
    await dispatch();
    const [mail] = mailsTo(dev, mark);
    expect(mail?.text).toContain('Breathing exercise: if I feel tense, then I breathe out slowly.');
    expect(mail?.subject).toBe('Time for your practice');
    expect((await t.as(dev).get('/api/notifications')).json().notifications[0]).toMatchObject({ id, body: 'Breathing exercise: if I feel tense, then I breathe out slowly.' });
  });

  it('retries a failing send with backoff and ends failed after the limit, without throwing', async () => {
    const eli = await newClient('Eli');
    later(HOUR);
    const mailer = t.app.deps.mailer;
    const send = mailer.send;
    mailer.send = () => Promise.reject(new Error('connection refused'));
    try {
      const id = await schedule(eli.userId);
      const waits: number[] = [];
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        expect(await dispatch()).toMatchObject({ retried: 1 });
        const row = await rowOf(id);
        expect(row).toMatchObject({ status: 'pending', attempts: attempt, reason: 'connection refused' });
        waits.push((Date.parse(row.next_attempt_at) - now.getTime()) / MINUTE);
        later(Date.parse(row.next_attempt_at) - now.getTime() - 1000);
        expect(await dispatch()).toMatchObject({ claimed: 0 }); // not before its time
        later(1000);
      }
      expect(waits).toEqual([1, 2, 4, 8]);
      expect(await dispatch()).toMatchObject({ failed: 1 });
      const row = await rowOf(id);
      expect(row).toMatchObject({ status: 'failed', attempts: 5 });
      expect(row.reason).toMatch(/email failed 5 times: connection refused/);
      expect(JSON.parse(row.channels)).toEqual({ inApp: 'delivered', email: 'failed' });
      // It still reached the in-app list at the first attempt.
      expect((await t.as(eli).get('/api/notifications')).json().unread).toBe(1);
    } finally {
      mailer.send = send;
    }
  });
});

describe('restarts and several instances', () => {
  it('a second instance on the same database sends what the first left, including a dead instance’s claims', async () => {
    const fay = await newClient('Fay');
    later(HOUR);
    const mark = t.smtp.mark();
    const ids = [await schedule(fay.userId, { dueAt: new Date(now.getTime() - 30 * MINUTE) }), await schedule(fay.userId), await schedule(fay.userId)];
    // One row was claimed by an instance that died mid-send: its lease ran out a minute ago.
    const stale = new Date(now.getTime() - MINUTE).toISOString();
    await t.db.updateTable('notifications').set({ status: 'claimed', claimed_by: 'dead-instance', claimed_until: stale, next_attempt_at: stale }).where('id', '=', ids[2] ?? '').execute();
    const second = await buildApp({ config: t.app.deps.config, database: t.database.handle, mailer: t.app.deps.mailer, clock: t.clock, logger: false });
    try {
      expect(await dispatch(second.deps, { instanceId: 'second' })).toMatchObject({ claimed: 3, sent: 3 });
    } finally {
      await second.close();
    }
    for (const id of ids) expect(await rowOf(id)).toMatchObject({ status: 'sent', claimed_by: 'second' });
    expect(mailsTo(fay, mark)).toHaveLength(3);
  });

  it('a round slowed by the mail server leaves the rest of its claims to lapse, and nothing is sent twice', async () => {
    const kit = await newClient('Kit');
    later(HOUR);
    const mark = t.smtp.mark();
    const ids = [await schedule(kit.userId), await schedule(kit.userId), await schedule(kit.userId)];
    const mailer = t.app.deps.mailer;
    const send = mailer.send;
    // Each mail takes 2 of the claim's 5 minutes: the first two rows start in time, the third
    // would start with less than half its claim left.
    mailer.send = async (mail) => {
      later(2 * MINUTE);
      await send(mail);
    };
    try {
      expect(await dispatchDue(t.app.deps, () => now, { instanceId: 'slow' })).toMatchObject({ claimed: 3, sent: 2 });
    } finally {
      mailer.send = send;
    }
    const rows = await Promise.all(ids.map(rowOf));
    expect(rows.map((r) => r.status).sort()).toEqual(['claimed', 'sent', 'sent']);
    // Each row is judged by the time it was sent, not when the round began.
    const sentAt = rows.flatMap((r) => (r.sent_at ? [Date.parse(r.sent_at)] : [])).sort();
    expect((sentAt[1] ?? 0) - (sentAt[0] ?? 0)).toBe(2 * MINUTE);
    // Another instance takes the third once the claim has lapsed, and only then.
    expect(await dispatch(t.app.deps, { instanceId: 'other' })).toMatchObject({ claimed: 0 });
    later(2 * MINUTE);
    expect(await dispatch(t.app.deps, { instanceId: 'other' })).toMatchObject({ claimed: 1, sent: 1 });
    expect(mailsTo(kit, mark)).toHaveLength(3);
  });

  it('two dispatchers at once deliver each of 200 notifications exactly once', async () => {
    const people = [await newClient('Gil'), await newClient('Hana'), await newClient('Ivo'), await newClient('Jun')];
    later(HOUR);
    const ids: string[] = [];
    for (let i = 0; i < 200; i += 1) ids.push((await schedule(people[i % 4]?.userId ?? '', { url: `/n/${i}` })) ?? '');
    // Each send takes a moment, as a real one does, so the two dispatchers overlap.
    const counting = (log: Mail[]): Mailer => ({
      send: async (m) => {
        log.push(m);
        await new Promise((r) => setTimeout(r, 1));
      },
      close: () => {},
    });
    const sentByA: Mail[] = [];
    const sentByB: Mail[] = [];
    // PostgreSQL: a second pool, as a second process would have. SQLite is one process's.
    const other = testDialect === 'postgres' ? t.database.reopen() : t.database.handle;
    try {
      const results = await Promise.all([
        dispatch({ ...t.app.deps, mailer: counting(sentByA) }, { instanceId: 'a', batchSize: 10 }),
        dispatch({ ...t.app.deps, db: other.db, mailer: counting(sentByB) }, { instanceId: 'b', batchSize: 10 }),
      ]);
      expect(results.map((r) => r.claimed).reduce((a, b) => a + b)).toBe(200);
    } finally {
      if (other !== t.database.handle) await other.close();
    }
    const links = [...sentByA, ...sentByB].map((m) => m.link);
    expect(links).toHaveLength(200);
    expect(new Set(links).size).toBe(200);
    const rows = await t.db.selectFrom('notifications').select(['status', 'claimed_by']).where('id', 'in', ids).execute();
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    expect(sentByA.length * sentByB.length, 'both instances took part').toBeGreaterThan(0);
    expect(rows.filter((r) => r.claimed_by === 'a')).toHaveLength(sentByA.length);
    expect(rows.filter((r) => r.claimed_by === 'b')).toHaveLength(sentByB.length);
  });
});

describe('the in-app list and preferences', () => {
  it('lists the person’s own delivered notifications newest first, with read and unread', async () => {
    const kai = await newClient('Kai');
    const lea = await newClient('Lea');
    later(HOUR);
    const first = await schedule(kai.userId, { title: 'First' });
    await dispatch();
    later(MINUTE);
    const second = await schedule(kai.userId, { title: 'Second' });
    await schedule(kai.userId, { title: 'Not yet due', dueAt: new Date(now.getTime() + HOUR) });
    await dispatch();
    const list = (await t.as(kai).get('/api/notifications')).json();
    expect(list.unread).toBe(2);
    expect(list.notifications.map((n: { id: string; readAt: string | null }) => [n.id, n.readAt])).toEqual([
      [second, null],
      [first, null],
    ]);
    expect((await t.as(kai).post(`/api/notifications/${first}/read`)).statusCode).toBe(200);
    expect((await t.as(kai).get('/api/notifications')).json().unread).toBe(1);
    // Someone else's notification is not theirs to know of.
    expect((await t.as(lea).post(`/api/notifications/${second}/read`)).statusCode).toBe(404);
    expect((await t.as(sam).post(`/api/notifications/${second}/read`)).statusCode).toBe(404);
    expect((await t.as(kai).post('/api/notifications/read-all')).statusCode).toBe(200);
    expect((await t.as(kai).get('/api/notifications')).json().unread).toBe(0);
    expect((await t.as(lea).get('/api/notifications')).json()).toEqual({ notifications: [], unread: 0 });
    later(HOUR); // the last one falls due; later tests' dispatches send it
  });

  it('keeps preferences per person, with defaults, and validates quiet hours', async () => {
    const max = await newClient('Max');
    const defaults = { email: true, inApp: true, quietHoursStart: null, quietHoursEnd: null, showClinicalContent: false, checkInTimes: [], digestTime: null };
    expect((await t.as(max).get('/api/account/notification-preferences')).json()).toEqual({ ...defaults, role: 'client' });
    expect(await setPrefs(max, { quietHoursStart: '21:30', quietHoursEnd: '06:45', showClinicalContent: true })).toEqual({ ...defaults, role: 'client', quietHoursStart: '21:30', quietHoursEnd: '06:45', showClinicalContent: true });
    expect((await t.as(sam).get('/api/account/notification-preferences')).json()).toEqual({ ...defaults, role: 'therapist' });
    const put = (body: object) => t.as(max).put('/api/account/notification-preferences', { ...defaults, inApp: undefined, ...body });
    expect((await put({ quietHoursStart: '25:00', quietHoursEnd: '06:00' })).json().error.fields).toHaveProperty('quietHoursStart');
    expect((await put({ quietHoursStart: '22:00' })).json().error.fields).toEqual({ quietHoursEnd: 'set both ends of quiet hours, or neither' });
    expect((await put({ quietHoursStart: '22:00', quietHoursEnd: '22:00' })).statusCode).toBe(400);
    expect((await put({ push: true })).statusCode).toBe(400);
    expect((await t.as(null).get('/api/account/notification-preferences')).statusCode).toBe(401);
  });
});

describe('safety alerts', () => {
  it('also queue an in-app notification for each therapist on the care team, without a second email', async () => {
    const nia = await newClient('Nia');
    // The request runs at the app's clock (sessions would expire if it jumped ahead); the
    // dispatch below runs later than that.
    const raisedAt = t.clock.now();
    const today = raisedAt.toISOString().slice(0, 10);
    const scheduleId = (await t.as(sam).post(`/api/clients/${nia.userId}/measure-schedules`, { measure: { kind: 'instrument', key: 'phq9' }, cadence: { frequency: 'once', startDate: today } })).json().id;
    const mark = t.smtp.mark();
    const answers = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0, '7': 0, '8': 0, '9': 1, difficulty: null };
    const res = await t.as(nia).post('/api/me/responses', { scheduleId, dueDate: today, answers });
    expect(res.json().crisis).toBe(true);
    const queued = await t.db.selectFrom('notifications').selectAll().where('user_id', '=', sam.userId).where('kind', '=', 'safety_alert').execute();
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ status: 'pending', url: '/alerts', due_at: raisedAt.toISOString() });
    await dispatch();
    const list = (await t.as(sam).get('/api/notifications')).json();
    expect(list.notifications[0]).toMatchObject({ kind: 'safety_alert', title: 'Safety alert', url: '/alerts' });
    expect(list.notifications[0].body).not.toContain('Nia');
    expect(mailsTo(sam, mark)).toHaveLength(1); // the immediate alert email only
  });
});
