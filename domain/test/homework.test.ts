import { describe, expect, it } from 'vitest';
import {
  adherence,
  goalEditSchema,
  occurrenceInstant,
  occurrences,
  practiceDays,
  scheduleSchema,
  smartCheck,
  sumAdherence,
} from '../src/index.ts';

describe('schedules', () => {
  it('lists daily, weekly and one-off occurrences in local dates and times', () => {
    const daily = scheduleSchema.parse({ kind: 'daily', startDate: '2026-11-02', endDate: '2026-11-04', times: ['20:00', '08:00', '08:00'] });
    expect(daily.times).toEqual(['08:00', '20:00']);
    expect(occurrences(daily).map((o) => `${o.date} ${o.time}`)).toEqual([
      '2026-11-02 08:00',
      '2026-11-02 20:00',
      '2026-11-03 08:00',
      '2026-11-03 20:00',
      '2026-11-04 08:00',
      '2026-11-04 20:00',
    ]);
    const weekly = scheduleSchema.parse({ kind: 'weekly', startDate: '2026-11-01', endDate: '2026-11-15', weekdays: [1, 5] });
    expect(occurrences(weekly).map((o) => o.date)).toEqual(['2026-11-02', '2026-11-06', '2026-11-09', '2026-11-13']);
    expect(occurrences(weekly, { from: '2026-11-06', to: '2026-11-09' }).map((o) => o.date)).toEqual(['2026-11-06', '2026-11-09']);
    const once = scheduleSchema.parse({ kind: 'once', date: '2026-11-05' });
    expect(occurrences(once)).toEqual([{ date: '2026-11-05', time: '' }]);
  });

  it('keeps 08:00 at 08:00 local across DST: the UTC instant moves instead', () => {
    const s = scheduleSchema.parse({ kind: 'daily', startDate: '2026-10-31', endDate: '2026-11-02', times: ['08:00'] });
    const utc = occurrences(s).map((o) => occurrenceInstant(o, 'America/New_York').toISOString());
    expect(utc).toEqual(['2026-10-31T12:00:00.000Z', '2026-11-01T13:00:00.000Z', '2026-11-02T13:00:00.000Z']);
    const eu = scheduleSchema.parse({ kind: 'daily', startDate: '2026-03-28', endDate: '2026-03-29', times: ['08:00'] });
    expect(occurrences(eu).map((o) => occurrenceInstant(o, 'Europe/Amsterdam').toISOString())).toEqual(['2026-03-28T07:00:00.000Z', '2026-03-29T06:00:00.000Z']);
  });

  it('refuses an end before the start, a plan that never fires, bad times and over-long plans', () => {
    const issues = (v: unknown) => scheduleSchema.safeParse(v).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(issues({ kind: 'daily', startDate: '2026-11-05', endDate: '2026-11-01' })).toEqual(['endDate: must be on or after the start date']);
    expect(issues({ kind: 'weekly', startDate: '2026-11-03', endDate: '2026-11-04', weekdays: [6] })[0]).toMatch(/^weekdays: never happens/);
    expect(issues({ kind: 'weekly', startDate: '2026-11-03', endDate: '2026-11-04', weekdays: [] })[0]).toMatch(/^weekdays: pick at least one/);
    expect(issues({ kind: 'daily', startDate: '2026-01-01', endDate: '2027-06-01' })[0]).toMatch(/^endDate: must be within 366 days/);
    expect(issues({ kind: 'once', date: '2026-11-05', times: ['24:00'] })[0]).toMatch(/^times.0: must be a time/);
    expect(issues({ kind: 'hourly' })[0]).toMatch(/kind must be once, daily or weekly/);
  });
});

describe('adherence and practice days', () => {
  const planned = occurrences(scheduleSchema.parse({ kind: 'daily', startDate: '2026-11-01', endDate: '2026-11-07' }));

  it('counts done out of planned so far, with partly and barriers apart', () => {
    const a = adherence(
      planned,
      [
        { date: '2026-11-01', time: '', outcome: 'done', barrier: null },
        { date: '2026-11-02', time: '', outcome: 'partly', barrier: 'no_time' },
        { date: '2026-11-03', time: '', outcome: 'not_done', barrier: 'forgot' },
        { date: '2026-11-04', time: '', outcome: 'not_done', barrier: 'forgot' },
        { date: '2026-11-06', time: '', outcome: 'done', barrier: null },
      ],
      '2026-11-05',
    );
    expect(a).toEqual({ planned: 5, done: 1, partly: 1, notDone: 2, unanswered: 1, rate: 0.2, barriers: { no_time: 1, forgot: 2 } });
    expect(adherence(planned, [], '2026-10-31').rate).toBeNull();
    const both = sumAdherence([a, a]);
    expect(both).toMatchObject({ planned: 10, done: 2, rate: 0.2, barriers: { no_time: 2, forgot: 4 } });
  });

  it('says "5 of the last 7 days" and the current run', () => {
    const done = ['2026-11-01', '2026-11-02', '2026-11-04', '2026-11-05', '2026-11-06'];
    expect(practiceDays(done, '2026-11-07')).toEqual({ daysDone: 5, window: 7, currentRun: 3 });
    expect(practiceDays(done, '2026-11-06')).toEqual({ daysDone: 5, window: 7, currentRun: 3 });
    expect(practiceDays([], '2026-11-06')).toEqual({ daysDone: 0, window: 7, currentRun: 0 });
  });
});

describe('goals', () => {
  it('points out what is vague, gently', () => {
    expect(smartCheck({ title: 'Feel better' })).toEqual(['vague', 'no_measure', 'no_date', 'no_confidence', 'no_reason']);
    expect(
      smartCheck({ title: 'Walk', specific: 'Walk twenty minutes in the park', measurable: 'Walks in my diary', targetDate: '2026-12-01', confidence: 6, why: 'Energy' }),
    ).toEqual(['low_confidence']);
  });

  it('edits carry only the fields they change', () => {
    expect(goalEditSchema.parse({ confidence: 7 })).toEqual({ confidence: 7 });
    expect(goalEditSchema.safeParse({}).success).toBe(false);
  });
});
