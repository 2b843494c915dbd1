import type { TFunction } from 'i18next';
import { List, Text } from '@mantine/core';
import type { EntryData, EntryView, TrackerView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { type Fact, FactList } from '../../app/ui/fact-list.tsx';
import { emotionList, trackerValue } from './entry-values.ts';
import { dataOf } from './entry-data.ts';
import { faceOf } from './mood-faces.tsx';

type Entry = Pick<EntryView, 'kind' | 'data'>;

/** The title of an entry in a list: its kind, or the tracker's name for a tracker log. */
export function useEntryTitle() {
  const { t } = useTranslation();
  return (entry: Entry, trackers: TrackerView[] | undefined): string => {
    const behavior = dataOf(entry, 'behavior');
    if (behavior) return trackers?.find((tr) => tr.id === behavior.trackerId)?.name ?? t('log.kinds.behavior.title');
    return t(`log.kinds.${entry.kind}.title`);
  };
}

const rated = (t: TFunction, v: number | null) => (v === null ? '' : t('mood.outOf10', { value: v }));

/** What an entry says, as label and value pairs, whatever its kind. */
export function EntryDetails({ entry, trackers }: { entry: Entry; trackers?: TrackerView[] }) {
  const { t } = useTranslation();
  let facts: Fact[] = [];
  const mood = dataOf(entry, 'mood');
  const thought = dataOf(entry, 'thought_record');
  const behavior = dataOf(entry, 'behavior');
  const skill = dataOf(entry, 'skill');
  const activity = dataOf(entry, 'activity');
  const journal = dataOf(entry, 'journal');
  if (mood) {
    facts = [
      { label: t('mood.label'), value: t('mood.valueWithFace', { value: mood.mood, face: t(`mood.face.${faceOf(mood.mood).key}`) }) },
      { label: t('mood.emotions'), value: emotionList(t, mood.emotions) },
      { label: t('mood.situation'), value: mood.situation },
      { label: t('mood.place'), value: mood.place },
      { label: t('mood.people'), value: mood.people },
      { label: t('mood.fields.energy'), value: rated(t, mood.energy) },
      { label: t('mood.fields.anxiety'), value: rated(t, mood.anxiety) },
      { label: t('mood.fields.sleepHours'), value: mood.sleepHours === null ? '' : t('mood.hours', { count: mood.sleepHours }) },
      { label: t('mood.fields.sleepQuality'), value: rated(t, mood.sleepQuality) },
      { label: t('mood.note'), value: mood.note },
    ];
  } else if (thought) {
    return <ThoughtDetails data={thought} />;
  } else if (behavior) {
    const tracker = trackers?.find((tr) => tr.id === behavior.trackerId);
    facts = [
      { label: t('trackers.value.label'), value: trackerValue(t, tracker?.type, behavior.value) },
      { label: t('trackers.trigger'), value: behavior.trigger },
      { label: t('trackers.note'), value: behavior.note },
    ];
  } else if (skill) {
    facts = [
      { label: t('skill.skill'), value: skill.skill },
      { label: t('skill.minutes'), value: skill.minutes === null ? '' : t('trackers.value.duration', { count: skill.minutes }) },
      { label: t('skill.helpfulness'), value: rated(t, skill.helpfulness) },
      { label: t('skill.situation'), value: skill.situation },
    ];
  } else if (activity) {
    facts = [
      { label: t('activity.activity'), value: activity.activity },
      { label: t('activity.status'), value: activity.status === 'done' ? t('activity.done') : t('activity.planned') },
      { label: t('activity.pleasure'), value: rated(t, activity.pleasure) },
      { label: t('activity.mastery'), value: rated(t, activity.mastery) },
    ];
  } else if (journal) {
    facts = [{ label: journal.prompt ? t(`journal.prompts.${journal.prompt}`) : t('journal.text'), value: journal.text }];
  }
  return <FactList facts={facts} cols={2} />;
}

function ThoughtDetails({ data }: { data: EntryData<'thought_record'> }) {
  const { t } = useTranslation();
  return (
    <FactList
      cols={2}
      facts={[
        { label: t('thought.cols.situation'), value: data.situation },
        { label: t('thought.cols.emotions'), value: emotionList(t, data.emotions) },
        { label: t('thought.cols.thoughts'), value: data.thoughts.map((x) => thoughtLine(t, x)).join('\n') },
        { label: t('thought.cols.evidenceFor'), value: data.evidenceFor },
        { label: t('thought.cols.evidenceAgainst'), value: data.evidenceAgainst },
        { label: t('thought.cols.balanced'), value: data.balancedThought ? balancedLine(t, data.balancedThought, data.balancedBelief) : '' },
        { label: t('thought.cols.after'), value: emotionList(t, data.emotionsAfter) },
      ]}
    />
  );
}

export function thoughtLine(t: TFunction, x: { text: string; belief: number; hot: boolean }): string {
  return x.hot ? t('thought.hotLine', { text: x.text, belief: x.belief }) : t('thought.line', { text: x.text, belief: x.belief });
}

export function balancedLine(t: TFunction, text: string, belief: number | null): string {
  return belief === null ? text : t('thought.line', { text, belief });
}

/** Thoughts as a list, the hot one marked in words (not only in bold). */
export function ThoughtList({ thoughts }: { thoughts: Array<{ text: string; belief: number; hot: boolean }> }) {
  const { t } = useTranslation();
  return (
    <List spacing={4} size="md">
      {thoughts.map((x, i) => (
        <List.Item key={i}>
          <Text span fw={x.hot ? 700 : undefined}>
            {thoughtLine(t, x)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
