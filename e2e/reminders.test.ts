/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp } from '../server/test/support/smtp.ts';
import { practiceWithClient } from './support/accounts.ts';
import { apiAt } from './support/api.ts';
import { expectAccessible, launch, therapistAndClient } from './support/browser.ts';
import { startServer } from './support/server.ts';

// Reminders as people set them up: the client picks daily check-in times on the Account page
// (and the reminders are planned at once), the therapist turns on a daily digest, and nudges
// the client from the client's page, once an hour; the client finds the nudge in their list.

let server: Awaited<ReturnType<typeof startServer>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let browser: Browser;
let therapist: Page;
let client: Page;
let people: Awaited<ReturnType<typeof practiceWithClient>>;

/** The notification settings form on the Account page (other sections have their own Save). */
const settingsForm = (page: Page, group: string) => page.locator('form').filter({ has: page.getByRole('group', { name: group }) });
const api = <T,>(method: string, path: string, cookie: string, body?: unknown) => apiAt(server.url)<T>(method, path, cookie, body);

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ SMTP_URL: smtp.url, NOTIFY_INTERVAL_SECONDS: '1' });
  people = await practiceWithClient(server.url, smtp);
  browser = await launch();
  ({ therapist, client } = await therapistAndClient(browser, server.url, people));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

describe('reminders journey', () => {
  it('the client chooses two daily check-in times on a phone and removes one', async () => {
    await client.goto(`${server.url}/account`);
    const section = client.getByRole('group', { name: 'Daily check-in reminders' });
    await expect.poll(() => section.getByText('No check-in reminders yet.').count()).toBe(1);
    await section.getByRole('button', { name: 'Add a time' }).click();
    await section.getByRole('button', { name: 'Add a time' }).click();
    await section.getByLabel('Check-in time 2', { exact: true }).fill('09:15');
    await expectAccessible(client, 'rm-01-check-in-times');
    expect(await client.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await settingsForm(client, 'Daily check-in reminders').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => client.getByText('Notification settings saved').count()).toBe(1);
    const saved = await api<{ checkInTimes: string[] }>('GET', '/api/account/notification-preferences', people.client);
    expect(saved.checkInTimes).toEqual(['09:15', '20:00']);
    await section.getByRole('button', { name: 'Remove 20:00' }).click();
    // Focus stays in the list, on the remaining row's button, not at the top of the page.
    await expect.poll(() => client.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove 09:15');
    await settingsForm(client, 'Daily check-in reminders').getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await api<{ checkInTimes: string[] }>('GET', '/api/account/notification-preferences', people.client)).checkInTimes).toEqual(['09:15']);
  });

  it('the therapist turns on the daily digest', async () => {
    await therapist.goto(`${server.url}/account`);
    await therapist.getByRole('switch', { name: /daily digest/ }).or(therapist.getByRole('checkbox', { name: /daily digest/ })).first().check();
    await therapist.getByLabel('Digest time').fill('07:45');
    await expectAccessible(therapist, 'rm-02-digest');
    await settingsForm(therapist, 'Daily digest').getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await api<{ digestTime: string | null }>('GET', '/api/account/notification-preferences', people.therapist)).digestTime).toBe('07:45');
  });

  it('the therapist nudges the client with a message, and cannot again within the hour', async () => {
    await therapist.goto(`${server.url}/clients/${people.clientId}`);
    await therapist.getByRole('button', { name: 'Nudge now' }).click();
    const dialog = therapist.getByRole('dialog', { name: 'Nudge Robin Client' });
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByLabel('Message (optional)').fill('Thinking of you this week. How is the breathing going?');
    await expectAccessible(therapist, 'rm-03-nudge');
    await dialog.getByRole('button', { name: 'Send nudge' }).click();
    await expect.poll(() => therapist.getByText('Nudge sent to Robin Client').count()).toBe(1);
    await therapist.getByRole('button', { name: 'Nudge now' }).click();
    await expect.poll(() => dialog.getByText(/One nudge an hour: the next is possible at/).count()).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Send nudge' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('the client finds the nudge in their notifications, neutral until they allow more', async () => {
    await client.goto(`${server.url}/notifications`);
    await expect.poll(() => client.getByText('A nudge from your therapist').count(), { timeout: 20_000 }).toBe(1);
    expect(await client.getByText('You have a reminder from Stepwise').count()).toBe(1);
    await api('PUT', '/api/account/notification-preferences', people.client, { email: true, quietHoursStart: null, quietHoursEnd: null, showClinicalContent: true });
    await client.reload();
    await expect.poll(() => client.getByText(/Thinking of you this week/).count()).toBe(1);
    await expectAccessible(client, 'rm-04-client-notifications');
  });
});
