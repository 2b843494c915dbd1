import { describe, expect, it } from 'vitest';
import { appointmentStarts, dueNow, latestDueDate, nextDueDate, type Cadence } from '../src/index.ts';

const before: Cadence = { frequency: 'before_appointment', everyWeeks: null, startDate: '2026-11-01' };
const sessions = ['2026-10-28', '2026-11-06', '2026-11-13'];

describe('measures due before each appointment', () => {
  it('are due two days before each session on or after the start date', () => {
    expect(latestDueDate(before, '2026-11-03', sessions)).toBeNull(); // the 28 October session is before the start
    expect(latestDueDate(before, '2026-11-04', sessions)).toBe('2026-11-04');
    expect(nextDueDate(before, '2026-11-04', sessions)).toBe('2026-11-11');
    expect(nextDueDate(before, '2026-11-11', sessions)).toBeNull();
  });

  it('turn overdue the day after the session and give way to the next one', () => {
    expect(dueNow(before, '2026-11-06', new Set(), sessions)).toEqual({ dueDate: '2026-11-04', overdue: false });
    expect(dueNow(before, '2026-11-07', new Set(), sessions)).toEqual({ dueDate: '2026-11-04', overdue: true });
    expect(dueNow(before, '2026-11-11', new Set(), sessions)).toEqual({ dueDate: '2026-11-11', overdue: false });
    expect(dueNow(before, '2026-11-12', new Set(['2026-11-11']), sessions)).toBeNull();
  });

  it('without sessions are never due', () => {
    expect(dueNow(before, '2026-12-01', new Set(), [])).toBeNull();
  });
});

describe('appointment series', () => {
  it('keep the local time across a DST change and step one or two weeks', () => {
    const weekly = appointmentStarts({ date: '2026-10-19', time: '10:00', timeZone: 'Europe/Amsterdam', repeat: 'weekly', count: 2 });
    expect(weekly.map((d) => d.toISOString())).toEqual(['2026-10-19T08:00:00.000Z', '2026-10-26T09:00:00.000Z']);
    const fortnightly = appointmentStarts({ date: '2026-10-19', time: '10:00', timeZone: 'America/New_York', repeat: 'biweekly', count: 3 });
    expect(fortnightly.map((d) => d.toISOString())).toEqual(['2026-10-19T14:00:00.000Z', '2026-11-02T15:00:00.000Z', '2026-11-16T15:00:00.000Z']);
    expect(appointmentStarts({ date: '2026-10-19', time: '10:00', timeZone: 'UTC', repeat: 'none', count: 9 })).toHaveLength(1);
  });
});
