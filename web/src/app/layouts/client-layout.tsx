import { ActionIcon, AppShell, Box, Button, Container, Group } from '@mantine/core';
import { IconCalendarEvent, IconDots, IconLifebuoy, IconNotebook, IconRoute, IconTargetArrow, IconUserCircle } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { ColorSchemeToggle } from '../ui/color-scheme-toggle.tsx';
import { UpdatePrompt } from '../ui/update-prompt.tsx';
import { Brand } from './brand.tsx';
import { MAIN_ID, SkipLink } from './skip-link.tsx';
import { TabBar, type Tab } from './tab-bar.tsx';
import { useFocusMainOnNavigate } from './use-focus-main.ts';

// The outbox (IndexedDB, sending) loads beside the first page, not before it.
const OfflineBanner = lazy(async () => ({ default: (await import('../../features/entries/offline-banner.tsx')).OfflineBanner }));

/** Phone-first shell for clients: a slim header, content, and tabs under the thumb. */
export function ClientLayout() {
  const { t } = useTranslation();
  useFocusMainOnNavigate();
  // Five tabs fit 375 px with 16 px labels; the rest is one tap further, under More.
  const tabs: Tab[] = [
    { to: '/today', label: t('nav.today'), icon: <IconCalendarEvent size={24} aria-hidden /> },
    { to: '/plan', label: t('nav.plan'), icon: <IconRoute size={24} aria-hidden /> },
    { to: '/log', label: t('nav.log'), icon: <IconNotebook size={24} aria-hidden /> },
    { to: '/goals', label: t('nav.goals'), icon: <IconTargetArrow size={24} aria-hidden /> },
    { to: '/more', label: t('nav.more'), icon: <IconDots size={24} aria-hidden />, also: ['/insights', '/my-resources', '/account', '/my-measures', '/safety-plan', '/crisis', '/messages', '/notifications'] },
  ];
  return (
    <AppShell header={{ height: 64 }} footer={{ height: 72 }} padding="md">
      <SkipLink />
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" gap="xs" maw={640} mx="auto" wrap="nowrap">
          {/* Below 375 px the name gives way, never the crisis button. */}
          <Box miw={0} style={{ overflow: 'hidden' }}>
            <Brand />
          </Box>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            {/* On every page, one tap away: someone in crisis should not have to look for help. */}
            <Button
              component={NavLink}
              to="/crisis"
              variant="outline"
              color="red"
              size="sm"
              h={44}
              px={10}
              styles={{ section: { marginInlineEnd: 6 } }}
              leftSection={<IconLifebuoy size={20} aria-hidden />}
            >
              {t('crisis.title')}
            </Button>
            {/* At phone width the crisis button needs the room; Account > Appearance has the same choice. */}
            <Box visibleFrom="xs">
              <ColorSchemeToggle />
            </Box>
            {/* No bell here: at 375 px it squeezed the name to "Stepv"; notifications are under More. */}
            <ActionIcon component={Link} to="/account" variant="default" size="lg" aria-label={t('nav.account')} title={t('nav.account')}>
              <IconUserCircle size={20} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id={MAIN_ID} tabIndex={-1} className="app-surface">
        <Container size={640} px={0}>
          <UpdatePrompt />
          <Suspense fallback={null}>
            <OfflineBanner />
          </Suspense>
          <Outlet />
        </Container>
      </AppShell.Main>
      <AppShell.Footer>
        <TabBar tabs={tabs} />
      </AppShell.Footer>
    </AppShell>
  );
}
