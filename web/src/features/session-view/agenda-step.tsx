import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconMessages } from '@tabler/icons-react';
import type { AgendaItemView, ClientDetail } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { notify } from '../../app/ui/notify.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useAgenda, useMarkDiscussed } from '../agenda/agenda-api.ts';

/** Step 1: what the client brought for this session, ticked off as it is talked through. */
export function AgendaStep({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const agenda = useAgenda(client.id);
  const discuss = useMarkDiscussed();

  if (agenda.isPending) return <ListSkeleton rows={3} />;
  if (agenda.isError) return <QueryError error={agenda.error} onRetry={() => void agenda.refetch()} />;
  const { open, discussed } = agenda.data;
  return (
    <Stack gap="lg">
      <Text>{t('sessionView.agenda.intro', { name: client.name })}</Text>
      <FormAlert message={discuss.isError ? errorMessage(t, discuss.error) : null} />
      {open.length === 0 ? (
        <EmptyState icon={<IconMessages size={28} />} title={t('sessionView.agenda.emptyTitle')} body={t('sessionView.agenda.empty', { name: client.name })} />
      ) : (
        <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {open.map((item) => (
            <li key={item.id}>
              <AgendaItem item={item}>
                <Button
                  variant="light"
                  leftSection={<IconCheck size={18} aria-hidden />}
                  loading={discuss.isPending && discuss.variables === item.id}
                  aria-label={t('sessionView.agenda.discussFor', { text: item.text })}
                  onClick={() => discuss.mutate(item.id, { onSuccess: () => notify({ message: t('sessionView.agenda.marked') }) })}
                >
                  {t('sessionView.agenda.discuss')}
                </Button>
              </AgendaItem>
            </li>
          ))}
        </Stack>
      )}
      {discussed.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="agenda-discussed-heading">
          <Title order={3} id="agenda-discussed-heading">
            {t('sessionView.agenda.recent')}
          </Title>
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {discussed.map((item) => (
              <li key={item.id}>
                <AgendaItem item={item} />
              </li>
            ))}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}

function AgendaItem({ item, children }: { item: AgendaItemView; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat(useSession().user.timeZone);
  const done = item.discussedAt !== null;
  return (
    <Paper p="md" bg={done ? 'var(--mantine-color-default-hover)' : undefined}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 260px', minWidth: 0 }}>
          <Text fw={done ? undefined : 600} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {item.text}
          </Text>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {done && item.discussedAt
                ? t('sessionView.agenda.discussedBy', { date: format.date(item.discussedAt), name: item.discussedBy?.name ?? '' })
                : t('sessionView.agenda.added', { date: format.date(item.createdAt) })}
            </Text>
            {item.source && <Badge color="gray">{t('sessionView.agenda.fromLog', { date: format.calendarDate(item.source.localDate) })}</Badge>}
          </Group>
        </Stack>
        {children}
      </Group>
    </Paper>
  );
}
