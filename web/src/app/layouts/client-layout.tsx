import { AppShell, Container, Group } from '@mantine/core';
import { IconBooks, IconCalendarEvent, IconRoute, IconTargetArrow, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { ColorSchemeToggle } from '../ui/color-scheme-toggle.tsx';
import { Brand } from './brand.tsx';
import { MAIN_ID, SkipLink } from './skip-link.tsx';
import { TabBar, type Tab } from './tab-bar.tsx';
import { useFocusMainOnNavigate } from './use-focus-main.ts';

/** Phone-first shell for clients: a slim header, content, and tabs under the thumb. */
export function ClientLayout() {
  const { t } = useTranslation();
  useFocusMainOnNavigate();
  const tabs: Tab[] = [
    { to: '/today', label: t('nav.today'), icon: <IconCalendarEvent size={24} aria-hidden /> },
    { to: '/plan', label: t('nav.plan'), icon: <IconRoute size={24} aria-hidden /> },
    { to: '/goals', label: t('nav.goals'), icon: <IconTargetArrow size={24} aria-hidden /> },
    { to: '/my-resources', label: t('nav.library'), icon: <IconBooks size={24} aria-hidden /> },
    { to: '/account', label: t('nav.account'), icon: <IconUserCircle size={24} aria-hidden /> },
  ];
  return (
    <AppShell header={{ height: 64 }} footer={{ height: 72 }} padding="md">
      <SkipLink />
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" maw={640} mx="auto" wrap="nowrap">
          <Brand />
          <ColorSchemeToggle />
        </Group>
      </AppShell.Header>
      <AppShell.Main id={MAIN_ID} tabIndex={-1} className="app-surface">
        <Container size={640} px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
      <AppShell.Footer>
        <TabBar tabs={tabs} />
      </AppShell.Footer>
    </AppShell>
  );
}
