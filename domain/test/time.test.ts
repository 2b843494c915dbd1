import { describe, expect, it } from 'vitest';
import { addDays, isValidTimeZone, localDate, zonedTimeToUtc, zoneOffsetMs } from '../src/index.ts';

describe('time zones', () => {
  it('knows IANA zones and refuses others', () => {
    expect(isValidTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('reads offsets on both sides of a DST change', () => {
    // Europe/Amsterdam: CET (+1) until 2026-03-29 01:00 UTC, then CEST (+2).
    expect(zoneOffsetMs(new Date('2026-03-29T00:59:00Z'), 'Europe/Amsterdam')).toBe(3_600_000);
    expect(zoneOffsetMs(new Date('2026-03-29T01:00:00Z'), 'Europe/Amsterdam')).toBe(7_200_000);
    expect(zoneOffsetMs(new Date('2026-07-01T12:00:00Z'), 'America/New_York')).toBe(-4 * 3_600_000);
  });

  it('turns a local wall time into the right instant, across DST', () => {
    expect(zonedTimeToUtc('2026-03-28', '08:00', 'Europe/Amsterdam').toISOString()).toBe('2026-03-28T07:00:00.000Z');
    expect(zonedTimeToUtc('2026-03-29', '08:00', 'Europe/Amsterdam').toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(zonedTimeToUtc('2026-11-01', '08:00', 'America/New_York').toISOString()).toBe('2026-11-01T13:00:00.000Z');
    expect(zonedTimeToUtc('2026-10-31', '08:00', 'America/New_York').toISOString()).toBe('2026-10-31T12:00:00.000Z');
    expect(zonedTimeToUtc('2026-06-15', '00:00', 'UTC').toISOString()).toBe('2026-06-15T00:00:00.000Z');
  });

  it('handles the skipped and the repeated hour', () => {
    // 02:30 does not exist in Amsterdam on 2026-03-29: it lands an hour later in wall time.
    expect(zonedTimeToUtc('2026-03-29', '02:30', 'Europe/Amsterdam').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on 2026-10-25: the first (CEST) is chosen.
    expect(zonedTimeToUtc('2026-10-25', '02:30', 'Europe/Amsterdam').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('gives the local calendar date of an instant', () => {
    expect(localDate(new Date('2026-11-21T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-11-22');
    expect(localDate(new Date('2026-11-21T03:30:00Z'), 'America/New_York')).toBe('2026-11-20');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});
