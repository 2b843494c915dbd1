import { ActionIcon, Button, Chip, Group, Input, Paper, Slider, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { EMOTIONS, ENTRY_LIMITS } from '@stepwise/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Emotion, emotionName } from './entry-values.ts';

interface Props {
  label: string;
  description?: string;
  value: Emotion[];
  onChange: (value: Emotion[]) => void;
  error?: string | null;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Emotions picked from a starter list or typed, each with how strong it is (0-100). */
export function EmotionPicker({ label, description, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [typed, setTyped] = useState('');
  const full = value.length >= ENTRY_LIMITS.listMax;
  const has = (name: string) => value.some((e) => same(e.name, name));
  const toggle = (name: string) => onChange(has(name) ? value.filter((e) => !same(e.name, name)) : [...value, { name, intensity: 50 }]);
  const addTyped = () => {
    const name = typed.trim();
    if (!name || full) return;
    if (!has(name)) onChange([...value, { name, intensity: 50 }]);
    setTyped('');
  };
  const custom = value.filter((e) => !EMOTIONS.some((s) => same(s, e.name)));

  return (
    <Input.Wrapper label={label} description={description} labelElement="div" id={id} error={error}>
      <Stack gap="sm" mt="xs">
        <Group gap="xs" role="group" aria-labelledby={`${id}-label`}>
          {EMOTIONS.map((name) => (
            <Chip key={name} size="md" checked={has(name)} onChange={() => toggle(name)} disabled={full && !has(name)}>
              {t(`emotions.${name}`)}
            </Chip>
          ))}
          {custom.map((e) => (
            <Chip key={e.name} size="md" checked onChange={() => toggle(e.name)}>
              {e.name}
            </Chip>
          ))}
        </Group>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            flex={1}
            label={t('entries.emotions.other')}
            value={typed}
            maxLength={40}
            disabled={full}
            onChange={(e) => setTyped(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addTyped();
              }
            }}
          />
          <Button variant="default" leftSection={<IconPlus size={18} aria-hidden />} onClick={addTyped} disabled={full || !typed.trim()}>
            {t('entries.emotions.add')}
          </Button>
        </Group>
        {value.map((e, index) => (
          <Paper key={e.name} p="sm" withBorder>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text fw={600}>{t('entries.emotions.howStrong', { name: emotionName(t, e.name) })}</Text>
              <Group gap={4} wrap="nowrap">
                <Text fw={600} aria-hidden>
                  {e.intensity}
                </Text>
                <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('entries.emotions.remove', { name: emotionName(t, e.name) })} onClick={() => toggle(e.name)}>
                  <IconX size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </Group>
            <Slider
              mt="xs"
              mb="md"
              mx="xs"
              min={0}
              max={100}
              step={5}
              size="lg"
              thumbSize={26}
              label={null}
              value={e.intensity}
              thumbLabel={t('entries.emotions.intensityOf', { name: emotionName(t, e.name) })}
              marks={[{ value: 0, label: '0' }, { value: 50, label: '50' }, { value: 100, label: '100' }]}
              onChange={(intensity) => onChange(value.map((x, i) => (i === index ? { ...x, intensity } : x)))}
            />
          </Paper>
        ))}
      </Stack>
    </Input.Wrapper>
  );
}
