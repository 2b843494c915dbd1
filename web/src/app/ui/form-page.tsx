import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** Left out where the page has nothing to explain (a broken link, say). */
  intro?: string;
  /** The card's content: usually a FormStack, or what replaces it once done. */
  children: ReactNode;
}

/** A page that is one form in one card: sign-in, setup, password reset. */
export function FormPage({ title, intro, children }: Props) {
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{title}</Title>
        {intro !== undefined && <Text mt="xs">{intro}</Text>}
      </div>
      <Paper>{children}</Paper>
    </Stack>
  );
}
