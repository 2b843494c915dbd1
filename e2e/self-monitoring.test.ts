/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp } from '../server/test/support/smtp.ts';
import { practiceWithClient } from './support/accounts.ts';
import { apiAt } from './support/api.ts';
import { expectAccessible, launch, therapistAndClient } from './support/browser.ts';
import { startServer } from './support/server.ts';

// Self-monitoring on a phone: a mood in two taps, a thought record, an urge, entries made
// offline that sync once when the connection returns; the therapist sees charts and sentences.

let server: Awaited<ReturnType<typeof startServer>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let browser: Browser;
let clientCtx: BrowserContext;
let therapist: Page;
let client: Page;
let people: Awaited<ReturnType<typeof practiceWithClient>>;


const api = <T,>(method: string, path: string, cookie: string, body?: unknown) => apiAt(server.url)<T>(method, path, cookie, body);

type Entry = { kind: string; data: Record<string, unknown> };
const entries = async (kind: string) =>
  (await api<{ entries: Entry[] }>('GET', `/api/clients/${people.clientId}/entries?kind=${kind}`, people.client)).entries;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ SMTP_URL: smtp.url });
  people = await practiceWithClient(server.url, smtp);
  // Four weeks of earlier check-ins with a sleep pattern, so there is something to see.
  for (let i = 1; i <= 28; i += 1) {
    const short = i % 2 === 0;
    await api('POST', '/api/entries', people.client, {
      kind: 'mood',
      occurredAt: new Date(Date.now() - i * 86_400_000).toISOString(),
      idempotencyKey: `history-${i}-abcd`,
      data: { mood: short ? 4 : 7, sleepHours: short ? 5 : 8 },
    });
  }
  await api('POST', `/api/clients/${people.clientId}/trackers`, people.therapist, { name: 'Urge to check my phone', type: 'intensity', category: 'urge' });
  browser = await launch();
  ({ therapist, clientCtx, client } = await therapistAndClient(browser, server.url, people));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

describe('self-monitoring journey', () => {
  it('logs a mood in two taps from Today', async () => {
    await client.goto(`${server.url}/today`);
    await client.getByText('Good', { exact: true }).click();
    await client.getByRole('button', { name: 'Save', exact: true }).first().click();
    await expect.poll(() => client.getByText('Check-in saved').count()).toBeGreaterThan(0);
    await expectAccessible(client, 'sm-01-today-mood-saved');
    await expect.poll(async () => (await entries('mood')).filter((e) => e.data.mood === 8).length).toBe(1);
  });

  it('logs an urge in one tap', async () => {
    await client.goto(`${server.url}/log`);
    await expectAccessible(client, 'sm-02-log');
    await client.getByRole('group', { name: 'How strong is it right now: Urge to check my phone' }).getByRole('button', { name: '7', exact: true }).click();
    await expect.poll(async () => (await entries('behavior')).length).toBe(1);
  });

  it('fills a thought record one step at a time', async () => {
    await client.goto(`${server.url}/log/thought-record`);
    await client.getByLabel('The situation').fill('My friend did not answer my message');
    await expectAccessible(client, 'sm-03-thought-record-step-1');
    await client.getByRole('button', { name: 'Next' }).click();
    await client.getByLabel('Another emotion').fill('worried');
    await client.getByRole('button', { name: 'Add', exact: true }).click();
    await client.getByRole('button', { name: 'Next' }).click();
    await client.getByLabel('Thought 1').fill('She is angry with me');
    await client.getByRole('button', { name: 'Next' }).click();
    await client.getByLabel('Evidence that supports the thought').fill('She usually answers quickly');
    await client.getByRole('button', { name: 'Next' }).click();
    await client.getByLabel("Evidence that doesn't support the thought").fill('She told me she has a busy week');
    await client.getByRole('button', { name: 'Next' }).click();
    await client.getByLabel('A balanced thought').fill('She is probably busy; I can ask tomorrow');
    await client.getByRole('button', { name: 'Next' }).click();
    await expectAccessible(client, 'sm-04-thought-record-rerate');
    await client.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => client.getByText('Thought record saved').count()).toBeGreaterThan(0);
    await expect.poll(async () => (await entries('thought_record')).length).toBe(1);
  });

  it('keeps entries made offline on the phone and sends each exactly once when back online', async () => {
    await client.goto(`${server.url}/today`);
    await client.waitForLoadState('networkidle');
    await clientCtx.setOffline(true);
    await client.getByText('Very low', { exact: true }).click();
    await client.getByRole('button', { name: 'Save', exact: true }).first().click();
    await expect.poll(() => client.getByText(/saved on this phone/i).count()).toBeGreaterThan(0);
    await expectAccessible(client, 'sm-05-offline-pending');
    expect((await entries('mood')).filter((e) => e.data.mood === 2)).toHaveLength(0);
    await clientCtx.setOffline(false);
    await expect.poll(async () => (await entries('mood')).filter((e) => e.data.mood === 2).length, { timeout: 20_000 }).toBe(1);
    // A reload and another online event must not send it again.
    await client.reload();
    await client.waitForLoadState('networkidle');
    await client.evaluate(() => window.dispatchEvent(new Event('online')));
    await client.waitForTimeout(1500);
    expect((await entries('mood')).filter((e) => e.data.mood === 2)).toHaveLength(1);
  });

  it('shows the therapist the charts and the plain-language sentences', async () => {
    await therapist.goto(`${server.url}/clients/${people.clientId}?tab=insights`);
    await expect.poll(() => therapist.getByText(/Mood was lower on days after less than 6 hours of sleep/).count()).toBeGreaterThan(0);
    await expectAccessible(therapist, 'sm-06-therapist-insights');
  });
});
