import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useUnreadNotificationCount } from './notifications-api.ts';

/** The header's way to the notification list; the badge counts unread ones. */
export function NotificationBell() {
  const { t } = useTranslation();
  // A failed poll shows no badge rather than an error in the header; the page says what went wrong.
  const unread = useUnreadNotificationCount().data ?? 0;
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      disabled={unread === 0}
      size={18}
      offset={4}
      color="red"
      // The link's name already says the count; the digits would be read out a second time.
      attributes={{ indicator: { 'aria-hidden': true } }}
    >
      <ActionIcon component={NavLink} to="/notifications" variant="default" size="lg" aria-label={label} title={label}>
        <IconBell size={20} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
