import type { InsightsView } from '@stepwise/domain';
import type { TFunction } from 'i18next';
import type { useFormat } from '../../app/format.ts';
import { emotionName } from '../entries/entry-values.ts';

export type Finding = InsightsView['findings'][number];
type Format = ReturnType<typeof useFormat>;
type Summary = { average: number; count: number };
type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The chart a finding belongs under. */
export type FindingPlace = 'mood' | 'weekday' | 'emotions' | 'practice';

const isSummary = (v: unknown): v is Summary =>
  typeof v === 'object' && v !== null && typeof (v as Summary).average === 'number' && typeof (v as Summary).count === 'number';
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function placeOf(f: Finding): FindingPlace {
  if (f.kind === 'weekday') return 'weekday';
  if (f.kind === 'practice') return 'practice';
  if (f.kind === 'low_mood_link' && f.facts.field === 'emotion') return 'emotions';
  return 'mood';
}

/**
 * A finding in the reader's language, made from its facts. Anything unexpected (a new kind,
 * a fact missing) falls back to the server's English sentence rather than guessing.
 */
export function findingText(t: TFunction, format: Format, f: Finding): string {
  const { facts } = f;
  const dec = format.decimal;
  if (f.kind === 'sleep' || f.kind === 'practice' || f.kind === 'activity') {
    const yes = facts.with;
    const no = facts.without;
    if (!isSummary(yes) || !isSummary(no)) return f.sentence;
    const lower = yes.average < no.average;
    const values = { with: dec(yes.average), without: dec(no.average), days: yes.count + no.count };
    if (f.kind === 'sleep') {
      const threshold = num(facts.threshold);
      if (threshold === null) return f.sentence;
      return t(lower ? 'insights.finding.sleepLower' : 'insights.finding.sleepHigher', { ...values, threshold: dec(threshold) });
    }
    if (f.kind === 'practice') return t(lower ? 'insights.finding.practiceLower' : 'insights.finding.practiceHigher', values);
    return t(lower ? 'insights.finding.activityLower' : 'insights.finding.activityHigher', values);
  }
  if (f.kind === 'weekday') {
    const lowest = num(facts.lowest);
    const highest = num(facts.highest);
    const low = num(facts.lowAverage);
    const high = num(facts.highAverage);
    if (lowest === null || highest === null || low === null || high === null || lowest < 1 || lowest > 7 || highest < 1 || highest > 7) return f.sentence;
    return t('insights.finding.weekday', { lowest: t(`insights.weekdays.${lowest as Weekday}`), highest: t(`insights.weekdays.${highest as Weekday}`), low: dec(low), high: dec(high) });
  }
  if (f.kind === 'low_mood_link') {
    const field = str(facts.field);
    const value = str(facts.value);
    const share = num(facts.lowShare);
    const count = num(facts.count);
    if (value === null || share === null || count === null) return f.sentence;
    const values = { percent: format.percent(share), count, value };
    if (field === 'emotion') return t('insights.finding.linkEmotion', { ...values, value: emotionName(t, value) });
    if (field === 'place') return t('insights.finding.linkPlace', values);
    if (field === 'people') return t('insights.finding.linkPeople', values);
    if (field === 'situation') return t('insights.finding.linkSituation', values);
  }
  return f.sentence;
}
