/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp } from '../server/test/support/smtp.ts';
import { practiceWithClient } from './support/accounts.ts';
import { apiAt } from './support/api.ts';
import { expectAccessible, launch, PHONE, therapistAndClient } from './support/browser.ts';
import { startServer } from './support/server.ts';

// The session loop: the therapist starts a session from the client's page and walks it step by
// step (agenda, homework review since the last session, goal ratings, action steps), then
// writes a private note. The client cannot read it: the API answers 404.

let server: Awaited<ReturnType<typeof startServer>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let browser: Browser;
let therapist: Page;
let therapistCtx: BrowserContext;
let people: Awaited<ReturnType<typeof practiceWithClient>>;

const api = <T,>(method: string, path: string, cookie: string, body?: unknown) => apiAt(server.url)<T>(method, path, cookie, body);
const ZONE = 'Europe/Amsterdam';
const localDate = (d: Date) => d.toLocaleDateString('en-CA', { timeZone: ZONE });
const localTime = (d: Date) => d.toLocaleTimeString('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const daysAgo = (n: number) => localDate(new Date(Date.now() - n * 86_400_000));
const NOTE = 'Walked through the week; the evening walk slipped when work ran late. Try mornings.';

async function book(at: Date) {
  const body = { date: localDate(at), time: localTime(at), timeZone: ZONE, durationMinutes: 50, mode: 'in_person', place: 'Room 2' };
  await api('POST', `/api/clients/${people.clientId}/appointments`, people.therapist, body);
}

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ SMTP_URL: smtp.url });
  people = await practiceWithClient(server.url, smtp);
  const { therapist: t, client: c, clientId } = people;
  // Last session 23 hours ago (the API books nothing further back), this one 10 minutes ago.
  await book(new Date(Date.now() - 23 * 3_600_000));
  await book(new Date(Date.now() - 10 * 60_000));
  // A daily walk for the past week: done until the last session, missed since.
  const walk = await api<{ id: string }>('POST', `/api/clients/${clientId}/assignments`, t, {
    kind: 'practice',
    title: 'Evening walk, 15 minutes',
    schedule: { kind: 'daily', startDate: daysAgo(6), endDate: daysAgo(-14), times: [] },
  });
  for (let n = 6; n >= 2; n -= 1) await api('POST', `/api/assignments/${walk.id}/check-ins`, c, { date: daysAgo(n), outcome: 'done' });
  await api('POST', `/api/assignments/${walk.id}/check-ins`, c, { date: daysAgo(1), outcome: 'not_done', barrier: 'no_time' });
  // An agreed goal with an attainment scale.
  const levels = { '-2': 'No walks', '-1': 'One walk a week', '0': 'Three walks a week', '1': 'Five walks a week', '2': 'A walk every day' };
  const goal = await api<{ id: string; openProposal: { id: string } }>('POST', `/api/clients/${clientId}/goals`, t, { fields: { title: 'Move more during the week', gasLevels: levels } });
  await api('POST', `/api/goals/${goal.id}/proposals/${goal.openProposal.id}/accept`, c, {});
  // What the client brings to the session.
  await api('POST', `/api/clients/${clientId}/agenda`, c, { text: 'Work has been very busy' });
  browser = await launch();
  ({ therapist, therapistCtx } = await therapistAndClient(browser, server.url, people));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

const heading = (name: string | RegExp) => therapist.getByRole('heading', { level: 2, name });

describe('session view journey', () => {
  it('the therapist starts the session from the client page and goes through the agenda', async () => {
    await therapist.goto(`${server.url}/clients/${people.clientId}`);
    await therapist.getByRole('link', { name: 'Start session' }).click();
    await expect.poll(() => therapist.url()).toContain(`/clients/${people.clientId}/session`);
    await expect.poll(() => heading('1. Agenda').count()).toBe(1);
    await expect.poll(() => therapist.getByText('Work has been very busy').count()).toBe(1);
    await expectAccessible(therapist, 'sv-01-agenda');
    await therapist.getByRole('button', { name: 'Mark discussed: Work has been very busy' }).click();
    await expect.poll(() => therapist.getByRole('heading', { name: 'Discussed recently' }).count()).toBe(1);
  });

  it('reviews homework with adherence since the last session, by keyboard', async () => {
    const next = therapist.getByRole('button', { name: 'Next: Homework review' });
    await next.focus();
    await therapist.keyboard.press('Enter');
    await expect.poll(() => heading('2. Homework review').count()).toBe(1);
    // Focus lands on the new step's heading.
    await expect.poll(() => therapist.evaluate(() => document.activeElement?.textContent)).toBe('2. Homework review');
    const card = therapist.getByRole('article', { name: 'Evening walk, 15 minutes' });
    await expect.poll(() => card.getByText('0 of 2 done').count()).toBe(1); // yesterday missed, today not answered yet
    await expectAccessible(therapist, 'sv-02-homework');
    await card.getByRole('button', { name: 'Continue as is' }).click();
    await expect.poll(() => therapist.getByText('Review saved. The plan continues as it is.').count()).toBe(1);
  });

  it('rates the goal and opens the action steps', async () => {
    await therapist.getByRole('button', { name: '3. Goal ratings' }).click();
    const goal = therapist.getByRole('article', { name: 'Move more during the week' });
    await expect.poll(() => goal.getByText('Not rated yet').count()).toBe(1);
    await goal.getByRole('radio', { name: /Three walks a week/ }).check();
    await goal.getByRole('button', { name: 'Save rating' }).or(goal.locator('button[type=submit]')).first().click();
    await expect.poll(() => goal.getByText(/Last rated 0 · Three walks a week/).count()).toBe(1);
    await expectAccessible(therapist, 'sv-03-goals');

    await therapist.getByRole('button', { name: 'Next: Action steps for the week' }).click();
    await therapist.getByRole('button', { name: 'Add action steps for the week' }).click();
    const dialog = therapist.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('textbox', { name: /What/ }).first().fill('Walk before work on Tuesday');
    await dialog.locator('button[type=submit]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => therapist.getByText('Walk before work on Tuesday').count()).toBe(1);
    await expectAccessible(therapist, 'sv-04-action-steps');
  });

  it('writes a private note that only the care team can read', async () => {
    await therapist.getByRole('button', { name: '5. Private note' }).click();
    await expect.poll(() => therapist.getByText('Only the therapists on the care team can read this').count()).toBe(1);
    await therapist.getByRole('textbox', { name: 'Private session note' }).fill(NOTE);
    await therapist.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => therapist.getByRole('listitem').filter({ hasText: NOTE }).count()).toBe(1);
    await expectAccessible(therapist, 'sv-05-note');

    const asTherapist = await api<{ notes: Array<{ text: string; appointmentId: string | null }> }>('GET', `/api/clients/${people.clientId}/session-notes`, people.therapist);
    expect(asTherapist.notes).toEqual([expect.objectContaining({ text: NOTE, appointmentId: expect.any(String) })]);
    const asClient = await fetch(`${server.url}/api/clients/${people.clientId}/session-notes`, { headers: { cookie: people.client, origin: server.url } });
    expect(asClient.status).toBe(404);
    expect(await asClient.text()).not.toContain('evening walk');
  });

  it('works at 375 px without sideways scrolling', async () => {
    const phone = await browser.newContext({ ...PHONE, timezoneId: ZONE, locale: 'en-GB' });
    await phone.addCookies((await therapistCtx.cookies()).map((c) => ({ ...c })));
    const page = await phone.newPage();
    await page.goto(`${server.url}/clients/${people.clientId}/session?step=note`);
    await expect.poll(() => page.getByText(NOTE).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(page, 'sv-06-phone-note');
    await page.goto(`${server.url}/clients/${people.clientId}/session?step=homework`);
    await expect.poll(() => page.getByRole('article', { name: 'Evening walk, 15 minutes' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.close();
  });
});
