import fs from 'node:fs';
import type { Clock } from './clock.ts';

/**
 * FOR TESTS ONLY (STEPWISE_CLOCK_FILE; refused when NODE_ENV=production). A clock that runs
 * ahead of real time by the number of milliseconds written in `file`, so an end-to-end test
 * can let a reminder fall due without waiting a day. The offset is cached and the file is
 * looked at again at most every 250 ms; a missing or unreadable file means no offset.
 */
export function offsetClock(file: string, recheckMs = 250): Clock & { offsetMs: () => number } {
  let offset = 0;
  let checkedAt = -Infinity;
  const refresh = () => {
    const real = Date.now();
    if (real - checkedAt < recheckMs) return;
    checkedAt = real;
    try {
      const n = Number(fs.readFileSync(file, 'utf8').trim() || '0');
      offset = Number.isFinite(n) ? n : 0;
    } catch {
      offset = 0;
    }
  };
  return {
    now: () => {
      refresh();
      return new Date(Date.now() + offset);
    },
    offsetMs: () => {
      refresh();
      return offset;
    },
  };
}
