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
  /** The scale: 0 to `max` in `step`s, marked at 0, the middle and the top. */
  max?: number;
  step?: number;
  markLabel?: (value: number) => string;
  /** Where the thumb rests while nothing is chosen. */
  restAt?: number;
  /** Offers "Clear"; without it the value is always set once moved. */
  clearable?: boolean;
}

/** A 0 to 10 (or 0 to `max`) rating where "not rated" is its own state, not zero. */
export function ScaleSlider({ label, description, valueText, unsetText, value, onChange, error, max = 10, step = 1, markLabel = String, restAt = 0, clearable = true }: Props) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={label} description={description} labelElement="div" error={error}>
      <Group justify="space-between" mt={4} mb="xs" mih={36}>
        <Text fw={600} aria-live="polite">
          {value === null ? unsetText : valueText(value)}
        </Text>
        {clearable && value !== null && (
          <Button variant="subtle" size="compact-md" onClick={() => onChange(null)}>
            {t('common.clear')}
          </Button>
        )}
      </Group>
      <Slider
        min={0}
        max={max}
        step={step}
        marks={[0, max / 2, max].map((v) => ({ value: v, label: markLabel(v) }))}
        value={value ?? restAt}
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
