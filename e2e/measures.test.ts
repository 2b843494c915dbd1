/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp } from '../server/test/support/smtp.ts';
import { practiceWithClient } from './support/accounts.ts';
import { apiAt } from './support/api.ts';
import { expectAccessible, launch, therapistAndClient } from './support/browser.ts';
import { startServer } from './support/server.ts';

// Measures and safety: the therapist schedules PHQ-9 and GAD-7; the client answers on a
// phone one question at a time; an item-9 answer above 0 shows crisis help at once and
// raises the therapist's alert (in the app and by email); the therapist acknowledges it
// and sees the trend charted with its bands.

let server: Awaited<ReturnType<typeof startServer>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let browser: Browser;
let therapist: Page;
let client: Page;
let clientCtx: BrowserContext;
let people: Awaited<ReturnType<typeof practiceWithClient>>;

const api = <T,>(method: string, path: string, cookie: string, body?: unknown) => apiAt(server.url)<T>(method, path, cookie, body);

const dateInAmsterdam = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ SMTP_URL: smtp.url });
  people = await practiceWithClient(server.url, smtp);
  // A PHQ-9 answered for two weeks ago (total 16), so the chart has a trend to show.
  const earlier = await api<{ id: string; due: { dueDate: string } }>('POST', `/api/clients/${people.clientId}/measure-schedules`, people.therapist, {
    measure: { kind: 'instrument', key: 'phq9' },
    cadence: { frequency: 'once', startDate: dateInAmsterdam(14) },
  });
  await api('POST', '/api/me/responses', people.client, {
    scheduleId: earlier.id,
    dueDate: earlier.due.dueDate,
    answers: { '1': 2, '2': 2, '3': 2, '4': 2, '5': 2, '6': 2, '7': 2, '8': 2, '9': 0, difficulty: 1 },
  });
  browser = await launch();
  ({ therapist, client, clientCtx } = await therapistAndClient(browser, server.url, people));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

async function schedule(name: RegExp, how: 'Every few weeks' | 'Once') {
  await therapist.getByRole('button', { name: 'Schedule a questionnaire' }).first().click();
  const dialog = therapist.getByRole('dialog');
  await dialog.getByRole('radio', { name }).check();
  if (how === 'Once') await dialog.getByText('Once', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

describe('measures and safety journey', () => {
  it('the therapist schedules the PHQ-9 and the GAD-7', async () => {
    await therapist.goto(`${server.url}/clients/${people.clientId}?tab=measures`);
    await schedule(/^PHQ-9/, 'Every few weeks');
    await expectAccessible(therapist, 'ms-01-therapist-scheduled');
    await schedule(/^GAD-7/, 'Once');
    const table = therapist.getByRole('region', { name: 'Scheduled questionnaires' });
    await expect.poll(() => table.getByRole('row').count()).toBe(4); // header, the earlier PHQ-9, two new
  });

  it('the client answers the PHQ-9 on a phone, one question at a time, and sees crisis help after item 9', async () => {
    await client.goto(`${server.url}/today`);
    const card = client.getByRole('region', { name: /questionnaire/i }).or(client.locator('section').filter({ hasText: 'PHQ-9' })).first();
    await expect.poll(() => card.getByText('PHQ-9').count()).toBeGreaterThan(0);
    await expectAccessible(client, 'ms-02-client-today-due');
    await card.getByRole('link', { name: /PHQ-9|Start/ }).first().click();
    await expect.poll(() => client.url()).toContain('/measures/');
    await expect.poll(() => client.getByText('Question 1 of 10').count()).toBe(1);
    await expectAccessible(client, 'ms-03-client-question-1');
    for (let n = 1; n <= 8; n += 1) {
      await expect.poll(() => client.getByText(`Question ${n} of 10`).count()).toBe(1);
      await client.getByText('Several days', { exact: true }).click();
    }
    await expect.poll(() => client.getByText('Question 9 of 10').count()).toBe(1);
    await client.getByText('More than half the days', { exact: true }).click();
    await expect.poll(() => client.getByText('Question 10 of 10').count()).toBe(1);
    await client.getByText('Somewhat difficult', { exact: true }).click();
    await expect.poll(() => client.getByRole('heading', { name: 'Check your answers' }).count()).toBe(1);
    await expectAccessible(client, 'ms-04-client-review');
    const mark = smtp.mark();
    await client.getByRole('button', { name: 'Send my answers' }).click();
    await expect.poll(() => client.url()).toContain('/crisis?after=measure');
    await expect.poll(() => client.getByText('Thank you for answering honestly').count()).toBe(1);
    await expect.poll(() => client.getByText(/not watched around the clock/i).count()).toBeGreaterThan(0);
    await expect.poll(() => client.getByRole('link', { name: /988/ }).count()).toBeGreaterThan(0);
    await expectAccessible(client, 'ms-05-client-crisis-after-item-9');
    const mail = await smtp.latestTo('dana@example.test', mark);
    expect(mail.subject).toBe('Stepwise: a safety alert needs your attention');
  });

  it('crisis help is one tap away from every client page', async () => {
    await client.goto(`${server.url}/plan`);
    await client.getByRole('link', { name: 'Crisis help' }).first().click();
    await expect.poll(() => client.url()).toMatch(/\/crisis$/);
  });

  it('crisis help and the safety plan open offline, from the cache the app keeps', async () => {
    await api('PUT', `/api/clients/${people.clientId}/safety-plan`, people.client, { baseVersion: 0, plan: { copingAlone: ['Hold an ice cube and breathe out slowly'] } });
    await client.goto(`${server.url}/crisis`);
    await expect.poll(() => client.getByText('Hold an ice cube and breathe out slowly').count()).toBe(1);
    await expect.poll(() => client.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active)), { timeout: 20_000 }).toBe(true);
    // The first visit installs the worker; the second is served through it and fills the cache.
    await client.reload();
    await client.waitForLoadState('networkidle');
    await expect.poll(() => client.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);
    await clientCtx.setOffline(true);
    try {
      await client.reload();
      await expect.poll(() => client.getByText('Hold an ice cube and breathe out slowly').count()).toBe(1);
      await expect.poll(() => client.getByRole('link', { name: /988/ }).count()).toBeGreaterThan(0);
      await expectAccessible(client, 'ms-06-client-crisis-offline');
    } finally {
      await clientCtx.setOffline(false);
    }
  });

  it('the client answers the GAD-7 and sees the total and band', async () => {
    await client.goto(`${server.url}/today`);
    await client.getByRole('link', { name: /GAD-7|Start/ }).first().click();
    for (let n = 1; n <= 7; n += 1) {
      await expect.poll(() => client.getByText(`Question ${n} of 8`).count()).toBe(1);
      await client.getByText(n <= 3 ? 'More than half the days' : 'Several days', { exact: true }).click();
    }
    await expect.poll(() => client.getByText('Question 8 of 8').count()).toBe(1);
    await client.getByRole('button', { name: /Skip/ }).click();
    await client.getByRole('button', { name: 'Send my answers' }).click();
    // 3 x 2 + 4 x 1 = 10: moderate.
    await expect.poll(() => client.getByText(/\b10\b/).count()).toBeGreaterThan(0);
    await expect.poll(() => client.getByText(/Moderate/).count()).toBeGreaterThan(0);
    await expectAccessible(client, 'ms-07-client-gad7-result');
  });

  it('the therapist sees the alert, acknowledges it with a note, and sees the trend with its bands', async () => {
    await therapist.goto(`${server.url}/alerts`);
    await expect.poll(() => therapist.getByText('Robin Client').count()).toBeGreaterThan(0);
    await expect.poll(() => therapist.getByText('Thoughts that you would be better off dead or of hurting yourself in some way').count()).toBe(1);
    await expectAccessible(therapist, 'ms-08-therapist-alerts');
    await therapist.getByRole('button', { name: /^Acknowledge/ }).first().click();
    const dialog = therapist.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => dialog.getByText('Write a short note on what you did').count()).toBe(1);
    await dialog.getByLabel('What I did').fill('Called Robin: passive thoughts, no plan. Reviewed the safety plan; session moved to tomorrow.');
    await dialog.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => therapist.getByText('No open safety alerts').count()).toBe(1);

    await therapist.goto(`${server.url}/clients/${people.clientId}?tab=measures`);
    await expect.poll(() => therapist.getByText('Lower is better').count()).toBeGreaterThan(0);
    await expect.poll(() => therapist.getByText(/Moderately severe/).count()).toBeGreaterThan(0);
    // 16 two weeks ago, 10 now: down 6, a reliable improvement.
    await expect.poll(() => therapist.getByText(/reliable improvement/i).count()).toBeGreaterThan(0);
    await expectAccessible(therapist, 'ms-09-therapist-trend');
  });
});
