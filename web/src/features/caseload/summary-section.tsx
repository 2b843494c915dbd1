import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './summary-print.module.css';

interface Props {
  /** The heading's id, which names the section for screen readers. */
  id: string;
  title: string;
  children: ReactNode;
}

/** One part of the summary: a card on screen, a bordered block that is never split across pages on paper. */
export function SummarySection({ id, title, children }: Props) {
  return (
    <Paper component="section" aria-labelledby={id} className={classes.section}>
      <Title order={2} id={id} size="h3" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** An empty part said briefly, so a blank never reads as "not loaded". */
export function EmptyLine({ children }: { children: ReactNode }) {
  return <Text c="dimmed">{children}</Text>;
}

/** A plain list without bullets, spaced like the rest of the page. */
export function PlainList({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul className={classes.plainList} aria-label={label}>
      {children}
    </ul>
  );
}
