import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { offsetClock } from '../src/offset-clock.ts';

describe('the test-only clock (STEPWISE_CLOCK_FILE)', () => {
  it('runs ahead by the milliseconds in the file, follows changes, and is real time without a file', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-clock-')), 'offset');
    const clock = offsetClock(file, 10);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
    fs.writeFileSync(file, String(26 * 3_600_000));
    await new Promise((r) => setTimeout(r, 20));
    expect(clock.now().getTime() - Date.now()).toBeGreaterThan(26 * 3_600_000 - 1000);
    fs.writeFileSync(file, 'not a number');
    await new Promise((r) => setTimeout(r, 20));
    expect(clock.offsetMs()).toBe(0);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('is refused in production', () => {
    expect(() => loadConfig({ STEPWISE_CLOCK_FILE: '/tmp/x', NODE_ENV: 'production' })).toThrow(/STEPWISE_CLOCK_FILE/);
    expect(loadConfig({ STEPWISE_CLOCK_FILE: '/tmp/x' }).clockFile).toBe('/tmp/x');
    expect(loadConfig({ PUSH_ENDPOINT_ALLOW: 'http://127.0.0.1:*, http://localhost:8080' }).pushEndpointAllow).toEqual(['http://127.0.0.1:*', 'http://localhost:8080']);
  });
});
