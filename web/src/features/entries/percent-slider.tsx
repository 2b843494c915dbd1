import { Button, Group, Input, Slider, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  description?: string;
  value: number | null;
  onChange: (value: number | null) => void;
  /** Offers "Clear" and an unset state; otherwise the value is always set. */
  optional?: boolean;
}

const MARKS = [0, 50, 100].map((value) => ({ value, label: `${value}%` }));

/** How much (0-100 %): belief in a thought, or how strong an emotion is. */
export function PercentSlider({ label, description, value, onChange, optional = false }: Props) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={label} description={description} labelElement="div">
      <Group justify="space-between" mt={4} mb="xs" mih={36}>
        <Text fw={600} aria-live="polite">
          {value === null ? t('thought.notRated') : t('thought.percent', { value })}
        </Text>
        {optional && value !== null && (
          <Button variant="subtle" size="compact-md" onClick={() => onChange(null)}>
            {t('common.clear')}
          </Button>
        )}
      </Group>
      <Slider
        min={0}
        max={100}
        step={5}
        marks={MARKS}
        value={value ?? 50}
        onChange={onChange}
        thumbLabel={label}
        label={null}
        thumbSize={28}
        size="lg"
        color={value === null ? 'gray' : undefined}
        mb="lg"
        mx="md"
      />
    </Input.Wrapper>
  );
}
