/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp, tokenFrom } from '../server/test/support/smtp.ts';
import { expectAccessible, LAPTOP, launch, PHONE } from './support/browser.ts';
import { startServer } from './support/server.ts';

// The foundation journey: a therapist sets up a practice and invites a client by email;
// the client accepts on a phone; both sign in and out. axe runs on every page visited.

let server: Awaited<ReturnType<typeof startServer>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let browser: Browser;
let therapistCtx: BrowserContext;
let clientCtx: BrowserContext;
let therapist: Page;
let client: Page;


beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ SMTP_URL: smtp.url });
  browser = await launch();
  therapistCtx = await browser.newContext({ ...LAPTOP, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
  clientCtx = await browser.newContext({ ...PHONE, timezoneId: 'America/New_York', locale: 'en-US' });
  therapistCtx.setDefaultTimeout(10_000);
  clientCtx.setDefaultTimeout(10_000);
  therapist = await therapistCtx.newPage();
  client = await clientCtx.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

describe('foundation journey', () => {
  it('sets up the practice on first run', async () => {
    await therapist.goto(server.url);
    await therapist.waitForURL('**/setup');
    await expectAccessible(therapist, '01-setup');
    await therapist.getByLabel('Practice name').fill('Harbour Practice');
    await therapist.getByLabel('Your name').fill('Dana Owner');
    await therapist.getByLabel('Email').fill('dana@example.test');
    await therapist.getByLabel('Password').fill('a calm river at dawn');
    await therapist.getByRole('button', { name: 'Create practice' }).click();
    await therapist.waitForURL('**/clients');
    await expect.poll(() => therapist.getByRole('heading', { level: 1 }).textContent()).toBe('Clients');
    await expectAccessible(therapist, '02-therapist-clients-empty');
  });

  it('no longer offers setup once done', async () => {
    const other = await browser.newPage();
    await other.goto(`${server.url}/setup`);
    await other.waitForURL('**/sign-in');
    await expectAccessible(other, '03-sign-in');
    await other.getByRole('link', { name: 'Forgot password?' }).click();
    await other.waitForURL('**/forgot-password');
    await expectAccessible(other, '04-forgot-password');
    await other.close();
  });

  it('invites a client by email', async () => {
    await therapist.getByRole('button', { name: 'Invite a client' }).first().click();
    const dialog = therapist.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Robin Client');
    await dialog.getByLabel('Email').fill('robin@example.test');
    await expectAccessible(therapist, '05-invite-dialog');
    const mark = smtp.mark();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => therapist.getByRole('cell', { name: 'robin@example.test' }).count()).toBeGreaterThan(0);
    const mail = await smtp.latestTo('robin@example.test', mark);
    expect(mail.subject).toBe('Dana Owner invited you to Stepwise');
    expect(mail.text).toContain(`${server.url}/invite#`);
    await expectAccessible(therapist, '06-therapist-pending-invitation');
  });

  it('lets the client accept on a phone and land on Today', async () => {
    const mail = await smtp.latestTo('robin@example.test');
    await client.goto(`${server.url}/invite#${tokenFrom(mail)}`);
    await expect.poll(() => client.getByText('Dana Owner invited you to Harbour Practice').count()).toBe(1);
    await expectAccessible(client, '07-client-accept-invitation');
    await client.getByLabel('Choose a password').fill('lanterns over quiet water');
    await client.getByRole('button', { name: 'Create my account' }).click();
    await expect.poll(() => client.getByText('Please read and accept the privacy notice to continue').count()).toBe(1);
    await client.getByLabel('I have read and accept the privacy notice').check();
    await client.getByRole('button', { name: 'Create my account' }).click();
    await client.waitForURL('**/today');
    await expect.poll(() => client.getByRole('heading', { level: 1 }).textContent()).toMatch(/, Robin$/);
    await expectAccessible(client, '08-client-today-phone');
    const width = await client.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  });

  it('shows the client on the therapist’s list and detail page', async () => {
    await therapist.reload();
    await therapist.getByRole('link', { name: 'Robin Client' }).click();
    await therapist.waitForURL('**/clients/*');
    await expect.poll(() => therapist.getByRole('heading', { level: 1 }).textContent()).toBe('Robin Client');
    await expectAccessible(therapist, '09-therapist-client-detail');
  });

  it('gives the admin the audit log and people pages', async () => {
    await therapist.getByRole('link', { name: 'Audit log' }).click();
    await therapist.waitForURL('**/admin/audit');
    await expect.poll(() => therapist.getByRole('cell', { name: /invitation/i }).count()).toBeGreaterThan(0);
    await expectAccessible(therapist, '10-admin-audit');
    await therapist.getByRole('link', { name: 'People' }).click();
    await therapist.waitForURL('**/admin/people');
    await expectAccessible(therapist, '11-admin-people');
  });

  it('lets both see their account page and sign out, and the client sign in again', async () => {
    await client.goto(`${server.url}/account`);
    await expectAccessible(client, '12-client-account-phone');
    await client.getByRole('button', { name: 'Sign out', exact: true }).click();
    await client.waitForURL('**/sign-in');
    await client.getByLabel('Email').fill('robin@example.test');
    await client.getByLabel('Password').fill('lanterns over quiet water');
    await client.getByRole('button', { name: 'Sign in' }).click();
    await client.waitForURL('**/today');

    await therapist.getByRole('link', { name: 'Account' }).click();
    await therapist.waitForURL('**/account');
    await expectAccessible(therapist, '13-therapist-account');
    await therapist.getByRole('button', { name: 'Sign out', exact: true }).first().click();
    await therapist.waitForURL('**/sign-in');
    const me = await therapist.evaluate(async () => (await fetch('/api/me')).status);
    expect(me).toBe(401);
  });

  it('signs the therapist in with the form, and out again', async () => {
    await therapist.getByLabel('Email').fill('dana@example.test');
    await therapist.getByLabel('Password').fill('a calm river at dawn');
    await therapist.getByRole('button', { name: 'Sign in' }).click();
    await therapist.waitForURL('**/clients');
    await therapist.getByRole('button', { name: 'Sign out' }).first().click();
    await therapist.waitForURL('**/sign-in');
  });

  it('resets a forgotten password with the mailed link', async () => {
    const page = await clientCtx.newPage();
    await page.goto(`${server.url}/forgot-password`);
    const mark = smtp.mark();
    await page.getByLabel('Email').fill('robin@example.test');
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expect.poll(() => page.getByText(/If an account exists for that email/).count()).toBe(1);
    const mail = await smtp.latestTo('robin@example.test', mark);
    expect(mail.subject).toBe('Reset your Stepwise password');
    await page.goto(`${server.url}/reset-password#${tokenFrom(mail)}`);
    await expectAccessible(page, '15-reset-password-phone');
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill('morning light on the hills');
    await page.getByLabel('Repeat the new password').fill('morning light on the hills');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await expect.poll(() => page.getByText('Password changed').count()).toBeGreaterThan(0);
    // The reset ended every session, including the one on the client's phone.
    const status = await client.evaluate(async () => (await fetch('/api/me')).status);
    expect(status).toBe(401);
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill('robin@example.test');
    await page.getByLabel('Password').fill('morning light on the hills');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/today');
    await page.close();
  });

  it('shows a dark mode without contrast problems', async () => {
    // On a phone the header keeps its room for Crisis help; the scheme is under Account.
    await client.goto(`${server.url}/account`);
    await client.getByRole('radio', { name: 'Dark' }).check();
    await client.goto(`${server.url}/today`);
    await expect.poll(() => client.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'))).toBe('dark');
    await expectAccessible(client, '14-client-today-dark');
  });
});
