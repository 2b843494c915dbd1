import { Group, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface IfThenValues {
  if: string;
  then: string;
}

interface Props {
  value: IfThenValues;
  onChange: (next: IfThenValues) => void;
  errors: Record<string, ReactNode>;
}

/** "If <situation>, then I will <action>": both halves, or neither. */
export function IfThenFields({ value, onChange, errors }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} p={0} mb={4}>
        {t('ifThen.legend')}
      </Text>
      <Text size="sm" c="dimmed" mb="xs">
        {t('ifThen.hint')}
      </Text>
      <Group gap="sm" align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
        <TextInput
          label={t('ifThen.if')}
          placeholder={t('ifThen.ifPlaceholder')}
          value={value.if}
          onChange={(e) => onChange({ ...value, if: e.currentTarget.value })}
          error={errors.if}
          miw={220}
        />
        <TextInput
          label={t('ifThen.then')}
          placeholder={t('ifThen.thenPlaceholder')}
          value={value.then}
          onChange={(e) => onChange({ ...value, then: e.currentTarget.value })}
          error={errors.then}
          miw={220}
        />
      </Group>
    </fieldset>
  );
}

/** Both halves empty: no plan. Otherwise both are sent, and the server names a missing half. */
export function toIfThen(v: IfThenValues): { if: string; then: string } | null {
  const plan = { if: v.if.trim(), then: v.then.trim() };
  return plan.if || plan.then ? plan : null;
}
