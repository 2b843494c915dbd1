import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { DEMO_PASSWORD } from '../server/src/db/demo-seed.ts';
import { signIn } from './http.ts';
import type { RunningServer } from './server.ts';

const dist = path.resolve(import.meta.dirname, '../web/dist');

/** Gzipped bytes of the JS and CSS the client's first page loads up front (entry + preloads + styles). */
export function entryBytes(): { jsGzip: number; cssGzip: number; files: number } {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  let jsGzip = 0;
  let cssGzip = 0;
  for (const ref of new Set(refs)) {
    const size = zlib.gzipSync(fs.readFileSync(path.join(dist, ref))).length;
    if (ref.endsWith('.js')) jsGzip += size;
    else cssGzip += size;
  }
  return { jsGzip, cssGzip, files: new Set(refs).size };
}

export type FirstScreenTimes = { todayVisibleMs: number[]; checkInSavedMs: number[] };

/**
 * In Chromium on a 375 px phone viewport with the CPU slowed 4x, signed in already:
 * milliseconds from navigation to the client's Today page showing its first card, and from
 * there to a mood check-in saved with its two taps (a mood, then Save, until "Check-in saved").
 */
export async function firstScreenMs(server: RunningServer, runs: number): Promise<FirstScreenTimes> {
  const cookie = (await signIn(server.url, 'sam@demo.stepwise.test', DEMO_PASSWORD)).split('=');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const times: FirstScreenTimes = { todayVisibleMs: [], checkInSavedMs: [] };
  try {
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      await context.addCookies([{ name: cookie[0] ?? '', value: cookie.slice(1).join('='), url: server.url }]);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const t0 = Date.now();
      await page.goto(`${server.url}/today`);
      await page.getByRole('heading', { level: 2 }).first().waitFor({ state: 'visible', timeout: 30_000 });
      const t1 = Date.now();
      times.todayVisibleMs.push(t1 - t0);
      await page.getByText('Good', { exact: true }).click({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Save', exact: true }).first().click({ timeout: 30_000 });
      await page.getByText('Check-in saved').first().waitFor({ state: 'visible', timeout: 30_000 });
      times.checkInSavedMs.push(Date.now() - t1);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}
