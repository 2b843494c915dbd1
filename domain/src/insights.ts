import { isoWeekday } from './schedule-dates.ts';

/** The fewest data points in each group before Stepwise says anything about a pattern. */
export const MIN_POINTS = 7;

export type MoodPoint = {
  date: string;
  /** Local wall time HH:MM. */
  time: string;
  mood: number;
  sleepHours?: number | null;
  place?: string;
  people?: string;
  situation?: string;
  emotions?: Array<{ name: string; intensity: number }>;
};

export type Summary = { average: number; count: number };
const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Average, lowest and highest mood per local day, oldest first. */
export function dailyMood(points: MoodPoint[]): Array<{ date: string; average: number; min: number; max: number; count: number }> {
  const byDay = new Map<string, number[]>();
  for (const p of points) byDay.set(p.date, [...(byDay.get(p.date) ?? []), p.mood]);
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, moods]) => ({ date, average: round1(mean(moods)), min: Math.min(...moods), max: Math.max(...moods), count: moods.length }));
}

/** Mood by ISO weekday (1 = Monday), over entries. */
export function moodByWeekday(points: MoodPoint[]): Array<{ weekday: number } & Summary> {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const moods = points.filter((p) => isoWeekday(p.date) === weekday).map((p) => p.mood);
    return { weekday, average: moods.length ? round1(mean(moods)) : 0, count: moods.length };
  });
}

export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'] as const;
export type DayPart = (typeof DAY_PARTS)[number];
/** Morning 05-12, afternoon 12-17, evening 17-22, night 22-05, by local time. */
export function dayPart(time: string): DayPart {
  const hour = Number(time.slice(0, 2));
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 17) return 'afternoon';
  if (hour >= 17 && hour < 22) return 'evening';
  return 'night';
}

export function moodByDayPart(points: MoodPoint[]): Array<{ part: DayPart } & Summary> {
  return DAY_PARTS.map((part) => {
    const moods = points.filter((p) => dayPart(p.time) === part).map((p) => p.mood);
    return { part, average: moods.length ? round1(mean(moods)) : 0, count: moods.length };
  });
}

/** How often each emotion was named, and its average intensity. Most frequent first. */
export function emotionFrequencies(points: MoodPoint[]): Array<{ name: string; count: number; averageIntensity: number }> {
  const seen = new Map<string, number[]>();
  for (const p of points) for (const e of p.emotions ?? []) seen.set(e.name.toLowerCase(), [...(seen.get(e.name.toLowerCase()) ?? []), e.intensity]);
  return [...seen.entries()]
    .map(([name, xs]) => ({ name, count: xs.length, averageIntensity: Math.round(mean(xs)) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * A plain-language finding. `with` and `without` are daily mood averages for the days that
 * had the condition and those that did not. Only made with at least MIN_POINTS days on each side.
 */
export type Finding =
  | { kind: 'sleep'; threshold: number; with: Summary; without: Summary }
  | { kind: 'practice' | 'activity'; with: Summary; without: Summary }
  | { kind: 'weekday'; lowest: number; highest: number; lowAverage: number; highAverage: number; days: number }
  | { kind: 'low_mood_link'; field: 'place' | 'people' | 'situation' | 'emotion'; value: string; lowShare: number; count: number };

/** Mood on days with vs without something (practice, activity, short sleep). */
export function compareDays(daily: Array<{ date: string; average: number }>, hasIt: (date: string) => boolean): { with: Summary; without: Summary } | null {
  const yes = daily.filter((d) => hasIt(d.date)).map((d) => d.average);
  const no = daily.filter((d) => !hasIt(d.date)).map((d) => d.average);
  if (yes.length < MIN_POINTS || no.length < MIN_POINTS) return null;
  return { with: { average: round1(mean(yes)), count: yes.length }, without: { average: round1(mean(no)), count: no.length } };
}

type FindingInput = {
  points: MoodPoint[];
  /** Local dates with at least one skill practice or homework done. */
  practiceDates?: Set<string>;
  /** Local dates with at least one activity done. */
  activityDates?: Set<string>;
};

/**
 * The patterns worth a sentence: sleep, practice and activity links with mood, the weekday
 * effect, and what is most often mentioned with low mood. Differences under half a point
 * are left out as noise. Never causal: these are "linked with", not "caused by".
 */
export function findings({ points, practiceDates, activityDates }: FindingInput): Finding[] {
  const out: Finding[] = [];
  const daily = dailyMood(points);
  const shortSleep = new Set(points.filter((p) => p.sleepHours !== null && p.sleepHours !== undefined && p.sleepHours < 6).map((p) => p.date));
  const sleepKnown = new Set(points.filter((p) => p.sleepHours !== null && p.sleepHours !== undefined).map((p) => p.date));
  const sleep = compareDays(daily.filter((d) => sleepKnown.has(d.date)), (d) => shortSleep.has(d));
  if (sleep && Math.abs(sleep.with.average - sleep.without.average) >= 0.5) out.push({ kind: 'sleep', threshold: 6, ...sleep });
  if (practiceDates) {
    const c = compareDays(daily, (d) => practiceDates.has(d));
    if (c && Math.abs(c.with.average - c.without.average) >= 0.5) out.push({ kind: 'practice', ...c });
  }
  if (activityDates) {
    const c = compareDays(daily, (d) => activityDates.has(d));
    if (c && Math.abs(c.with.average - c.without.average) >= 0.5) out.push({ kind: 'activity', ...c });
  }
  const weekdays = moodByWeekday(points).filter((w) => w.count >= MIN_POINTS);
  if (weekdays.length >= 2) {
    const low = weekdays.reduce((a, b) => (b.average < a.average ? b : a));
    const high = weekdays.reduce((a, b) => (b.average > a.average ? b : a));
    if (high.average - low.average >= 1) out.push({ kind: 'weekday', lowest: low.weekday, highest: high.weekday, lowAverage: low.average, highAverage: high.average, days: low.count + high.count });
  }
  const low = points.filter((p) => p.mood <= 4);
  const candidates: Array<{ field: 'place' | 'people' | 'situation' | 'emotion'; value: string; mentions: MoodPoint[] }> = [];
  for (const field of ['place', 'people', 'situation'] as const) {
    const values = new Set(points.map((p) => (p[field] ?? '').trim().toLowerCase()).filter(Boolean));
    for (const value of values) candidates.push({ field, value, mentions: points.filter((p) => (p[field] ?? '').trim().toLowerCase() === value) });
  }
  for (const { name } of emotionFrequencies(points)) {
    candidates.push({ field: 'emotion', value: name, mentions: points.filter((p) => (p.emotions ?? []).some((e) => e.name.toLowerCase() === name)) });
  }
  const baseShare = points.length ? low.length / points.length : 0;
  const links = candidates
    .filter((c) => c.mentions.length >= MIN_POINTS)
    .map((c) => ({ ...c, lowShare: c.mentions.filter((p) => p.mood <= 4).length / c.mentions.length }))
    .filter((c) => c.lowShare >= 0.5 && c.lowShare >= baseShare + 0.2)
    .sort((a, b) => b.lowShare - a.lowShare || b.mentions.length - a.mentions.length)
    .slice(0, 3);
  for (const l of links) out.push({ kind: 'low_mood_link', field: l.field, value: l.value, lowShare: Math.round(l.lowShare * 100) / 100, count: l.mentions.length });
  return out;
}

const WEEKDAY_NAMES = ['', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'];

/** One plain English sentence for a finding (the web app has its own translations). */
export function describeFinding(f: Finding): string {
  switch (f.kind) {
    case 'sleep': {
      const dir = f.with.average < f.without.average ? 'lower' : 'higher';
      return `Your mood was ${dir} on days you slept under ${f.threshold} hours: ${f.with.average} vs ${f.without.average} on average, over ${f.with.count + f.without.count} days.`;
    }
    case 'practice':
    case 'activity': {
      const what = f.kind === 'practice' ? 'practised a skill' : 'did a planned activity';
      const dir = f.with.average > f.without.average ? 'higher' : 'lower';
      return `Your mood was ${dir} on days you ${what}: ${f.with.average} vs ${f.without.average} on average, over ${f.with.count + f.without.count} days.`;
    }
    case 'weekday':
      return `Your mood tended to be lowest on ${WEEKDAY_NAMES[f.lowest]} (${f.lowAverage}) and highest on ${WEEKDAY_NAMES[f.highest]} (${f.highAverage}).`;
    case 'low_mood_link':
      return `Low mood was often linked with ${f.field === 'emotion' ? 'feeling ' : ''}"${f.value}": ${Math.round(f.lowShare * 100)}% of the ${f.count} check-ins that mention it.`;
  }
}

export const INSIGHT_RANGES = { week: 7, month: 30, '3months': 91, year: 365 } as const;
export type InsightRange = keyof typeof INSIGHT_RANGES;
