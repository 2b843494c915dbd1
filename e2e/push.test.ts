/// <reference lib="dom" />
/// <reference lib="webworker" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPushService } from '../server/test/support/push-service.ts';
import { startSmtp } from '../server/test/support/smtp.ts';
import { practiceWithClient } from './support/accounts.ts';
import { apiAt } from './support/api.ts';
import { expectAccessible, launch, therapistAndClient } from './support/browser.ts';
import { startServer } from './support/server.ts';

// A session reminder reaches the client's phone as a web push at its time: the client turns
// notifications on in Account, the therapist books a session for tomorrow, the server's clock
// moves to the day-before reminder, and the push goes through a push service the test runs
// (it checks VAPID and decrypts, as a real one would) into the service worker, which shows it;
// tapping it opens Today. Headless Chromium cannot reach a real push service, so the page's
// PushManager hands out the test service's subscription, and DevTools delivers the message.

const NEUTRAL = 'You have a reminder from Stepwise';
const ZONE = 'Europe/Amsterdam';

let server: Awaited<ReturnType<typeof startServer>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let pushService: Awaited<ReturnType<typeof startPushService>>;
let browser: Browser;
let client: Page;
let clientCtx: BrowserContext;
let people: Awaited<ReturnType<typeof practiceWithClient>>;
let clockFile: string;
/** When the booked session starts. */
let starts: Date;
const api = <T,>(method: string, p: string, cookie: string, body?: unknown) => apiAt(server.url)<T>(method, p, cookie, body);

beforeAll(async () => {
  smtp = await startSmtp();
  pushService = await startPushService();
  clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-clock-')), 'offset-ms');
  fs.writeFileSync(clockFile, '0');
  server = await startServer({ SMTP_URL: smtp.url, NOTIFY_INTERVAL_SECONDS: '1', STEPWISE_CLOCK_FILE: clockFile, PUSH_ENDPOINT_ALLOW: pushService.origin });
  people = await practiceWithClient(server.url, smtp);
  browser = await launch();
  ({ client, clientCtx } = await therapistAndClient(browser, server.url, people));
  await clientCtx.grantPermissions(['notifications'], { origin: server.url });
  // The browser's side of the push service: subscribe() answers the test service's endpoint
  // and keys (made by the test with node:crypto), and remembers the server key it was given.
  await clientCtx.addInitScript((sub: { endpoint: string; keys: { p256dh: string; auth: string } }) => {
    if (typeof PushManager === 'undefined') return;
    const STORE = 'stepwise-test-push-subscription';
    type Stored = { serverKey: number[] };
    const fromBase64url = (s: string) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)).buffer;
    const make = (stored: Stored) => ({
      endpoint: sub.endpoint,
      expirationTime: null,
      options: { userVisibleOnly: true, applicationServerKey: new Uint8Array(stored.serverKey).buffer },
      getKey: (name: 'p256dh' | 'auth') => fromBase64url(sub.keys[name]),
      toJSON: () => ({ endpoint: sub.endpoint, expirationTime: null, keys: sub.keys }),
      unsubscribe: async () => {
        localStorage.removeItem(STORE);
        return true;
      },
    });
    PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
      const key = options?.applicationServerKey;
      const bytes = key instanceof ArrayBuffer ? new Uint8Array(key) : ArrayBuffer.isView(key) ? new Uint8Array(key.buffer, key.byteOffset, key.byteLength) : new Uint8Array();
      const stored = { serverKey: [...bytes] };
      localStorage.setItem(STORE, JSON.stringify(stored));
      return make(stored) as unknown as PushSubscription;
    };
    PushManager.prototype.getSubscription = async function () {
      const stored = localStorage.getItem(STORE);
      return stored ? (make(JSON.parse(stored) as Stored) as unknown as PushSubscription) : null;
    };
  }, pushService.subscription('robin-phone'));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
  await pushService?.close();
});

async function serviceWorker(): Promise<Worker> {
  return clientCtx.serviceWorkers()[0] ?? clientCtx.waitForEvent('serviceworker');
}

type Shown = { title: string; body: string; tag: string; icon: string; data: { url: string } };
const shownNotifications = async (sw: Worker) =>
  sw.evaluate(async () =>
    (await (self as unknown as ServiceWorkerGlobalScope).registration.getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, icon: n.icon, data: n.data as { url: string } })),
  ) as Promise<Shown[]>;

describe('a reminder as a push notification', () => {
  it('the client turns notifications on for their phone in Account', async () => {
    await client.goto(`${server.url}/account`);
    const section = client.getByRole('region', { name: 'Notifications on this device' });
    await expect.poll(() => section.getByText('This device does not get notifications from Stepwise.').count()).toBe(1);
    await expectAccessible(client, 'push-01-account-push-off');
    await section.getByRole('button', { name: 'Turn on notifications on this device' }).click();
    await expect.poll(() => section.getByText('This device gets notifications from Stepwise.').count()).toBe(1);
    await expect.poll(() => section.getByRole('button', { name: 'Turn off on this device' }).count()).toBe(1);
    await expectAccessible(client, 'push-02-account-push-on');
  });

  it('the day-before reminder of tomorrow’s session arrives as a push at its time, neutral by default, and a tap opens Today', async () => {
    // A session 25 hours from now: its day-before reminder falls due in an hour.
    starts = new Date(Math.ceil((Date.now() + 25 * 3_600_000) / 60_000) * 60_000);
    const date = starts.toLocaleDateString('en-CA', { timeZone: ZONE });
    const time = starts.toLocaleTimeString('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    await api('POST', `/api/clients/${people.clientId}/appointments`, people.therapist, { date, time, timeZone: ZONE, durationMinutes: 50, mode: 'in_person', place: 'Room 2' });
    const dueAt = starts.getTime() - 24 * 3_600_000;

    // Nothing before its time.
    await new Promise((r) => setTimeout(r, 2500));
    expect(pushService.received).toEqual([]);

    // The server's clock moves to just past the reminder's time; the dispatcher runs every second.
    fs.writeFileSync(clockFile, String(dueAt - Date.now() + 5_000));
    const [got] = await pushService.waitFor(1, 20_000);
    expect(got?.error).toBeNull();
    expect(got?.path).toBe('/push/robin-phone');
    const { publicKey } = await api<{ publicKey: string }>('GET', '/api/push/public-key', people.client);
    expect(got?.vapid?.publicKey).toBe(publicKey);
    expect(got?.vapid?.aud).toBe(pushService.origin);
    const payload = JSON.parse(got?.text ?? '{}') as { title: string; body: string; url: string; tag: string };
    // The lock screen learns nothing about the therapy by default: no therapist, no time, no place.
    expect(payload).toMatchObject({ title: 'Stepwise', body: NEUTRAL, url: '/today' });
    expect(payload.tag).toMatch(/^[0-9a-f-]{36}$/);
    // The same reminder also reached the in-app list.
    const list = await api<{ notifications: Array<{ id: string; kind: string }> }>('GET', '/api/notifications', people.client);
    expect(list.notifications.find((n) => n.id === payload.tag)?.kind).toBe('session_day_before');

    // The push service hands the decrypted message to the browser's service worker.
    const cdp = await clientCtx.newCDPSession(client);
    const registrations = new Map<string, string>();
    cdp.on('ServiceWorker.workerRegistrationUpdated', (e: { registrations: Array<{ registrationId: string; scopeURL: string; isDeleted: boolean }> }) => {
      for (const r of e.registrations) if (!r.isDeleted) registrations.set(r.scopeURL, r.registrationId);
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => registrations.get(`${server.url}/`)).toBeTruthy();
    const sw = await serviceWorker();
    // Handed over again every 2 s until shown: on a loaded machine a message that reaches the
    // worker while it is still starting can be lost (the same tag replaces, never doubles).
    let handedAt = 0;
    await expect
      .poll(async () => {
        if (Date.now() - handedAt > 2000) {
          handedAt = Date.now();
          await cdp.send('ServiceWorker.deliverPushMessage', { origin: server.url, registrationId: registrations.get(`${server.url}/`) ?? '', data: got?.text ?? '' });
        }
        return shownNotifications(sw);
      })
      .toHaveLength(1);
    const [shown] = await shownNotifications(sw);
    expect(shown).toMatchObject({ title: 'Stepwise', body: NEUTRAL, tag: payload.tag, data: { url: '/today' } });
    expect(shown?.icon).toMatch(/\/icons\/icon-192\.png$/);

    // The client is elsewhere in the app; tapping the notification opens Today in the same page,
    // through the app's router (the page is not reloaded: the marker survives).
    await client.evaluate(() => ((window as unknown as { tapMarker: number }).tapMarker = 1));
    expect(new URL(client.url()).pathname).toBe('/account');
    await sw.evaluate(async () => {
      const scope = self as unknown as ServiceWorkerGlobalScope;
      const [notification] = await scope.registration.getNotifications();
      if (!notification) throw new Error('no notification to tap');
      scope.dispatchEvent(new NotificationEvent('notificationclick', { notification }));
    });
    await expect.poll(() => new URL(client.url()).pathname).toBe('/today');
    expect(await client.evaluate(() => (window as unknown as { tapMarker?: number }).tapMarker)).toBe(1);
    await expect.poll(() => shownNotifications(sw)).toHaveLength(0);
    await cdp.detach();
  });

  it('the client turns notifications off again', async () => {
    await client.goto(`${server.url}/account`);
    const section = client.getByRole('region', { name: 'Notifications on this device' });
    await section.getByRole('button', { name: 'Turn off on this device' }).click();
    await expect.poll(() => section.getByText('This device does not get notifications from Stepwise.').count()).toBe(1);
    await expect.poll(() => section.getByRole('button', { name: 'Turn on notifications on this device' }).count()).toBe(1);
  });

  it('an email that bounces shows on Account, with a way to try email again', async () => {
    smtp.refuse('robin@example.test', 550, '5.1.1 Mailbox unknown');
    // On to the hour-before reminder: its email is refused for good.
    fs.writeFileSync(clockFile, String(starts.getTime() - 3_600_000 - Date.now() + 5_000));
    const bounce = async () => (await api<{ bounce: { address: string; reason: string } | null }>('GET', '/api/account/email-bounce', people.client)).bounce;
    await expect.poll(bounce, { timeout: 20_000 }).toMatchObject({ address: 'robin@example.test', reason: expect.stringMatching(/^550/) });
    smtp.accept('robin@example.test');
    await client.goto(`${server.url}/account`);
    const notice = client.getByRole('alert').filter({ hasText: 'Your emails are not arriving' });
    await expect.poll(() => notice.getByText(/^Emails to robin@example\.test bounced on .+: 550 5\.1\.1 Mailbox unknown/).count()).toBe(1);
    await expectAccessible(client, 'push-03-account-email-bounced');
    await notice.getByRole('button', { name: 'Try email again' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await expect.poll(() => client.evaluate(() => document.activeElement?.id)).toBe('main-content');
    expect(await bounce()).toBeNull();
  });
});
