import { AppShell, Badge, Burger, Button, Group, NavLink, Stack, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconBooks, IconClipboardList, IconForms, IconLifebuoy, IconLogout, IconMessages, IconUserCircle, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useOpenAlertCount } from '../../features/safety/safety-api.ts';
import { useTeamUnreadCount } from '../../features/messages/messages-api.ts';
import { NotificationBell } from '../../features/notifications/notification-bell.tsx';
import { useSession, useSignOut } from '../session.tsx';
import { ColorSchemeToggle } from '../ui/color-scheme-toggle.tsx';
import { errorMessage } from '../ui/api-errors.ts';
import { notify } from '../ui/notify.ts';
import { UpdatePrompt } from '../ui/update-prompt.tsx';
import { Brand } from './brand.tsx';
import { MAIN_ID, SkipLink } from './skip-link.tsx';
import { useFocusMainOnNavigate } from './use-focus-main.ts';

interface Item {
  to: string;
  label: string;
  icon: ReactNode;
  /** A count beside the label (open safety alerts). */
  badge?: ReactNode;
}

/** A count beside a nav item: shown as a badge, read out as words; nothing at zero. */
function countBadge(count: number, color: string, words: string): ReactNode {
  if (count <= 0) return undefined;
  return (
    <>
      <Badge color={color} variant="filled" size="md" circle={count < 10} aria-hidden>
        {count}
      </Badge>
      <VisuallyHidden>{words}</VisuallyHidden>
    </>
  );
}

/** Laptop-first shell for therapists: header, side navigation, content. */
export function TherapistLayout() {
  const { t } = useTranslation();
  const me = useSession();
  const signOut = useSignOut();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  useFocusMainOnNavigate();
  const openAlerts = useOpenAlertCount();
  const alertCount = openAlerts.data ?? 0;
  const unreadMessages = useTeamUnreadCount().data ?? 0;

  const items: Item[] = [
    { to: '/clients', label: t('nav.clients'), icon: <IconUsers size={20} aria-hidden /> },
    {
      to: '/alerts',
      label: t('alerts.nav'),
      icon: <IconAlertTriangle size={20} aria-hidden />,
      badge: countBadge(alertCount, 'red', t('alerts.navCount', { count: alertCount })),
    },
    {
      to: '/messages',
      label: t('messages.title'),
      icon: <IconMessages size={20} aria-hidden />,
      badge: countBadge(unreadMessages, 'sage', t('messages.navCount', { count: unreadMessages })),
    },
    { to: '/resources', label: t('nav.resources'), icon: <IconBooks size={20} aria-hidden /> },
    { to: '/questionnaires', label: t('questionnaires.nav'), icon: <IconForms size={20} aria-hidden /> },
    ...(me.user.isAdmin
      ? [
          { to: '/admin/crisis', label: t('alerts.crisisNav'), icon: <IconLifebuoy size={20} aria-hidden /> },
          { to: '/admin/people', label: t('nav.people'), icon: <IconUsersGroup size={20} aria-hidden /> },
          { to: '/admin/audit', label: t('nav.audit'), icon: <IconClipboardList size={20} aria-hidden /> },
        ]
      : []),
    { to: '/account', label: t('nav.account'), icon: <IconUserCircle size={20} aria-hidden /> },
  ];

  return (
    <AppShell
      header={{ height: 68 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <SkipLink />
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
              aria-controls="therapist-navigation"
            />
            <Brand practiceName={me.practice.name} />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="therapist-navigation" aria-label={t('nav.main')}>
        <Stack justify="space-between" h="100%">
          <Stack gap={4}>
            {items.map((item) => (
              <NavLink
                key={item.to}
                component={RouterNavLink}
                to={item.to}
                label={item.label}
                leftSection={item.icon}
                rightSection={item.badge}
                active={pathname === item.to || pathname.startsWith(`${item.to}/`)}
                onClick={close}
                variant="light"
                fz="md"
              />
            ))}
          </Stack>
          <Button
            variant="default"
            leftSection={<IconLogout size={18} aria-hidden />}
            loading={signOut.isPending}
            onClick={() => signOut.mutate(false, { onError: (error) => notify({ tone: 'error', message: errorMessage(t, error) }) })}
          >
            {t('nav.signOut')}
          </Button>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1} className="app-surface">
        <UpdatePrompt />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
