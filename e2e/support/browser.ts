/// <reference lib="dom" />
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const artifacts = path.resolve(import.meta.dirname, '../../test-results/e2e');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const LAPTOP = { viewport: { width: 1280, height: 800 } };

type Violation = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> };

/**
 * Runs axe-core on the page as it is now (WCAG 2.x A and AA) and saves a screenshot.
 * Returns the violations so the test can assert there are none. `evaluate` goes through
 * the DevTools protocol, so the page's strict CSP does not block the injected axe.
 */
export async function checkPage(page: Page, name: string): Promise<Violation[]> {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.waitForLoadState('networkidle');
  // Let Mantine's transitions settle so axe sees the final colours.
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations;
}

/** Saves a screenshot and fails the test with axe's findings if the page has any. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const { expect } = await import('vitest');
  const violations = await checkPage(page, name);
  expect(violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`), `axe on ${name}`).toEqual([]);
}

/** A therapist on a laptop and a client on a phone, both in Amsterdam, each already signed in. */
export async function therapistAndClient(browser: Browser, url: string, cookies: { therapist: string; client: string }) {
  const open = async (options: object, cookie: string) => {
    const context = await browser.newContext({ ...options, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
    context.setDefaultTimeout(10_000);
    const [name = '', ...rest] = cookie.split('=');
    await context.addCookies([{ name, value: rest.join('='), url }]);
    return { context, page: await context.newPage() };
  };
  const therapist = await open(LAPTOP, cookies.therapist);
  const client = await open(PHONE, cookies.client);
  return { therapistCtx: therapist.context, therapist: therapist.page, clientCtx: client.context, client: client.page };
}
