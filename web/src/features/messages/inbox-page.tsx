import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import type { InboxItemView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import classes from '../../app/ui/link-card.module.css';
import { useInbox } from './messages-api.ts';

function InboxRow({ item }: { item: InboxItemView }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const last = item.lastMessage;
  let preview = t('messages.noMessagesYet');
  // The client's own words stand alone under their name; the team's say who wrote them.
  if (last) {
    if (last.authorId === me.user.id) preview = t('messages.lastFromYou', { text: last.preview });
    else if (last.authorRole === 'therapist') preview = t('messages.lastFrom', { name: last.authorName, text: last.preview });
    else preview = last.preview;
  }
  return (
    <Link to={`/clients/${encodeURIComponent(item.clientId)}?tab=messages`} className={classes.card}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Group gap="xs" miw={0}>
            <span className={classes.title}>{item.clientName}</span>
            {item.unreadCount > 0 && (
              <Badge color="sage" variant="filled">
                {t('messages.unreadBadge', { count: item.unreadCount })}
              </Badge>
            )}
            {item.paused && (
              <Badge color="gray">
                {t('messages.pausedBadge')}
              </Badge>
            )}
          </Group>
          {last && (
            <Text c="dimmed" size="sm" style={{ flexShrink: 0 }}>
              <time dateTime={last.createdAt}>{format.dateTime(last.createdAt)}</time>
            </Text>
          )}
        </Group>
        <Text c={last ? undefined : 'dimmed'} lineClamp={1} fw={item.unreadCount > 0 ? 600 : undefined} style={{ overflowWrap: 'anywhere' }}>
          {preview}
        </Text>
      </div>
    </Link>
  );
}

/** The therapist's messages: one row per client on their care teams, waiting ones first. */
export function InboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('messages.title'));
  const inbox = useInbox();
  let body;
  if (inbox.isPending) body = <ListSkeleton rows={4} height={72} />;
  else if (inbox.isError) body = <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} />;
  else if (inbox.data.length === 0) body = <EmptyState icon={<IconMessages size={24} />} title={t('messages.inboxEmptyTitle')} body={t('messages.inboxEmpty')} order={2} />;
  else {
    body = (
      <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('messages.inboxLabel')}>
        {inbox.data.map((item) => (
          <li key={item.clientId}>
            <InboxRow item={item} />
          </li>
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap="lg" maw={900}>
      <PageHeader title={t('messages.title')} subtitle={t('messages.inboxSubtitle')} />
      {body}
    </Stack>
  );
}
