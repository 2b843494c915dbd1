import { Group, Paper, Stack, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  id: string;
  icon: ReactNode;
  title: string;
  children: ReactNode;
  /** Without its own card: for sections whose items are cards themselves. */
  plain?: boolean;
}

/** A section of the Today page: an icon, its h2, and what it holds. */
export function TodayCard({ id, icon, title, children, plain = false }: Props) {
  const content = (
    <Stack gap="sm">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon size={40} radius="xl" variant="light" aria-hidden>
          {icon}
        </ThemeIcon>
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
      </Group>
      {children}
    </Stack>
  );
  if (plain) {
    return (
      <section aria-labelledby={id}>
        {content}
      </section>
    );
  }
  return (
    <Paper component="section" aria-labelledby={id} radius="lg" p={{ base: 'md', xs: 'lg' }}>
      {content}
    </Paper>
  );
}
