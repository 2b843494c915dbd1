import type { TFunction } from 'i18next';
import { Badge, Button, Group, Menu, ActionIcon, Paper, Stack, Text, Title } from '@mantine/core';
import { IconActivity, IconDots, IconPlus } from '@tabler/icons-react';
import { localDate, type TrackerView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ConfirmModal } from '../../app/ui/confirm-modal.tsx';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useArchiveTracker, useEntries, useTrackers } from './entries-api.ts';
import { trackerValue } from './entry-values.ts';
import { dataOf } from './entry-data.ts';
import { TrackerLogger } from './tracker-logger.tsx';
import { TrackerModal } from './tracker-modal.tsx';
import { useOutbox } from './use-outbox.ts';

/** Today's logs per tracker (sent and waiting), for "Today: 3 times". */
function useTodayValues(clientId: string, timeZone: string): Map<string, number[]> {
  const today = localDate(new Date(), timeZone);
  const entries = useEntries(clientId, { from: today, to: today, kind: 'behavior' });
  const waiting = useOutbox();
  const values = new Map<string, number[]>();
  const add = (trackerId: string, value: number) => values.set(trackerId, [...(values.get(trackerId) ?? []), value]);
  for (const e of [...(entries.data ?? [])].reverse()) {
    const d = dataOf(e, 'behavior');
    if (d) add(d.trackerId, d.value);
  }
  for (const item of waiting) {
    if (item.input.kind === 'behavior' && localDate(new Date(item.input.occurredAt), timeZone) === today) add(item.input.data.trackerId, item.input.data.value);
  }
  return values;
}

function todayText(t: TFunction, tracker: TrackerView, values: number[] | undefined): string {
  if (!values || values.length === 0) return t('trackers.today.none');
  if (tracker.type === 'count' || tracker.type === 'duration') return t('trackers.today.value', { value: trackerValue(t, tracker.type, values.reduce((a, b) => a + b, 0)) });
  return t('trackers.today.last', { value: trackerValue(t, tracker.type, values.at(-1) ?? 0) });
}

/** The client's trackers, each with its one-tap logging, and a way to add or stop one. */
export function TrackerList() {
  const { t } = useTranslation();
  const me = useSession();
  const trackers = useTrackers(me.user.id);
  const archive = useArchiveTracker(me.user.id);
  const today = useTodayValues(me.user.id, me.user.timeZone);
  const [adding, setAdding] = useState(false);
  const [stopping, setStopping] = useState<TrackerView | null>(null);

  let body;
  if (trackers.isPending) body = <ListSkeleton rows={2} height={140} />;
  else if (trackers.isError) body = <QueryError error={trackers.error} onRetry={() => void trackers.refetch()} />;
  else if (trackers.data.length === 0) body = <EmptyState icon={<IconActivity size={28} />} title={t('trackers.emptyTitle')} body={t('trackers.empty')} />;
  else {
    body = (
      <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {trackers.data.map((tracker) => {
          const headingId = `tracker-${tracker.id}`;
          return (
            <Paper component="li" key={tracker.id} aria-labelledby={headingId}>
              <Stack gap="sm">
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                  <div>
                    <Title order={3} size="h4" id={headingId}>
                      {tracker.name}
                    </Title>
                    <Group gap="xs" mt={4}>
                      <Badge color="gray">{t(`trackers.category.${tracker.category}`)}</Badge>
                      <Text c="dimmed">{todayText(t, tracker, today.get(tracker.id))}</Text>
                    </Group>
                  </div>
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('trackers.menu', { name: tracker.name })}>
                        <IconDots size={20} aria-hidden />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => setStopping(tracker)}>{t('trackers.stop')}</Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Group>
                <TrackerLogger tracker={tracker} headingId={headingId} />
              </Stack>
            </Paper>
          );
        })}
      </Stack>
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="trackers-heading">
      <Group justify="space-between" gap="xs">
        <Title order={2} id="trackers-heading">
          {t('trackers.title')}
        </Title>
        <Button variant="default" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
          {t('trackers.new.open')}
        </Button>
      </Group>
      {body}
      <TrackerModal clientId={me.user.id} opened={adding} onClose={() => setAdding(false)} />
      <ConfirmModal
        opened={stopping !== null}
        title={t('trackers.stopTitle')}
        confirmLabel={t('trackers.stopConfirm')}
        loading={archive.isPending}
        error={archive.isError ? errorMessage(t, archive.error) : null}
        onClose={() => {
          archive.reset();
          setStopping(null);
        }}
        onConfirm={() => stopping && archive.mutate(stopping.id, { onSuccess: () => setStopping(null) })}
      >
        {t('trackers.stopBody', { name: stopping?.name ?? '' })}
      </ConfirmModal>
    </Stack>
  );
}
