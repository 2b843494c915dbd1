import { Anchor, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { NotificationView } from '@stepwise/domain';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { notify } from '../../app/ui/notify.ts';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import classes from './notifications-page.module.css';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from './notifications-api.ts';

/** The server keeps the latest 100; when that many come back, older ones exist but are not shown. */
const LIST_LIMIT = 100;

/** Only paths inside the app are followed: a stored url must never send someone off-site. */
const inAppPath = (url: string): string | null => (url.startsWith('/') && !url.startsWith('//') ? url : null);

/** Everything Stepwise has sent the person, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  const list = useNotifications();
  const markAll = useMarkAllNotificationsRead();
  const unread = list.data?.unread ?? 0;
  return (
    <Stack gap="lg">
      <PageHeader title={t('notifications.title')} subtitle={t('notifications.subtitle')} />
      {list.isPending ? (
        <ListSkeleton rows={4} height={72} />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.notifications.length === 0 ? (
        <EmptyState
          order={2}
          icon={<IconBell size={24} />}
          title={t('notifications.emptyTitle')}
          body={t('notifications.emptyBody')}
          action={
            <Anchor component={Link} to="/account">
              {t('notifications.openSettings')}
            </Anchor>
          }
        />
      ) : (
        <>
          <Group justify="space-between" gap="sm">
            {/* Polite: the count changes as items are opened or all are marked read. */}
            <Text fw={600} aria-live="polite">
              {unread > 0 ? t('notifications.unreadCount', { count: unread }) : t('notifications.allRead')}
            </Text>
            <Button
              variant="default"
              leftSection={<IconChecks size={18} aria-hidden />}
              disabled={unread === 0}
              loading={markAll.isPending}
              onClick={() => markAll.mutate(undefined, { onSuccess: () => notify({ message: t('notifications.markedAllRead') }) })}
            >
              {t('notifications.markAllRead')}
            </Button>
          </Group>
          <FormAlert message={markAll.isError ? errorMessage(t, markAll.error) : null} />
          <ul className={classes.list} aria-label={t('notifications.listLabel')}>
            {list.data.notifications.map((n) => (
              <li key={n.id}>
                <NotificationItem notification={n} />
              </li>
            ))}
          </ul>
          {list.data.notifications.length >= LIST_LIMIT && (
            <Text c="dimmed" size="sm">
              {t('notifications.older')}
            </Text>
          )}
          <Anchor component={Link} to="/account">
            {t('notifications.openSettings')}
          </Anchor>
        </>
      )}
    </Stack>
  );
}

function NotificationItem({ notification: n }: { notification: NotificationView }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const markRead = useMarkNotificationRead();
  const unread = n.readAt === null;
  const to = inAppPath(n.url);
  const content = (
    <>
      <span className={classes.dot} data-unread={unread || undefined} aria-hidden />
      <div className={classes.text}>
        <div className={classes.title}>
          {unread && <VisuallyHidden component="span">{t('notifications.unread')}: </VisuallyHidden>}
          {n.title}
        </div>
        <Text size="md">{n.body}</Text>
        <Text size="sm" c="dimmed">
          <time dateTime={n.deliveredAt}>{format.dateTime(n.deliveredAt)}</time>
        </Text>
      </div>
    </>
  );
  const className = unread ? `${classes.item} ${classes.unread}` : classes.item;
  // A link, so keyboard, long-press and "open in new tab" work; marking read rides along with the tap.
  return to === null ? (
    <div className={className}>{content}</div>
  ) : (
    <Link to={to} className={className} onClick={() => {
        if (unread) markRead.mutate(n.id);
      }}>
      {content}
    </Link>
  );
}
