import type { EntryView, TrackerView } from '@stepwise/domain';
import type { TFunction } from 'i18next';
import { emotionList, trackerValue } from './entry-values.ts';
import { dataOf } from './entry-data.ts';
import { faceOf } from './mood-faces.tsx';

/** One line about an entry for lists: the gist, details are a tap away. */
export function entrySummary(t: TFunction, entry: Pick<EntryView, 'kind' | 'data'>, trackers: TrackerView[] | undefined): string {
  const parts: string[] = [];
  const mood = dataOf(entry, 'mood');
  const thought = dataOf(entry, 'thought_record');
  const behavior = dataOf(entry, 'behavior');
  const skill = dataOf(entry, 'skill');
  const activity = dataOf(entry, 'activity');
  const journal = dataOf(entry, 'journal');
  if (mood) parts.push(t('mood.valueWithFace', { value: mood.mood, face: t(`mood.face.${faceOf(mood.mood).key}`) }), emotionList(t, mood.emotions));
  if (thought) parts.push(thought.situation);
  if (behavior) parts.push(trackerValue(t, trackers?.find((tr) => tr.id === behavior.trackerId)?.type, behavior.value), behavior.trigger);
  if (skill) {
    parts.push(skill.skill, skill.minutes === null ? '' : t('trackers.value.duration', { count: skill.minutes }));
    if (skill.helpfulness !== null) parts.push(t('entries.summary.helpfulness', { value: skill.helpfulness }));
  }
  if (activity) {
    parts.push(activity.activity, activity.status === 'done' ? t('activity.done') : t('activity.planned'));
    if (activity.pleasure !== null) parts.push(t('entries.summary.pleasure', { value: activity.pleasure }));
    if (activity.mastery !== null) parts.push(t('entries.summary.mastery', { value: activity.mastery }));
  }
  if (journal) parts.push(journal.text);
  return parts.filter(Boolean).join(' · ');
}
