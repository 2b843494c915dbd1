import { Alert, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { addDays, ENTRY_KINDS, type EntryKind, type EntryView, localDate, localTime } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ConfirmModal } from '../../app/ui/confirm-modal.tsx';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { notify } from '../../app/ui/notify.ts';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { BackLink } from './back-link.tsx';
import { useDeleteEntry, useEntries, useTrackers } from './entries-api.ts';
import { type HistoryEntry, HistoryItem } from './history-item.tsx';
import { useOnline, useOutbox } from './use-outbox.ts';

const PAGE_DAYS = 14;
const isKind = (v: string | null): v is EntryKind => v !== null && (ENTRY_KINDS as readonly string[]).includes(v);

/** Everything the client logged, newest first and by day; recent entries can be changed or deleted. */
export function HistoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('history.title'));
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const online = useOnline();
  const [days, setDays] = useState(PAGE_DAYS);
  const [kind, setKind] = useState<EntryKind | null>(null);
  const [deleting, setDeleting] = useState<EntryView | null>(null);
  const today = localDate(new Date(), me.user.timeZone);
  const from = addDays(today, -(days - 1));
  const entries = useEntries(me.user.id, { from, kind: kind ?? undefined });
  const trackers = useTrackers(me.user.id);
  const waiting = useOutbox();
  const remove = useDeleteEntry(me.user.id);

  const items: HistoryEntry[] = [
    ...waiting
      .filter((w) => kind === null || w.input.kind === kind)
      .map((w): HistoryEntry => {
        const at = new Date(w.input.occurredAt);
        const entry = { kind: w.input.kind, data: w.input.data, shared: w.input.shared ?? true, occurredAt: w.input.occurredAt, localDate: localDate(at, me.user.timeZone), localTime: localTime(at, me.user.timeZone) };
        return { source: 'outbox', key: w.key, problem: w.problem, entry };
      }),
    ...(entries.data ?? []).map((entry): HistoryEntry => ({ source: 'server', entry })),
  ].sort((a, b) => b.entry.occurredAt.localeCompare(a.entry.occurredAt));
  const byDay = new Map<string, HistoryEntry[]>();
  for (const item of items) byDay.set(item.entry.localDate, [...(byDay.get(item.entry.localDate) ?? []), item]);

  // Offline, the list from the server cannot come; what is on the phone still shows.
  const loadProblem = entries.isError ? online ? <QueryError error={entries.error} onRetry={() => void entries.refetch()} /> : <Alert color="gray" variant="light">{t('history.offline')}</Alert> : null;
  let body;
  if (entries.isPending && items.length === 0) body = <ListSkeleton rows={3} height={120} />;
  else if (entries.isError && items.length === 0) body = loadProblem;
  else if (items.length === 0) body = <EmptyState icon={<IconHistory size={28} />} order={2} title={t('history.emptyTitle')} body={t('history.empty', { count: days })} />;
  else {
    body = [...byDay.entries()].map(([date, dayItems]) => (
      <Stack gap="sm" key={date} component="section" aria-labelledby={`day-${date}`}>
        <Title order={2} size="h3" id={`day-${date}`}>
          {date === today ? t('history.today', { date: format.longDay(date) }) : format.longDay(date)}
        </Title>
        {dayItems.map((item) => (
          <HistoryItem key={item.source === 'server' ? item.entry.id : item.key} item={item} trackers={trackers.data} online={online} onDelete={setDeleting} />
        ))}
      </Stack>
    ));
  }

  return (
    <Stack gap="lg">
      <BackLink to="/log" label={t('log.back')} />
      <PageHeader title={t('history.title')} subtitle={t('history.subtitle')} />
      <Select
        label={t('history.filter')}
        data={[{ value: 'all', label: t('history.allKinds') }, ...ENTRY_KINDS.map((k) => ({ value: k, label: t(`log.kinds.${k}.title`) }))]}
        value={kind ?? 'all'}
        allowDeselect={false}
        onChange={(v) => setKind(isKind(v) ? v : null)}
        maw={360}
      />
      {items.length > 0 && loadProblem}
      {body}
      <Group>
        <Text c="dimmed">{t('history.showing', { from: format.calendarDate(from) })}</Text>
        <Button variant="default" onClick={() => setDays((d) => d + PAGE_DAYS)} loading={entries.isFetching}>
          {t('history.more')}
        </Button>
      </Group>
      <ConfirmModal
        opened={deleting !== null}
        title={t('history.deleteTitle')}
        confirmLabel={t('history.deleteConfirm')}
        loading={remove.isPending}
        error={remove.isError ? errorMessage(t, remove.error) : null}
        onClose={() => {
          remove.reset();
          setDeleting(null);
        }}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              notify({ message: t('history.deleted') });
            },
          })
        }
      >
        {t('history.deleteBody')}
      </ConfirmModal>
    </Stack>
  );
}
