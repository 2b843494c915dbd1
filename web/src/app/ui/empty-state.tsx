import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  icon: ReactNode;
  title: string;
  body: string;
  /** Heading level that fits where the empty state stands. */
  order?: 2 | 3 | 4;
  action?: ReactNode;
}

/** Nothing here yet, said warmly, with the next thing to do. */
export function EmptyState({ icon, title, body, order = 3, action }: Props) {
  return (
    <Paper p="xl">
      <Stack align="center" gap="sm" ta="center" maw={520} mx="auto">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
          {icon}
        </ThemeIcon>
        <Title order={order} size="h4">
          {title}
        </Title>
        <Text>{body}</Text>
        {action}
      </Stack>
    </Paper>
  );
}
