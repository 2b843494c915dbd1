import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useHeadingLevel } from './heading-level.ts';

interface Props {
  id: string;
  title: string;
  /** How to read the chart, e.g. which direction is better. */
  description?: string;
  children: ReactNode;
}

/** One chart with its heading, how to read it, its numbers and what stands out. */
export function InsightSection({ id, title, description, children }: Props) {
  const level = useHeadingLevel();
  return (
    <Paper component="section" aria-labelledby={id}>
      <Title order={level} size="h3" id={id}>
        {title}
      </Title>
      {description && (
        <Text c="dimmed" mt={4} mb="sm">
          {description}
        </Text>
      )}
      {children}
    </Paper>
  );
}
