import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** The heading's id, which names the section for screen readers. */
  id: string;
  title: string;
  children: ReactNode;
}

/** One part of a page in its own card, as a section named by its h2. */
export function SectionCard({ id, title, children }: Props) {
  return (
    <Paper component="section" aria-labelledby={id}>
      <Title order={2} id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
