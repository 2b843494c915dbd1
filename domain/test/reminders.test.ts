import { describe, expect, it } from 'vitest';
import { dailySlots, localDatesBetween, occurrenceSlots } from '../src/reminders.ts';
import { localTime } from '../src/time.ts';

const d = (iso: string) => new Date(iso);

describe('reminder slots', () => {
  it('keep 08:00 local across both DST changes in Europe', () => {
    const daily = { kind: 'daily' as const, startDate: '2026-03-27', endDate: '2026-10-27', times: ['08:00'] };
    const spring = occurrenceSlots(daily, 'Europe/Amsterdam', d('2026-03-27T00:00:00Z'), d('2026-03-31T00:00:00Z'));
    expect(spring.map((s) => s.at.toISOString())).toEqual(['2026-03-27T07:00:00.000Z', '2026-03-28T07:00:00.000Z', '2026-03-29T06:00:00.000Z', '2026-03-30T06:00:00.000Z']);
    const autumn = occurrenceSlots(daily, 'Europe/Amsterdam', d('2026-10-24T00:00:00Z'), d('2026-10-27T00:00:00Z'));
    expect(autumn.map((s) => s.at.toISOString())).toEqual(['2026-10-24T06:00:00.000Z', '2026-10-25T07:00:00.000Z', '2026-10-26T07:00:00.000Z']);
    expect([...spring, ...autumn].every((s) => localTime(s.at, 'Europe/Amsterdam') === '08:00')).toBe(true);
  });

  it('skip any-time occurrences and keep to the window (from exclusive, to inclusive)', () => {
    const once = { kind: 'once' as const, date: '2026-11-02', times: ['09:00', '18:00'] };
    expect(occurrenceSlots(once, 'UTC', d('2026-11-02T09:00:00Z'), d('2026-11-02T18:00:00Z')).map((s) => s.time)).toEqual(['18:00']);
    expect(occurrenceSlots({ kind: 'once', date: '2026-11-02', times: [] }, 'UTC', d('2026-11-01T00:00:00Z'), d('2026-11-03T00:00:00Z'))).toEqual([]);
  });

  it('daily times follow a zone east of UTC across the date line of the window', () => {
    // 07:30 in Auckland (UTC+13 in November) is the previous day in UTC.
    const slots = dailySlots(['07:30'], 'Pacific/Auckland', d('2026-11-01T00:00:00Z'), d('2026-11-02T00:00:00Z'));
    expect(slots).toEqual([{ date: '2026-11-02', time: '07:30', at: d('2026-11-01T18:30:00Z') }]);
    expect(localDatesBetween(d('2026-11-01T00:00:00Z'), d('2026-11-02T00:00:00Z'), 'Pacific/Auckland')).toEqual(['2026-11-01', '2026-11-02']);
  });

  it('a wall time skipped by the spring jump is reminded once, an hour later on the clock', () => {
    const slots = dailySlots(['02:30'], 'Europe/Amsterdam', d('2026-03-28T12:00:00Z'), d('2026-03-30T12:00:00Z'));
    expect(slots.map((s) => s.at.toISOString())).toEqual(['2026-03-29T01:30:00.000Z', '2026-03-30T00:30:00.000Z']);
  });
});
