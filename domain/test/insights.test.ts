import { describe, expect, it } from 'vitest';
import { addDays, dailyMood, dayPart, describeFinding, emotionFrequencies, findings, type MoodPoint, moodByWeekday } from '../src/index.ts';

/** 60 days with a weekday effect (Mondays low), a sleep link and a practice link built in. */
function patterned(): { points: MoodPoint[]; practice: Set<string> } {
  const points: MoodPoint[] = [];
  const practice = new Set<string>();
  for (let i = 0; i < 60; i += 1) {
    const date = addDays('2026-09-01', i);
    const shortSleep = i % 3 === 0;
    const practised = i % 2 === 0;
    if (practised) practice.add(date);
    const monday = new Date(`${date}T00:00:00Z`).getUTCDay() === 1;
    const mood = 6 + (practised ? 1 : 0) - (shortSleep ? 2 : 0) - (monday ? 2 : 0);
    points.push({ date, time: '09:00', mood, sleepHours: shortSleep ? 5 : 7.5, place: monday ? 'Office' : 'Home', emotions: mood <= 4 ? [{ name: 'Anxious', intensity: 60 }] : [] });
  }
  return { points, practice };
}

describe('insights', () => {
  it('summarises mood per day, weekday and time of day', () => {
    const pts: MoodPoint[] = [
      { date: '2026-11-02', time: '08:00', mood: 4 },
      { date: '2026-11-02', time: '20:00', mood: 8 },
      { date: '2026-11-03', time: '23:30', mood: 5 },
    ];
    expect(dailyMood(pts)).toEqual([
      { date: '2026-11-02', average: 6, min: 4, max: 8, count: 2 },
      { date: '2026-11-03', average: 5, min: 5, max: 5, count: 1 },
    ]);
    expect(moodByWeekday(pts)[0]).toEqual({ weekday: 1, average: 6, count: 2 });
    expect([dayPart('05:00'), dayPart('12:00'), dayPart('17:30'), dayPart('23:30'), dayPart('03:00')]).toEqual(['morning', 'afternoon', 'evening', 'night', 'night']);
    expect(emotionFrequencies([{ date: 'd', time: '09:00', mood: 3, emotions: [{ name: 'Sad', intensity: 40 }, { name: 'sad', intensity: 60 }] }])).toEqual([
      { name: 'sad', count: 2, averageIntensity: 50 },
    ]);
  });

  it('finds the seeded sleep, practice, weekday and place patterns', () => {
    const { points, practice } = patterned();
    const found = findings({ points, practiceDates: practice });
    const kinds = found.map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['sleep', 'practice', 'weekday', 'low_mood_link']));
    const sleep = found.find((f) => f.kind === 'sleep');
    expect(sleep && sleep.kind === 'sleep' && sleep.with.average < sleep.without.average).toBe(true);
    const weekday = found.find((f) => f.kind === 'weekday');
    expect(weekday && weekday.kind === 'weekday' && weekday.lowest).toBe(1);
    expect(found.some((f) => f.kind === 'low_mood_link' && f.value === 'office')).toBe(true);
    for (const f of found) expect(describeFinding(f)).not.toMatch(/caus/i);
    expect(describeFinding(sleep!)).toMatch(/^Your mood was lower on days you slept under 6 hours: \d/);
  });

  it('says nothing from fewer than 7 data points on a side', () => {
    const { points, practice } = patterned();
    expect(findings({ points: points.slice(0, 12), practiceDates: practice }).filter((f) => f.kind === 'sleep')).toEqual([]);
    expect(findings({ points: [] })).toEqual([]);
    const flat = points.map((p) => ({ ...p, mood: 6 }));
    expect(findings({ points: flat, practiceDates: practice })).toEqual([]);
  });
});
