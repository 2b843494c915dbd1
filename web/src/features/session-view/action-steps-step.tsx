import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { ClientDetail } from '@stepwise/domain';
import { IconBolt } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { ActionStepsModal } from '../assignments/action-steps-modal.tsx';
import { useAssignments } from '../assignments/assignments-api.ts';
import { useScheduleText } from '../assignments/schedule-text.ts';

/** Step 4: close with a few small steps for the week, which the client then confirms in the app. */
export function ActionStepsStep({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const list = useAssignments(client.id);
  const scheduleText = useScheduleText();
  const [open, setOpen] = useState(false);
  const waiting = list.data?.assignments.filter((a) => a.status === 'awaiting_confirmation') ?? [];
  return (
    <Stack gap="md">
      <Text>{t('sessionView.actionSteps.intro', { name: client.name })}</Text>
      <div>
        <Button size="md" leftSection={<IconBolt size={20} aria-hidden />} onClick={() => setOpen(true)}>
          {t('sessionView.actionSteps.add')}
        </Button>
      </div>
      <Stack gap="sm" component="section" aria-labelledby="session-waiting-heading">
        <Title order={3} id="session-waiting-heading">
          {t('sessionView.actionSteps.waiting', { name: client.name })}
        </Title>
        {list.isPending ? (
          <ListSkeleton rows={1} />
        ) : list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : waiting.length === 0 ? (
          <Text c="dimmed">{t('sessionView.actionSteps.none')}</Text>
        ) : (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {waiting.map((a) => (
              <Paper component="li" key={a.id} p="sm">
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {a.title}
                </Text>
                <Text size="sm" c="dimmed">
                  {scheduleText(a.schedule)}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
      <ActionStepsModal clientId={client.id} clientName={client.name} opened={open} onClose={() => setOpen(false)} />
    </Stack>
  );
}
