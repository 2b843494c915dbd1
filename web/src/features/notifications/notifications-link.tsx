import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LinkCard } from '../../app/ui/link-card.tsx';
import { useUnreadNotificationCount } from './notifications-api.ts';

/**
 * The client's way to their notifications, on the More page. The phone header has no room
 * for a bell beside Crisis help and Account without cutting the app's name short.
 */
export function NotificationsLink() {
  const { t } = useTranslation();
  const unread = useUnreadNotificationCount().data ?? 0;
  return (
    <LinkCard
      to="/notifications"
      icon={<IconBell size={24} />}
      title={t('notifications.title')}
      body={unread > 0 ? t('notifications.moreUnread', { count: unread }) : t('notifications.moreBody')}
    />
  );
}
