import { Group, Input, NumberInput, Slider, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { ENTRY_LIMITS } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { ScaleSlider } from '../../app/ui/scale-slider.tsx';
import { EmotionPicker } from './emotion-picker.tsx';
import type { MoodField, MoodValues } from './mood-values.ts';

interface Props {
  values: MoodValues;
  set: (patch: Partial<MoodValues>) => void;
  fields: MoodField[];
}

const MOOD_MARKS = [1, 5, 10].map((value) => ({ value, label: String(value) }));

/** The optional part of a check-in: a finer mood, emotions, the context, and the extra questions turned on. */
export function MoodDetails({ values, set, fields }: Props) {
  const { t } = useTranslation();
  const rating = (key: 'energy' | 'anxiety' | 'sleepQuality') => (
    <ScaleSlider
      label={t(`mood.fields.${key}`)}
      description={t(`mood.fields.${key}Hint`)}
      valueText={(value) => t('mood.outOf10', { value })}
      unsetText={t('mood.notRated')}
      value={values[key]}
      onChange={(value) => set({ [key]: value })}
    />
  );
  return (
    <Stack gap="md">
      <Input.Wrapper label={t('mood.finer')} description={t('mood.finerHint')} labelElement="div">
        <Group justify="space-between" mt={4} mb="xs">
          <Text fw={600} aria-live="polite">
            {values.mood === null ? t('mood.notChosen') : t('mood.outOf10', { value: values.mood })}
          </Text>
        </Group>
        <Slider
          min={1}
          max={10}
          step={1}
          marks={MOOD_MARKS}
          value={values.mood ?? 6}
          onChange={(mood) => set({ mood })}
          thumbLabel={t('mood.finer')}
          label={null}
          thumbSize={28}
          size="lg"
          color={values.mood === null ? 'gray' : undefined}
          mb="lg"
          mx="xs"
        />
      </Input.Wrapper>
      <EmotionPicker label={t('mood.emotions')} description={t('mood.emotionsHint')} value={values.emotions} onChange={(emotions) => set({ emotions })} />
      <TextInput label={t('mood.situation')} value={values.situation} maxLength={ENTRY_LIMITS.shortText} onChange={(e) => set({ situation: e.currentTarget.value })} />
      <TextInput label={t('mood.place')} value={values.place} maxLength={ENTRY_LIMITS.shortText} onChange={(e) => set({ place: e.currentTarget.value })} />
      <TextInput label={t('mood.people')} value={values.people} maxLength={ENTRY_LIMITS.shortText} onChange={(e) => set({ people: e.currentTarget.value })} />
      {fields.includes('energy') && rating('energy')}
      {fields.includes('anxiety') && rating('anxiety')}
      {fields.includes('sleep') && (
        <>
          <NumberInput
            size="md"
            label={t('mood.fields.sleepHours')}
            description={t('mood.fields.sleepHoursHint')}
            min={0}
            max={24}
            step={0.5}
            decimalScale={1}
            value={values.sleepHours ?? ''}
            onChange={(v) => set({ sleepHours: typeof v === 'number' ? v : null })}
          />
          {rating('sleepQuality')}
        </>
      )}
      <Textarea size="md" label={t('mood.note')} autosize minRows={2} maxLength={ENTRY_LIMITS.noteMax} value={values.note} onChange={(e) => set({ note: e.currentTarget.value })} />
    </Stack>
  );
}
