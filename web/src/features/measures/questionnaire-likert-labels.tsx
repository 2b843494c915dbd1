import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_POINTS, MIN_POINTS, type QuestionnaireValues } from './questionnaire-values.ts';

/** The words of a Likert item's points, lowest first; each point scores its position from 0. */
export function QuestionnaireLikertLabels({ form, index }: { form: UseFormReturnType<QuestionnaireValues>; index: number }) {
  const { t } = useTranslation();
  const labels = form.getValues().items[index]?.labels ?? [];
  const path = `items.${index}.labels`;
  const listError = form.errors[path];
  return (
    <Stack gap={6} component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }}>
      <Text component="legend" size="sm" fw={500} p={0} mb={2}>
        {t('questionnaires.item.points')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('questionnaires.item.pointsHint', { min: MIN_POINTS, max: MAX_POINTS })}
      </Text>
      {labels.map((_, j) => (
        <Group key={j} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            label={t('questionnaires.item.point', { n: j + 1, value: j })}
            maxLength={60}
            style={{ flex: 1 }}
            {...form.getInputProps(`${path}.${j}`)}
          />
          <ActionIcon
            variant="subtle"
            size={44}
            mt={26}
            disabled={labels.length <= MIN_POINTS}
            aria-label={t('questionnaires.item.removePoint', { n: j + 1 })}
            onClick={() => form.removeListItem(path, j)}
          >
            <IconX size={18} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      {listError && (
        <Text c="var(--mantine-color-error)" size="sm">
          {listError}
        </Text>
      )}
      {labels.length < MAX_POINTS && (
        <div>
          <Button variant="subtle" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => form.insertListItem(path, '')}>
            {t('questionnaires.item.addPoint')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
