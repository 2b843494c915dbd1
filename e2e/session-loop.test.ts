/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp } from '../server/test/support/smtp.ts';
import { practiceWithClient } from './support/accounts.ts';
import { apiAt } from './support/api.ts';
import { expectAccessible, launch, therapistAndClient } from './support/browser.ts';
import { startServer } from './support/server.ts';

// A week of the session loop: the therapist books the next session and sets action steps;
// the client adds an agenda item, logs a mood, does the homework and sends a message; the
// therapist opens the caseload, then the summary, runs the session and sets next week's
// steps; the client gives feedback on the session.

let server: Awaited<ReturnType<typeof startServer>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let browser: Browser;
let therapist: Page;
let client: Page;
let people: Awaited<ReturnType<typeof practiceWithClient>>;
const api = <T,>(method: string, path: string, cookie: string, body?: unknown) => apiAt(server.url)<T>(method, path, cookie, body);
const ZONE = 'Europe/Amsterdam';
const localDate = (d: Date) => d.toLocaleDateString('en-CA', { timeZone: ZONE });
const localTime = (d: Date) => d.toLocaleTimeString('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const inDays = (n: number) => localDate(new Date(Date.now() + n * 86_400_000));

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ SMTP_URL: smtp.url });
  people = await practiceWithClient(server.url, smtp);
  // Last week's session, which ended an hour ago (the API books nothing further back than a day).
  const last = new Date(Date.now() - 2 * 3_600_000);
  await api('POST', `/api/clients/${people.clientId}/appointments`, people.therapist, { date: localDate(last), time: localTime(last), timeZone: ZONE, durationMinutes: 50, mode: 'in_person', place: 'Room 2' });
  browser = await launch();
  ({ therapist, client } = await therapistAndClient(browser, server.url, people));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

describe('a week of the session loop', () => {
  it('the therapist books next week’s session and sets an action step', async () => {
    await therapist.goto(`${server.url}/clients/${people.clientId}?tab=sessions`);
    await therapist.getByRole('button', { name: 'Book a session' }).first().click();
    const dialog = therapist.getByRole('dialog');
    await dialog.getByLabel('Date').fill(inDays(7));
    await dialog.getByLabel('Time').fill('10:30');
    await dialog.getByRole('button', { name: 'Book' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expectAccessible(therapist, 'sl-01-therapist-session-booked');
    // The action step for the week, daily from today (the homework journey covers this form).
    await api('POST', `/api/clients/${people.clientId}/assignments`, people.therapist, {
      kind: 'practice',
      title: 'Breathing practice, 5 minutes',
      schedule: { kind: 'daily', startDate: inDays(0), endDate: inDays(7), times: [] },
    });
  });

  it('the client adds an agenda item, logs a mood, does the homework and sends a message', async () => {
    await client.goto(`${server.url}/today`);
    await expect.poll(() => client.getByText('Your next session').count()).toBe(1);
    // Feedback on the session that just ended comes first; the client answers it at the end.
    await client.getByText('Okay', { exact: true }).click();
    await client.getByRole('button', { name: 'Save', exact: true }).first().click();
    await expect.poll(() => client.getByText('Check-in saved').count()).toBeGreaterThan(0);
    const practice = client.getByRole('article').filter({ hasText: 'Breathing practice, 5 minutes' });
    await practice.getByRole('button', { name: 'Done', exact: true }).click();
    await practice.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => practice.getByText(/done/i).count()).toBeGreaterThan(0);

    await client.goto(`${server.url}/next-session`);
    await client.getByLabel('Add something').fill('Why do I freeze when my manager asks a question?');
    await client.getByRole('button', { name: 'Add to my list' }).click();
    await expect.poll(() => client.getByText('Why do I freeze when my manager asks a question?').count()).toBe(1);
    await expectAccessible(client, 'sl-02-client-agenda');

    await client.goto(`${server.url}/messages`);
    await expect.poll(() => client.getByText(/not for emergencies/i).count()).toBeGreaterThan(0);
    await client.getByLabel('Your message').fill('The breathing helped on Tuesday. Can we talk about work?');
    await client.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => client.getByText('The breathing helped on Tuesday. Can we talk about work?').count()).toBe(1);
    await expectAccessible(client, 'sl-03-client-message');
  });

  it('the therapist opens the caseload, then the one-page summary', async () => {
    await therapist.goto(`${server.url}/clients`);
    const row = therapist.getByRole('row').filter({ hasText: 'Robin Client' });
    await expect.poll(() => row.count()).toBeGreaterThan(0);
    await expectAccessible(therapist, 'sl-04-caseload');
    await therapist.goto(`${server.url}/clients/${people.clientId}/summary`);
    await expect.poll(() => therapist.getByText('Wants to talk about 1 thing (see the agenda).').count()).toBe(1);
    await expect.poll(() => therapist.getByText(/Did breathing practice, 5 minutes 1 of 1 day/).count()).toBe(1);
    await expect.poll(() => therapist.getByText('Why do I freeze when my manager asks a question?').count()).toBeGreaterThan(0);
    await expect.poll(() => therapist.getByText('1 unread message.').count()).toBeGreaterThan(0);
    await expectAccessible(therapist, 'sl-05-summary');
    await therapist.emulateMedia({ media: 'print' });
    await therapist.screenshot({ path: 'test-results/e2e/sl-06-summary-print.png', fullPage: true });
    await therapist.emulateMedia({ media: 'screen' });
  });

  it('the therapist runs the session and sets next week’s steps', async () => {
    await therapist.goto(`${server.url}/clients/${people.clientId}/session`);
    await therapist.getByRole('button', { name: 'Mark discussed: Why do I freeze when my manager asks a question?' }).click();
    await expect.poll(() => therapist.getByRole('heading', { name: 'Discussed recently' }).count()).toBe(1);
    await therapist.getByRole('button', { name: '4. Action steps for the week' }).click();
    await therapist.getByRole('button', { name: 'Add action steps for the week' }).click();
    const dialog = therapist.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /What/ }).first().fill('Ask one question in the Monday meeting');
    await dialog.locator('button[type=submit]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => therapist.getByText('Ask one question in the Monday meeting').count()).toBe(1);
    await expectAccessible(therapist, 'sl-07-session-steps');
  });

  it('the client gives feedback on the session', async () => {
    await client.goto(`${server.url}/today`);
    await expect.poll(() => client.getByText('How well did today’s session work for you?').count()).toBe(1);
    await client.getByRole('radio', { name: '8' }).or(client.getByRole('button', { name: '8', exact: true })).first().click();
    await client.getByLabel(/What helped\?/).fill('Practising the breathing together');
    await client.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => client.getByText('Thank you').count()).toBeGreaterThan(0);
    await expectAccessible(client, 'sl-08-client-feedback');
    const feedback = await api<{ feedback: Array<{ rating: number }> }>('GET', `/api/clients/${people.clientId}/feedback`, people.therapist);
    expect(JSON.stringify(feedback)).toContain('"rating":8');
  });
});
