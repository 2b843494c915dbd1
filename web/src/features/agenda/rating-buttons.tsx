import { Button, Input, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  description: string;
  value: number | null;
  onChange: (value: number) => void;
  error?: ReactNode;
}

/**
 * 0 to 10 as eleven big buttons: one tap on a phone, and 0 is a real answer (a slider resting
 * at 0 cannot tell "chose 0" from "not chosen"). Each button says whether it is the chosen one.
 */
export function RatingButtons({ label, description, value, onChange, error }: Props) {
  return (
    <Input.Wrapper label={label} description={description} labelElement="div" error={error} styles={{ label: { fontSize: 'var(--mantine-font-size-lg)' } }}>
      <SimpleGrid cols={{ base: 6, xs: 11 }} spacing={6} mt="xs" role="group" aria-label={label}>
        {Array.from({ length: 11 }, (_, n) => (
          <Button key={n} size="lg" px={0} variant={value === n ? 'filled' : 'default'} aria-pressed={value === n} onClick={() => onChange(n)}>
            {n}
          </Button>
        ))}
      </SimpleGrid>
    </Input.Wrapper>
  );
}
