import { Button, Group, Input, Slider, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  description?: string;
  /** The chosen value in words: "7 of 10". */
  valueText: (value: number) => string;
  /** Shown while nothing is chosen: "not rated yet". */
  unsetText: string;
  value: number | null;
  onChange: (value: number | null) => void;
  error?: ReactNode;
}

const MARKS = [0, 5, 10].map((value) => ({ value, label: String(value) }));

/** A 0 to 10 rating where "not rated" is its own state, not zero. */
export function ScaleSlider({ label, description, valueText, unsetText, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={label} description={description} labelElement="div" error={error}>
      <Group justify="space-between" mt={4} mb="xs" mih={36}>
        <Text fw={600} aria-live="polite">
          {value === null ? unsetText : valueText(value)}
        </Text>
        {value !== null && (
          <Button variant="subtle" size="compact-md" onClick={() => onChange(null)}>
            {t('common.clear')}
          </Button>
        )}
      </Group>
      <Slider
        min={0}
        max={10}
        step={1}
        marks={MARKS}
        value={value ?? 0}
        onChange={onChange}
        thumbLabel={label}
        label={null}
        thumbSize={28}
        size="lg"
        color={value === null ? 'gray' : undefined}
        mb="lg"
        mx="xs"
      />
    </Input.Wrapper>
  );
}
