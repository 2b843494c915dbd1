import { ActionIcon, Group, Paper, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { CrisisSettings } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';

interface Props {
  form: UseFormReturnType<CrisisSettings>;
  index: number;
  count: number;
}

/** One crisis line's fields, with moving up and down (the order is the order clients see). */
export function CrisisLineFields({ form, index, count }: Props) {
  const { t } = useTranslation();
  const path = (field: string) => `lines.${index}.${field}`;
  const n = index + 1;
  return (
    <Paper p="md" component="fieldset" m={0} style={{ minWidth: 0 }}>
      <Text component="legend" fw={600} px={4}>
        {t('crisis.settings.lineN', { n })}
      </Text>
      <Stack gap="sm">
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput label={t('crisis.settings.name')} required style={{ flex: 1 }} maxLength={100} {...form.getInputProps(path('name'))} />
          <ActionIcon
            variant="default"
            size={42}
            disabled={index === 0}
            aria-label={t('crisis.settings.moveUp', { n })}
            onClick={() => form.reorderListItem('lines', { from: index, to: index - 1 })}
          >
            <IconArrowUp size={18} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="default"
            size={42}
            disabled={index === count - 1}
            aria-label={t('crisis.settings.moveDown', { n })}
            onClick={() => form.reorderListItem('lines', { from: index, to: index + 1 })}
          >
            <IconArrowDown size={18} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            size={42}
            disabled={count === 1}
            aria-label={t('crisis.settings.remove', { n })}
            onClick={() => form.removeListItem('lines', index)}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('crisis.settings.phone')} type="tel" maxLength={40} {...form.getInputProps(path('phone'))} />
          <TextInput label={t('crisis.settings.sms')} type="tel" maxLength={40} {...form.getInputProps(path('sms'))} />
          <TextInput label={t('crisis.settings.hoursLabel')} placeholder={t('crisis.settings.hoursPlaceholder')} maxLength={100} {...form.getInputProps(path('hours'))} />
        </SimpleGrid>
        <Textarea size="md" label={t('crisis.settings.description')} autosize minRows={2} maxLength={300} {...form.getInputProps(path('description'))} />
      </Stack>
    </Paper>
  );
}
