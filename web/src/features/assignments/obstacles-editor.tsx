import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ObstacleValues {
  obstacle: string;
  copingPlan: string;
}

interface Props {
  value: ObstacleValues[];
  onChange: (next: ObstacleValues[]) => void;
  /** Keyed "0.obstacle", "1.copingPlan", or "" for the list. */
  errors: Record<string, ReactNode>;
}

const MAX = 10;

/** What might get in the way, each with its own if-then coping plan. */
export function ObstaclesEditor({ value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<ObstacleValues>) => onChange(value.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} p={0} mb={4}>
        {t('obstacles.legend')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('obstacles.hint')}
      </Text>
      {value.map((o, i) => (
        <Paper key={i} p="sm" withBorder>
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <Stack gap="xs" style={{ flex: 1 }}>
              <TextInput
                label={t('obstacles.obstacleN', { n: i + 1 })}
                placeholder={t('obstacles.obstaclePlaceholder')}
                value={o.obstacle}
                onChange={(e) => update(i, { obstacle: e.currentTarget.value })}
                error={errors[`${i}.obstacle`]}
              />
              <TextInput
                label={t('obstacles.copingN', { n: i + 1 })}
                placeholder={t('obstacles.copingPlaceholder')}
                value={o.copingPlan}
                onChange={(e) => update(i, { copingPlan: e.currentTarget.value })}
                error={errors[`${i}.copingPlan`]}
              />
            </Stack>
            <ActionIcon
              variant="subtle"
              color="red"
              size={44}
              mt={26}
              aria-label={t('obstacles.remove', { n: i + 1 })}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      {errors[''] && (
        <Text c="var(--mantine-color-error)" size="sm">
          {errors['']}
        </Text>
      )}
      {value.length < MAX && (
        <div>
          <Button variant="subtle" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onChange([...value, { obstacle: '', copingPlan: '' }])}>
            {t('obstacles.add')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
