import { NEUTRAL_NOTIFICATION_TEXT } from '@stepwise/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { scheduleNotification, type NewNotification } from '../src/features/notifications/service.ts';
import { pushEndpointProblem } from '../src/features/push/endpoint.ts';
import { createPushSender } from '../src/features/push/sender.ts';
import { subscribePush } from '../src/features/push/service.ts';
import { vapidKeys } from '../src/features/push/vapid.ts';
import { dispatchDue } from '../src/jobs/dispatcher.ts';
import { testDialect } from './support/db.ts';
import { subscriptionBody } from './support/push.ts';
import { startPushService } from './support/push-service.ts';
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
const dispatch = (deps = t.app.deps) => dispatchDue(deps, now);

let key = 0;
const schedule = (userId: string, n: Partial<NewNotification> = {}) =>
  scheduleNotification(
    t.db,
    { userId, kind: 'assignment', dueAt: now, dropAfter: null, title: 'Time for your practice', clinicalBody: 'Breathing exercise: if I feel tense, then I breathe out slowly.', url: '/today', dedupeKey: `push-test-${(key += 1)}`, ...n },
    now,
  );
const rowOf = (id: string | null) => t.db.selectFrom('notifications').selectAll().where('id', '=', id ?? '').executeTakeFirstOrThrow();
const channelsOf = async (id: string | null) => JSON.parse((await rowOf(id)).channels) as { inApp?: string; email?: string; push?: Record<string, string> };
const mailsTo = (s: Session, mark = 0) => t.smtp.mails.slice(mark).filter((m) => m.to === s.email);
const pushesTo = (endpoint: string, mark = 0) => t.push.sent.slice(mark).filter((p) => p.target.endpoint === endpoint);
const subsOf = (s: Session) => t.db.selectFrom('push_subscriptions').selectAll().where('user_id', '=', s.userId).execute();
const unsubscribe = (s: Session | null, endpoint: unknown) =>
  t.app.inject({ method: 'DELETE', url: '/api/push/subscriptions', headers: { origin: ORIGIN, 'content-type': 'application/json', ...(s ? { cookie: s.cookie } : {}) }, payload: JSON.stringify({ endpoint }) });

/** Subscribes a browser of `s` through the API and returns its endpoint and stored id. */
async function device(s: Session, endpoint?: string) {
  const body = subscriptionBody(endpoint);
  const res = await t.as(s).post('/api/push/subscriptions', body);
  expect(res.statusCode, res.body).toBe(201);
  return { endpoint: body.endpoint, id: (res.json() as { id: string }).id };
}
const setPrefs = async (s: Session, p: object) => {
  const res = await t.as(s).put('/api/account/notification-preferences', { email: true, quietHoursStart: null, quietHoursEnd: null, showClinicalContent: false, ...p });
  expect(res.statusCode, res.body).toBe(200);
};

afterAll(() => t.push.reset());

describe('subscribing', () => {
  it('refuses endpoints that are not a known push service over https, naming the field, and stores nothing', async () => {
    const ada = await newClient('Ada');
    const good = subscriptionBody();
    const cases: Array<[object, string, RegExp]> = [
      [{ ...good, endpoint: 'https://evil.example/push/1' }, 'endpoint', /push service/],
      [{ ...good, endpoint: 'http://fcm.googleapis.com/fcm/send/abc' }, 'endpoint', /https/],
      [{ ...good, endpoint: 'https://fcm.googleapis.com:8443/fcm/send/abc' }, 'endpoint', /default https port/],
      [{ ...good, endpoint: 'https://user:pw@fcm.googleapis.com/fcm/send/abc' }, 'endpoint', /credentials/],
      [{ ...good, endpoint: 'https://fcm.googleapis.com.evil.example/x' }, 'endpoint', /push service/],
      [{ ...good, endpoint: 'https://notpush.services.mozilla.com.example/x' }, 'endpoint', /push service/],
      // The server's own loopback (SSRF) is refused unless PUSH_ENDPOINT_ALLOW says otherwise.
      [{ ...good, endpoint: 'http://127.0.0.1:3000/api/account' }, 'endpoint', /https/],
      [{ ...good, endpoint: 'not a url' }, 'endpoint', /URL/],
      [{ endpoint: good.endpoint }, 'keys', /required/],
      [{ ...good, keys: { p256dh: good.keys.p256dh } }, 'keys.auth', /required/],
      [{ ...good, keys: { ...good.keys, auth: 'short' } }, 'keys.auth', /16 bytes/],
      // The right length, but not a point on the curve.
      [{ ...good, keys: { ...good.keys, p256dh: `B${'A'.repeat(86)}` } }, 'keys.p256dh', /P-256/],
      [{ ...good, extra: 1 }, 'extra', /not a known field/],
    ];
    for (const [body, field, message] of cases) {
      const res = await t.as(ada).post('/api/push/subscriptions', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const fields = res.json().error.fields as Record<string, string>;
      expect(Object.keys(fields), JSON.stringify(body)).toContain(field);
      expect(fields[field]).toMatch(message);
    }
    expect(await subsOf(ada)).toEqual([]);
    expect((await t.as(null).post('/api/push/subscriptions', good)).statusCode).toBe(401);
  });

  it('accepts the push services of Chrome, Firefox, Edge and Safari', async () => {
    const bo = await newClient('Bo');
    for (const endpoint of [
      'https://fcm.googleapis.com/fcm/send/dXk1',
      'https://updates.push.services.mozilla.com/wpush/v2/gAAA',
      'https://wns2-par02p.notify.windows.com/w/?token=BQYAAA',
      'https://web.push.apple.com/QGuQyavXutnMH',
    ]) {
      await device(bo, endpoint);
    }
    expect((await subsOf(bo)).map((s) => s.endpoint)).toHaveLength(4);
  });

  it('is an upsert by endpoint: again refreshes the keys; a shared device follows whoever subscribed last', async () => {
    const cy = await newClient('Cy');
    const dee = await newClient('Dee');
    const first = await device(cy);
    const again = subscriptionBody(first.endpoint);
    expect((await t.as(cy).post('/api/push/subscriptions', { ...again, label: 'Firefox on Linux' })).json()).toEqual({ id: first.id });
    expect(await subsOf(cy)).toMatchObject([{ id: first.id, p256dh: again.keys.p256dh, auth: again.keys.auth, label: 'Firefox on Linux' }]);
    // Dee signs in on the same browser and turns push on: Cy's notifications stop going there.
    const moved = await device(dee, first.endpoint);
    expect(moved.id).toBe(first.id);
    expect(await subsOf(cy)).toEqual([]);
    expect(await subsOf(dee)).toHaveLength(1);
    const audits = await t.db.selectFrom('audit_log').select(['action', 'actor_id', 'detail']).where('target_id', '=', first.id).orderBy('at').orderBy('id').execute();
    expect(audits.map((a) => a.action)).toEqual(['push_subscription.created', 'push_subscription.created', 'push_subscription.created']);
    // No secrets in the audit log: neither the endpoint nor the keys.
    for (const a of audits) expect(a.detail ?? '').not.toMatch(/fcm|p256dh|auth"/);
    expect(JSON.parse(audits[2]?.detail ?? '{}')).toEqual({ renewed: false, fromAnotherPerson: true });
  });

  it('deletes only the caller’s own subscription', async () => {
    const eve = await newClient('Eve');
    const fin = await newClient('Fin');
    const mine = await device(eve);
    expect((await unsubscribe(fin, mine.endpoint)).statusCode).toBe(404);
    expect((await unsubscribe(sam, mine.endpoint)).statusCode).toBe(404);
    expect((await unsubscribe(null, mine.endpoint)).statusCode).toBe(401);
    expect(await subsOf(eve)).toHaveLength(1);
    const res = await unsubscribe(eve, mine.endpoint);
    expect(res.statusCode, res.body).toBe(200);
    expect(await subsOf(eve)).toEqual([]);
    expect((await unsubscribe(eve, mine.endpoint)).statusCode).toBe(404);
    const removed = await t.db.selectFrom('audit_log').select(['action', 'actor_id', 'detail']).where('target_id', '=', mine.id).where('action', '=', 'push_subscription.removed').execute();
    expect(removed).toEqual([{ action: 'push_subscription.removed', actor_id: eve.userId, detail: null }]);
  });
});

describe('signing out everywhere', () => {
  it('removes every device of the person, and only theirs', async () => {
    const gil = await newClient('Gil');
    const other = await newClient('Other');
    await device(gil);
    await device(gil);
    await device(other);
    const fresh = await t.signIn(gil.email);
    expect((await t.as(fresh).post('/api/auth/sign-out-all')).statusCode).toBe(200);
    expect(await subsOf(gil)).toEqual([]);
    expect(await subsOf(other)).toHaveLength(1);
    const [entry] = await t.db.selectFrom('audit_log').select('detail').where('action', '=', 'auth.sign_out_all').where('actor_id', '=', gil.userId).execute();
    expect(JSON.parse(entry?.detail ?? '{}')).toEqual({ pushDevicesRemoved: 2 });
  });
});

describe('VAPID keys', () => {
  it('are made once, kept in settings and reused', async () => {
    const first = (await t.as(sam).get('/api/push/public-key')).json().publicKey as string;
    const again = (await t.as(owner).get('/api/push/public-key')).json().publicKey as string;
    expect(again).toBe(first);
    const raw = Buffer.from(first, 'base64url');
    expect([raw.length, raw[0]]).toEqual([65, 4]); // an uncompressed P-256 point
    const rows = await t.db.selectFrom('settings').select('value').where('key', '=', 'vapid_keys').execute();
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]?.value ?? '{}').publicKey).toBe(first);
    expect((await t.as(null).get('/api/push/public-key')).statusCode).toBe(401);
  });

  it('two instances racing on first start agree on one pair', async () => {
    const saved = await t.db.selectFrom('settings').selectAll().where('key', '=', 'vapid_keys').executeTakeFirstOrThrow();
    await t.db.deleteFrom('settings').where('key', '=', 'vapid_keys').execute();
    // PostgreSQL: a second pool, as a second process would have.
    const other = testDialect === 'postgres' ? t.database.reopen() : t.database.handle;
    try {
      const pairs = await Promise.all([vapidKeys(t.db), vapidKeys(other.db), vapidKeys(t.db), vapidKeys(other.db)]);
      expect(new Set(pairs.map((p) => p.publicKey)).size).toBe(1);
      expect(new Set(pairs.map((p) => p.privateKey)).size).toBe(1);
      expect(await t.db.selectFrom('settings').select('key').where('key', '=', 'vapid_keys').execute()).toHaveLength(1);
    } finally {
      if (other !== t.database.handle) await other.close();
      await t.db.updateTable('settings').set({ value: saved.value }).where('key', '=', 'vapid_keys').execute();
    }
  });
});

describe('the allow-list for test endpoints', () => {
  it('matches origins exactly, with "*" for any port', () => {
    expect(pushEndpointProblem('http://127.0.0.1:4567/push/1', ['http://127.0.0.1:*'])).toBeNull();
    expect(pushEndpointProblem('http://127.0.0.1:4567/push/1', ['http://127.0.0.1:4567'])).toBeNull();
    expect(pushEndpointProblem('http://127.0.0.1:4568/push/1', ['http://127.0.0.1:4567'])).not.toBeNull();
    expect(pushEndpointProblem('http://localhost:4567/push/1', ['http://127.0.0.1:*'])).not.toBeNull();
    expect(pushEndpointProblem('https://127.0.0.1:4567/push/1', ['http://127.0.0.1:*'])).not.toBeNull();
    // A user part that looks like the allowed host does not fool it.
    expect(pushEndpointProblem('http://127.0.0.1:4567@evil.example/push', ['http://127.0.0.1:*'])).not.toBeNull();
    expect(pushEndpointProblem('http://127.0.0.1:4567/push/1', [])).not.toBeNull();
  });
});

describe('push delivery', () => {
  it('sends the neutral text to each device by default, once, with the tag and url', async () => {
    const gus = await newClient('Gus');
    const phone = await device(gus);
    const laptop = await device(gus);
    later(HOUR);
    const mark = t.push.mark();
    const id = await schedule(gus.userId);
    expect(await dispatch()).toMatchObject({ sent: 1 });
    for (const d of [phone, laptop]) {
      const sent = pushesTo(d.endpoint, mark);
      expect(sent).toHaveLength(1);
      expect(sent[0]?.payload).toEqual({ title: 'Stepwise', body: NEUTRAL_NOTIFICATION_TEXT, url: '/today', tag: id });
      expect(sent[0]?.options).toEqual({ ttlSeconds: 24 * 3600, urgency: 'normal' });
    }
    expect(await channelsOf(id)).toEqual({ inApp: 'delivered', email: 'sent', push: { [phone.id]: 'sent', [laptop.id]: 'sent' } });
    expect((await subsOf(gus)).every((s) => s.last_success_at === now.toISOString())).toBe(true);
    expect(await dispatch()).toMatchObject({ claimed: 0 });
    expect(t.push.sent.length - mark).toBe(2);
  });

  it('shows what the reminder is about when the person allows clinical content, and lasts until its drop-after', async () => {
    const hal = await newClient('Hal');
    await setPrefs(hal, { showClinicalContent: true });
    const phone = await device(hal);
    later(HOUR);
    const mark = t.push.mark();
    const id = await schedule(hal.userId, { dropAfter: new Date(now.getTime() + 2 * HOUR) });
    await dispatch();
    const [sent] = pushesTo(phone.endpoint, mark);
    expect(sent?.payload).toEqual({ title: 'Time for your practice', body: 'Breathing exercise: if I feel tense, then I breathe out slowly.', url: '/today', tag: id });
    expect(sent?.options.ttlSeconds).toBe(2 * 3600);
  });

  it('deletes a subscription the push service calls gone (410, 404), and still delivers elsewhere', async () => {
    const ivy = await newClient('Ivy');
    const gone = await device(ivy);
    const unknown = await device(ivy);
    const live = await device(ivy);
    t.push.answerWith((endpoint) => (endpoint === gone.endpoint ? 410 : endpoint === unknown.endpoint ? 404 : 201));
    try {
      later(HOUR);
      const id = await schedule(ivy.userId);
      expect(await dispatch()).toMatchObject({ sent: 1, retried: 0 });
      expect((await subsOf(ivy)).map((s) => s.id)).toEqual([live.id]);
      expect(await channelsOf(id)).toMatchObject({ push: { [gone.id]: 'gone', [unknown.id]: 'gone', [live.id]: 'sent' } });
      const expired = await t.db.selectFrom('audit_log').select(['target_id', 'detail']).where('action', '=', 'push_subscription.expired').where('target_id', 'in', [gone.id, unknown.id]).execute();
      expect(expired.map((e) => JSON.parse(e.detail ?? '{}').status).sort()).toEqual([404, 410]);
    } finally {
      t.push.reset();
    }
  });

  it('retries a failing device with the email backoff, without sending the email or a delivered device again', async () => {
    const jo = await newClient('Jo');
    const flaky = await device(jo);
    const fine = await device(jo);
    let failing = true;
    t.push.answerWith((endpoint) => (endpoint === flaky.endpoint && failing ? 500 : 201));
    try {
      later(HOUR);
      const mailMark = t.smtp.mark();
      const mark = t.push.mark();
      const id = await schedule(jo.userId);
      expect(await dispatch()).toMatchObject({ retried: 1 });
      expect(await rowOf(id)).toMatchObject({ status: 'pending', attempts: 1, reason: 'push service answered 500', delivered_at: now.toISOString() });
      expect(await channelsOf(id)).toEqual({ inApp: 'delivered', email: 'sent', push: { [flaky.id]: 'retrying', [fine.id]: 'sent' } });
      expect(Date.parse((await rowOf(id)).next_attempt_at) - now.getTime()).toBe(MINUTE);
      later(MINUTE);
      expect(await dispatch()).toMatchObject({ retried: 1 });
      expect(Date.parse((await rowOf(id)).next_attempt_at) - now.getTime()).toBe(2 * MINUTE);
      later(2 * MINUTE - 1000);
      expect(await dispatch()).toMatchObject({ claimed: 0 }); // not before its time
      failing = false;
      later(1000);
      expect(await dispatch()).toMatchObject({ sent: 1 });
      expect(await rowOf(id)).toMatchObject({ status: 'sent', attempts: 2, reason: null });
      expect(await channelsOf(id)).toEqual({ inApp: 'delivered', email: 'sent', push: { [flaky.id]: 'sent', [fine.id]: 'sent' } });
      expect(pushesTo(flaky.endpoint, mark)).toHaveLength(3);
      expect(pushesTo(fine.endpoint, mark)).toHaveLength(1);
      expect(mailsTo(jo, mailMark)).toHaveLength(1);
      const [sub] = (await subsOf(jo)).filter((s) => s.id === flaky.id);
      expect(sub).toMatchObject({ last_failure: 'push service answered 500', last_success_at: now.toISOString() });
    } finally {
      t.push.reset();
    }
  });

  it('ends failed after five attempts, keeping what went out, and never throws', async () => {
    const kit = await newClient('Kit');
    const broken = await device(kit);
    t.push.answerWith(() => new Error('socket hang up'));
    try {
      later(HOUR);
      const mailMark = t.smtp.mark();
      const id = await schedule(kit.userId);
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        expect(await dispatch()).toMatchObject({ retried: 1 });
        later(Date.parse((await rowOf(id)).next_attempt_at) - now.getTime());
      }
      expect(await dispatch()).toMatchObject({ failed: 1 });
      expect(await rowOf(id)).toMatchObject({ status: 'failed', attempts: 5, reason: 'push failed 5 times: push failed: socket hang up' });
      expect(await channelsOf(id)).toEqual({ inApp: 'delivered', email: 'sent', push: { [broken.id]: 'failed' } });
      expect(mailsTo(kit, mailMark)).toHaveLength(1);
      expect(await subsOf(kit)).toHaveLength(1); // not gone: only unreachable
    } finally {
      t.push.reset();
    }
  });

  it('pushes a safety alert to the therapist at once, in quiet hours, with neutral text and no queued email', async () => {
    const lee = await newClient('Lee');
    // Sam is in quiet hours all day and even allows clinical content: the alert still comes now, neutral.
    await setPrefs(sam, { quietHoursStart: '00:00', quietHoursEnd: '23:59', showClinicalContent: true });
    const phone = await device(sam);
    const raisedAt = t.clock.now();
    const today = raisedAt.toISOString().slice(0, 10);
    const scheduleId = (await t.as(sam).post(`/api/clients/${lee.userId}/measure-schedules`, { measure: { kind: 'instrument', key: 'phq9' }, cadence: { frequency: 'once', startDate: today } })).json().id;
    const mailMark = t.smtp.mark();
    const mark = t.push.mark();
    const answers = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0, '7': 0, '8': 0, '9': 1, difficulty: null };
    expect((await t.as(lee).post('/api/me/responses', { scheduleId, dueDate: today, answers })).json().crisis).toBe(true);
    await dispatch();
    const [alert] = await t.db.selectFrom('notifications').selectAll().where('user_id', '=', sam.userId).where('kind', '=', 'safety_alert').execute();
    expect(alert).toMatchObject({ status: 'sent' });
    const sent = pushesTo(phone.endpoint, mark);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.payload).toEqual({ title: 'Stepwise', body: 'A client needs your attention. Open Stepwise to see the alert.', url: '/alerts', tag: alert?.id });
    expect(sent[0]?.options.urgency).toBe('high');
    expect(JSON.stringify(sent[0]?.payload)).not.toContain('Lee');
    expect(mailsTo(sam, mailMark)).toHaveLength(1); // the alert's own immediate email only
    await setPrefs(sam, {});
  });
});

const service = await startPushService();
afterAll(() => service.close());

describe('the real sender', () => {
  it('encrypts for the browser (aes128gcm) and signs with the stored VAPID key, as a push service checks', async () => {
    const max = await newClient('Max');
    const realSender = createPushSender(t.db, { ...t.app.deps.config, pushEndpointAllow: [service.origin] });
    const deps = { ...t.app.deps, push: realSender };
    const ctx = { actor: null, ip: null, now };
    const actor = { userId: max.userId, role: 'client' as const, practiceId: '', isAdmin: false, name: 'Max' } as Parameters<typeof subscribePush>[0]['actor'];
    await subscribePush({ db: t.db, ctx, actor, input: service.subscription('max-phone'), allow: [service.origin] });
    later(HOUR);
    const id = await schedule(max.userId);
    expect(await dispatch(deps)).toMatchObject({ sent: 1 });
    const [got] = await service.waitFor(1);
    expect(got?.error).toBeNull();
    expect(got?.path).toBe('/push/max-phone');
    expect(got?.vapid?.publicKey).toBe((await t.as(max).get('/api/push/public-key')).json().publicKey);
    expect(got?.vapid?.sub).toMatch(/^mailto:/);
    expect(got?.headers).toMatchObject({ ttl: '86400', urgency: 'normal', 'content-encoding': 'aes128gcm' });
    expect(JSON.parse(got?.text ?? 'null')).toEqual({ title: 'Stepwise', body: NEUTRAL_NOTIFICATION_TEXT, url: '/today', tag: id });

    // The browser dropped the subscription: the service answers 410 and it is forgotten.
    service.answerWith(410);
    later(HOUR);
    await schedule(max.userId);
    expect(await dispatch(deps)).toMatchObject({ sent: 1 });
    expect(await subsOf(max)).toEqual([]);
  });

  it('refuses, at send time too, an endpoint outside the allowed push services', async () => {
    const sender = createPushSender(t.db, { ...t.app.deps.config, pushEndpointAllow: [] });
    await expect(sender.send({ ...service.subscription(), ...service.subscription().keys }, '{}', { ttlSeconds: 60, urgency: 'normal' })).rejects.toThrow(/refused/);
    expect(service.received.filter((r) => r.path === '/push/device-1')).toEqual([]);
  });
});
