import { Button, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { ENTRY_LIMITS } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { TouchRadio } from '../../app/ui/touch-radio.tsx';
import { EmotionPicker } from './emotion-picker.tsx';
import { emotionName } from './entry-values.ts';
import { PercentSlider } from './percent-slider.tsx';
import type { ThoughtStep, ThoughtValues } from './thought-values.ts';

interface Props {
  step: ThoughtStep;
  values: ThoughtValues;
  set: (patch: Partial<ThoughtValues>) => void;
  error: string | null;
}

/** The fields of one step of the thought record; the stepper around it gives heading and buttons. */
export function ThoughtStepFields({ step, values, set, error }: Props) {
  const { t } = useTranslation();
  const text = (key: 'situation' | 'evidenceFor' | 'evidenceAgainst', max: number) => (
    <Textarea
      size="md"
      label={t(`thought.steps.${key}.label`)}
      autosize
      minRows={4}
      maxLength={max}
      value={values[key]}
      error={error}
      required={key === 'situation'}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
    />
  );

  switch (step) {
    case 'situation':
      return text('situation', 1000);
    case 'evidenceFor':
      return text('evidenceFor', 2000);
    case 'evidenceAgainst':
      return text('evidenceAgainst', 2000);
    case 'emotions':
      return <EmotionPicker label={t('thought.steps.emotions.label')} value={values.emotions} onChange={(emotions) => set({ emotions })} error={error} />;
    case 'thoughts':
      return <ThoughtsStep values={values} set={set} error={error} />;
    case 'balanced':
      return (
        <Stack gap="md">
          <Textarea size="md" label={t('thought.steps.balanced.label')} autosize minRows={3} maxLength={1000} value={values.balancedThought} onChange={(e) => set({ balancedThought: e.currentTarget.value })} />
          <PercentSlider label={t('thought.balancedBelief')} value={values.balancedBelief} onChange={(balancedBelief) => set({ balancedBelief })} optional />
        </Stack>
      );
    case 'rerate':
      return (
        <Stack gap="md">
          {values.emotions.map((e) => (
            <Paper key={e.name} p="sm">
              <Text c="dimmed" mb="xs">
                {t('thought.before', { name: emotionName(t, e.name), intensity: e.intensity })}
              </Text>
              <PercentSlider label={t('thought.now', { name: emotionName(t, e.name) })} value={values.after[e.name] ?? null} onChange={(v) => set({ after: { ...values.after, [e.name]: v } })} optional />
            </Paper>
          ))}
        </Stack>
      );
  }
}

function ThoughtsStep({ values, set, error }: Omit<Props, 'step'>) {
  const { t } = useTranslation();
  const thoughts = values.thoughts;
  const update = (index: number, patch: Partial<(typeof thoughts)[number]>) => set({ thoughts: thoughts.map((x, i) => (i === index ? { ...x, ...patch } : x)) });
  const hot = thoughts.findIndex((x) => x.hot);
  // Only thoughts already written can be chosen as the hot one.
  const written = thoughts.map((thought, index) => ({ thought, index })).filter(({ thought }) => thought.text.trim());
  return (
    <Stack gap="md">
      {/* An ordered list gives each thought's belief slider its place ("2 of 3") without repeating its name. */}
      <Stack gap="md" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {thoughts.map((thought, index) => (
          <Paper key={index} p="sm" component="li">
            <Stack gap="sm">
              <Textarea
                size="md"
                label={t('thought.thoughtN', { n: index + 1 })}
                autosize
                minRows={2}
                maxLength={500}
                value={thought.text}
                error={index === 0 ? error : null}
                onChange={(e) => update(index, { text: e.currentTarget.value })}
              />
              <PercentSlider label={t('thought.belief')} value={thought.belief} onChange={(belief) => update(index, { belief: belief ?? 50 })} />
              {thoughts.length > 1 && (
                <Button
                  variant="subtle"
                  color="red"
                  w="fit-content"
                  leftSection={<IconTrash size={18} aria-hidden />}
                  onClick={() => set({ thoughts: thoughts.filter((_, i) => i !== index) })}
                >
                  {t('thought.removeN', { n: index + 1 })}
                </Button>
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
      {thoughts.length < ENTRY_LIMITS.listMax && (
        <Button variant="default" w="fit-content" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => set({ thoughts: [...thoughts, { text: '', belief: 50, hot: false }] })}>
          {t('thought.addThought')}
        </Button>
      )}
      {written.length > 0 && (
        <Radio.Group
          label={t('thought.hot')}
          description={t('thought.hotHint')}
          value={hot === -1 ? 'none' : String(hot)}
          onChange={(v) => set({ thoughts: thoughts.map((x, i) => ({ ...x, hot: String(i) === v })) })}
        >
          <Stack gap={0} mt={4}>
            {written.map(({ thought, index }) => (
              <TouchRadio key={index} value={String(index)} label={thought.text.trim()} />
            ))}
            <TouchRadio value="none" label={t('thought.noHot')} />
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}
