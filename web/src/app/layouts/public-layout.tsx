import { Box, Container, Group } from '@mantine/core';
import { Outlet } from 'react-router';
import { ColorSchemeToggle } from '../ui/color-scheme-toggle.tsx';
import { Brand } from './brand.tsx';
import { MAIN_ID, SkipLink } from './skip-link.tsx';
import { useFocusMainOnNavigate } from './use-focus-main.ts';

/** Pages for people who are not signed in: one narrow column. */
export function PublicLayout() {
  useFocusMainOnNavigate();
  return (
    <Box className="app-surface">
      <SkipLink />
      <Box component="header" py="md" px="md">
        <Group justify="space-between" maw={560} mx="auto">
          <Brand />
          <ColorSchemeToggle />
        </Group>
      </Box>
      <Container component="main" id={MAIN_ID} tabIndex={-1} size={520} px="md" pt="md" pb="xl">
        <Outlet />
      </Container>
    </Box>
  );
}
