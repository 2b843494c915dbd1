import { Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBulb, IconCircleCheck } from '@tabler/icons-react';
import { smartCheck, type SmartHint } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { toFields, type GoalFormValues } from './goal-form-values.ts';

const HINT_KEYS = {
  vague: 'goals.smart.vague',
  no_measure: 'goals.smart.noMeasure',
  no_date: 'goals.smart.noDate',
  low_confidence: 'goals.smart.lowConfidence',
  no_confidence: 'goals.smart.noConfidence',
  no_reason: 'goals.smart.noReason',
} as const satisfies Record<SmartHint, string>;

/** Gentle pointers while a goal is being written; suggestions, never requirements. */
export function SmartCheck({ values }: { values: GoalFormValues }) {
  const { t } = useTranslation();
  const hints = smartCheck(toFields(values));
  return (
    <Paper component="section" aria-labelledby="smart-check-heading" bg="var(--mantine-color-default-hover)">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" radius="xl" aria-hidden>
            {hints.length === 0 ? <IconCircleCheck size={18} /> : <IconBulb size={18} />}
          </ThemeIcon>
          <Title order={3} size="h4" id="smart-check-heading">
            {t('goals.smart.title')}
          </Title>
        </Group>
        <div aria-live="polite">
          {hints.length === 0 ? (
            <Text>{t('goals.smart.allGood')}</Text>
          ) : (
            <List spacing="xs">
              {hints.map((hint) => (
                <List.Item key={hint}>{t(HINT_KEYS[hint])}</List.Item>
              ))}
            </List>
          )}
        </div>
      </Stack>
    </Paper>
  );
}

