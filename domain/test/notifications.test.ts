import { describe, expect, it } from 'vitest';
import { inQuietHours, notificationPreferencesInput, quietHoursEndAt } from '../src/notifications.ts';

describe('quiet hours', () => {
  it('may span midnight', () => {
    expect(inQuietHours('23:00', '22:00', '07:00')).toBe(true);
    expect(inQuietHours('06:59', '22:00', '07:00')).toBe(true);
    expect(inQuietHours('07:00', '22:00', '07:00')).toBe(false);
    expect(inQuietHours('13:30', '13:00', '14:00')).toBe(true);
    expect(inQuietHours('14:00', '13:00', '14:00')).toBe(false);
  });

  it('end at the wall time in the person’s zone, across the night the clocks go back', () => {
    // 23:00 EDT on 31 October 2026; the clocks go back at 02:00, so 07:00 the next morning is EST.
    expect(quietHoursEndAt(new Date('2026-11-01T03:00:00Z'), 'America/New_York', '22:00', '07:00')?.toISOString()).toBe('2026-11-01T12:00:00.000Z');
    // After midnight, the same night's end.
    expect(quietHoursEndAt(new Date('2026-11-01T09:00:00Z'), 'America/New_York', '22:00', '07:00')?.toISOString()).toBe('2026-11-01T12:00:00.000Z');
    expect(quietHoursEndAt(new Date('2026-11-01T12:00:00Z'), 'America/New_York', '22:00', '07:00')).toBeNull();
    expect(quietHoursEndAt(new Date('2026-11-01T03:00:00Z'), 'America/New_York', null, null)).toBeNull();
  });

  it('ending inside the hour the clocks repeat, end at the second one while it is still ahead', () => {
    // Quiet 22:00–01:30; New York's 01:00–02:00 comes twice on 1 November 2026 (EDT, then EST).
    // 01:10 EDT: the first 01:30 (05:30Z) is ahead.
    expect(quietHoursEndAt(new Date('2026-11-01T05:10:00Z'), 'America/New_York', '22:00', '01:30')?.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    // 01:10 EST, the repeat: the first 01:30 has passed, the second (06:30Z) has not.
    expect(quietHoursEndAt(new Date('2026-11-01T06:10:00Z'), 'America/New_York', '22:00', '01:30')?.toISOString()).toBe('2026-11-01T06:30:00.000Z');
    // 01:40 EDT, between the two: past the first 01:30, so not in quiet hours.
    expect(quietHoursEndAt(new Date('2026-11-01T05:40:00Z'), 'America/New_York', '22:00', '01:30')).toBeNull();
  });

  it('are both set or both empty, and must not start and end at once', () => {
    const base = { email: true, showClinicalContent: false };
    expect(notificationPreferencesInput.safeParse({ ...base, quietHoursStart: '22:00', quietHoursEnd: '07:00' }).success).toBe(true);
    expect(notificationPreferencesInput.safeParse({ ...base, quietHoursStart: '22:00', quietHoursEnd: null }).success).toBe(false);
    expect(notificationPreferencesInput.safeParse({ ...base, quietHoursStart: '7:00', quietHoursEnd: '08:00' }).success).toBe(false);
    expect(notificationPreferencesInput.safeParse({ ...base, quietHoursStart: '08:00', quietHoursEnd: '08:00' }).success).toBe(false);
  });
});
