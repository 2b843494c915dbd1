/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp } from '../server/test/support/smtp.ts';
import { practiceWithClient } from './support/accounts.ts';
import { launch, PHONE } from './support/browser.ts';
import { startServer } from './support/server.ts';

// A phone that loses its connection while the server is being redeployed: when it comes back,
// the app checks who is signed in again and the server answers 503 for a while. The page, and
// what the client was writing, stay; only a first answer that failed would show an error.

let server: Awaited<ReturnType<typeof startServer>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let browser: Browser;
let context: BrowserContext;
let client: Page;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ SMTP_URL: smtp.url });
  const people = await practiceWithClient(server.url, smtp);
  browser = await launch();
  // No service worker, so every request of the page passes through the test's route.
  context = await browser.newContext({ ...PHONE, timezoneId: 'Europe/Amsterdam', locale: 'en-GB', serviceWorkers: 'block' });
  context.setDefaultTimeout(10_000);
  const [name = '', ...rest] = people.client.split('=');
  await context.addCookies([{ name, value: rest.join('='), url: server.url }]);
  client = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

describe('a server that has a moment', () => {
  it('keeps the page and the text being written when a re-check of the session fails', async () => {
    await client.clock.install();
    await client.goto(`${server.url}/log/thought-record`);
    const situation = client.getByLabel('The situation');
    await situation.fill('My friend did not answer my message');

    let failed = 0;
    await client.route('**/api/me', (route) => {
      failed += 1;
      return route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'Stepwise is restarting' } }) });
    });
    // A minute later the phone drops its connection and gets it back: the session is asked again.
    await client.clock.fastForward('01:05');
    await context.setOffline(true);
    await context.setOffline(false);
    // The first ask and its two retries (after 1 and 2 seconds) all fail.
    await expect
      .poll(async () => {
        await client.clock.runFor(1000);
        return failed;
      })
      .toBeGreaterThanOrEqual(3);
    await client.clock.runFor(5000);
    expect(failed).toBe(3);

    expect(await situation.inputValue()).toBe('My friend did not answer my message');
    expect(await client.getByText("This didn't load").count()).toBe(0);
    expect(await client.getByRole('link', { name: 'Today' }).count()).toBeGreaterThan(0);
  });
});
