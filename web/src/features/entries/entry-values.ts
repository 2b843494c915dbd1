import { EMOTIONS, type EntryData, type EntryKind, type EntryView, type TrackerView } from '@stepwise/domain';
import type { TFunction } from 'i18next';

export type Emotion = EntryData<'mood'>['emotions'][number];

const isStarter = (name: string): name is (typeof EMOTIONS)[number] => (EMOTIONS as readonly string[]).includes(name);

/** A starter emotion in the reader's language; one the client typed, as typed. */
export function emotionName(t: TFunction, name: string): string {
  const lower = name.toLowerCase();
  return isStarter(lower) ? t(`emotions.${lower}`) : name;
}

/** "anxious 70" for lists of emotions with their intensity. */
export function emotionList(t: TFunction, emotions: Emotion[]): string {
  return emotions.map((e) => t('entries.emotionWithIntensity', { name: emotionName(t, e.name), intensity: e.intensity })).join(', ');
}

/** A tracker's logged value in words: "3 times", "Yes", "7 of 10", "20 minutes". */
export function trackerValue(t: TFunction, type: TrackerView['type'] | undefined, value: number): string {
  switch (type) {
    case 'count':
      return t('trackers.value.count', { count: value });
    case 'yes_no':
      return value === 1 ? t('trackers.yes') : t('trackers.no');
    case 'intensity':
      return t('trackers.value.intensity', { value });
    case 'duration':
      return t('trackers.value.duration', { count: value });
    default:
      return String(value);
  }
}

/** Whether the client may still change the entry (the server allows 7 days). */
export const isEditable = (entry: EntryView, now = Date.now()) => Date.parse(entry.editableUntil) > now;

/** Trims every string field, so what is saved matches what the server would keep. */
export function trimmed<T extends object>(data: T): T {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])) as T;
}

/** URL names for the kinds: /log/thought-record, /log/skill, … */
export const kindFromSlug = (slug: string): string => slug.replace(/-/g, '_');
export const slugOf = (kind: EntryKind): string => kind.replace(/_/g, '-');
