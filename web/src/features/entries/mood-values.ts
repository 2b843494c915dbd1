import type { EntryData, MonitoringSettings } from '@stepwise/domain';
import { type Emotion, trimmed } from './entry-values.ts';

export type MoodField = MonitoringSettings['moodFields'][number];

export interface MoodValues {
  mood: number | null;
  emotions: Emotion[];
  situation: string;
  place: string;
  people: string;
  note: string;
  energy: number | null;
  anxiety: number | null;
  sleepHours: number | null;
  sleepQuality: number | null;
}

export const emptyMood = (): MoodValues => ({
  mood: null,
  emotions: [],
  situation: '',
  place: '',
  people: '',
  note: '',
  energy: null,
  anxiety: null,
  sleepHours: null,
  sleepQuality: null,
});

/** What is sent: optional answers the client has not turned on are left empty. */
export function toMoodData(values: MoodValues & { mood: number }, fields: MoodField[]): EntryData<'mood'> {
  const on = (f: MoodField) => fields.includes(f);
  return trimmed({
    ...values,
    energy: on('energy') ? values.energy : null,
    anxiety: on('anxiety') ? values.anxiety : null,
    sleepHours: on('sleep') ? values.sleepHours : null,
    sleepQuality: on('sleep') ? values.sleepQuality : null,
  });
}
