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
 * Runs axe-core on the page once it has settled (WCAG 2.x A and AA) and saves a screenshot;
 * findings are checked twice more a second apart, so only lasting ones are returned.
 * Returns the violations so the test can assert there are none. `evaluate` goes through
 * the DevTools protocol, so the page's strict CSP does not block the injected axe.
 */
export async function checkPage(page: Page, name: string): Promise<Violation[]> {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.waitForLoadState('networkidle');
  let violations: Violation[] = [];
  // A toast that starts to fade out (its auto-close) just as axe runs has too little contrast
  // for a moment; a real problem is still there a second later, a passing fade is not.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (attempt > 0) await page.waitForTimeout(1000);
    await settle(page);
    if (attempt === 0) await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
    violations = await runAxe(page);
    if (violations.length === 0) break;
  }
  return violations;
}

/**
 * Lets Mantine's transitions settle (a toast fading in has too little contrast on its way)
 * so axe sees the final colours; endless ones (skeleton pulses) are not waited for.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]),
  );
}

async function runAxe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
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
