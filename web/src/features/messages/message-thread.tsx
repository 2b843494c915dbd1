import { Alert, Anchor, Paper, Stack, Text } from '@mantine/core';
import { IconPlayerPause } from '@tabler/icons-react';
import type { ThreadView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { Composer } from './composer.tsx';
import { MessageList } from './message-list.tsx';
import { useThread } from './messages-api.ts';
import { ThreadNotice } from './thread-notice.tsx';

type Viewer = 'client' | 'team';

function PausedNotice({ thread, viewer }: { thread: ThreadView; viewer: Viewer }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const date = thread.pausedAt ? format.date(thread.pausedAt) : '';
  return (
    <Alert color="gray" variant="light" icon={<IconPlayerPause aria-hidden />} title={t('messages.pausedTitle')} role="status">
      {viewer === 'client' ? (
        <Stack gap={4}>
          <Text>{t('messages.pausedClient')}</Text>
          <Text>
            {t('messages.helpNowBefore')}{' '}
            <Anchor component={Link} to="/crisis" fw={700} c="inherit" td="underline">
              {t('messages.crisisLink')}
            </Anchor>
            .
          </Text>
        </Stack>
      ) : (
        <Text>{t('messages.pausedTeam', { name: thread.pausedBy?.name ?? '', date, client: thread.clientName })}</Text>
      )}
    </Alert>
  );
}

/**
 * The one thread between a client and their care team, the same for both sides: the line
 * about emergencies and reply times on top, messages (polled every 30 s), then the composer.
 * While paused the client reads but does not write; the team still can.
 */
export function MessageThread({ clientId, viewer }: { clientId: string; viewer: Viewer }) {
  const { t } = useTranslation();
  const thread = useThread(clientId);

  if (thread.isPending) return <ListSkeleton rows={4} height={64} />;
  if (thread.isError) return <QueryError error={thread.error} onRetry={() => void thread.refetch()} />;

  const data = thread.data;
  const canWrite = viewer === 'team' || !data.paused;
  const label = viewer === 'client' ? t('messages.threadLabel') : t('messages.threadLabelTeam', { name: data.clientName });
  return (
    <Stack gap="md">
      <ThreadNotice viewer={viewer} clientName={data.clientName} replyTimes={data.replyTimes} />
      {data.truncated && (
        <Text c="dimmed" size="sm">
          {t('messages.older')}
        </Text>
      )}
      {data.messages.length > 0 ? (
        <MessageList messages={data.messages} viewer={viewer} label={label} />
      ) : (
        <Paper>
          <Text>{viewer === 'client' ? t('messages.empty') : t('messages.emptyTeam', { name: data.clientName })}</Text>
        </Paper>
      )}
      {data.paused && <PausedNotice thread={data} viewer={viewer} />}
      {canWrite && <Composer clientId={clientId} label={viewer === 'client' ? t('messages.composerLabel') : t('messages.composerLabelTeam', { name: data.clientName })} />}
    </Stack>
  );
}
