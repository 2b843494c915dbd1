import { Button, Checkbox, Group, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { localDate, localTime, type CaseloadRow } from '@stepwise/domain';
import { IconHeartHandshake, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useCaseload } from './caseload-api.ts';
import { ClientCell, CountCell, MoodCell, ScoresCell } from './caseload-cells.tsx';
import { nextSort, relativeParts, sortRows, type Sort, type SortKey } from './caseload-sort.ts';
import classes from './caseload.module.css';
import { SortHeader } from './sort-header.tsx';

const COLUMNS: Array<{ key: string; sortKey?: SortKey; short?: boolean }> = [
  { key: 'client', sortKey: 'name' },
  { key: 'nextSession', sortKey: 'nextSession' },
  { key: 'lastActivity', sortKey: 'lastActivity' },
  { key: 'adherence', sortKey: 'adherence' },
  { key: 'mood', sortKey: 'mood' },
  { key: 'scores' },
  { key: 'alerts', sortKey: 'alerts', short: true },
  { key: 'unread', sortKey: 'unread', short: true },
  { key: 'overdue', sortKey: 'overdue', short: true },
];

/** The therapist's home: everyone on their care teams, those who need attention first. */
export function Caseload({ onInvite }: { onInvite: () => void }) {
  const { t } = useTranslation();
  const caseload = useCaseload();
  const [query, setQuery] = useState('');
  const [attentionOnly, setAttentionOnly] = useState(false);
  const [sort, setSort] = useState<Sort>(null);

  let body;
  if (caseload.isPending) body = <ListSkeleton rows={4} height={64} />;
  else if (caseload.isError) body = <QueryError error={caseload.error} onRetry={() => void caseload.refetch()} />;
  else if (caseload.data.clients.length === 0) {
    body = (
      <EmptyState
        icon={<IconHeartHandshake size={28} />}
        title={t('clients.empty.title')}
        body={t('clients.empty.body')}
        action={
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={onInvite} mt="xs">
            {t('invitations.invite.clientButton')}
          </Button>
        }
      />
    );
  } else {
    const all = caseload.data.clients;
    const needle = query.trim().toLocaleLowerCase();
    const shown = all.filter((r) => (!needle || r.name.toLocaleLowerCase().includes(needle)) && (!attentionOnly || r.attention.length > 0));
    const sorted = sortRows(shown, sort);
    const attention = sorted.filter((r) => r.attention.length > 0);
    const rest = sorted.filter((r) => r.attention.length === 0);
    const now = Date.parse(caseload.data.generatedAt);
    body = (
      <Stack gap="sm">
        <Group gap="md" align="flex-end">
          <TextInput
            label={t('caseload.filterLabel')}
            placeholder={t('caseload.filterPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            w={260}
          />
          <Checkbox label={t('caseload.attentionOnly')} checked={attentionOnly} onChange={(e) => setAttentionOnly(e.currentTarget.checked)} mb={8} />
          <Text size="sm" c="dimmed" mb={8} ml="auto" role="status">
            {t('caseload.showing', { shown: shown.length, total: all.length })}
          </Text>
        </Group>
        {shown.length === 0 ? (
          <Paper p="lg">
            <Group justify="space-between">
              <Text>{t('caseload.noMatch')}</Text>
              <Button variant="default" onClick={() => (setQuery(''), setAttentionOnly(false))}>
                {t('caseload.clearFilters')}
              </Button>
            </Group>
          </Paper>
        ) : (
          <Paper p={0}>
            {/* Positioned, so the visually hidden header text (position: absolute) stays inside the scrolling box instead of widening the page. */}
            <Table.ScrollContainer type="native" minWidth={900} tabIndex={0} role="region" aria-label={t('caseload.tableLabel')} pos="relative">
              <Table verticalSpacing="sm" horizontalSpacing={8} highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    {COLUMNS.map((c) => (
                      <SortHeader
                        key={c.key}
                        label={t(`caseload.col.${c.key as 'client'}`)}
                        short={c.short ? t(`caseload.colShort.${c.key as 'alerts'}`) : undefined}
                        sortKey={c.sortKey}
                        sort={sort}
                        onSort={(key) => setSort(nextSort(sort, key))}
                      />
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <RowGroup title={t('caseload.needsAttention', { count: attention.length })} rows={attention} now={now} urgent />
                <RowGroup title={t('caseload.everyoneElse', { count: rest.length })} rows={rest} now={now} />
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="caseload-heading">
      <Title order={2} id="caseload-heading">
        {t('caseload.title')}
      </Title>
      {body}
    </Stack>
  );
}

function RowGroup({ title, rows, now, urgent = false }: { title: string; rows: CaseloadRow[]; now: number; urgent?: boolean }) {
  if (rows.length === 0) return null;
  return (
    <Table.Tbody>
      <Table.Tr className={`${classes.groupRow} ${urgent ? classes.attentionGroup : ''}`}>
        <Table.Th scope="rowgroup" colSpan={COLUMNS.length}>
          {title}
        </Table.Th>
      </Table.Tr>
      {rows.map((row) => (
        <CaseloadTableRow key={row.clientId} row={row} now={now} />
      ))}
    </Table.Tbody>
  );
}

function CaseloadTableRow({ row, now }: { row: CaseloadRow; now: number }) {
  const { t, i18n } = useTranslation();
  const me = useSession();
  // Sessions are shown in the therapist's own time zone: that is the diary they keep.
  const zone = me.user.timeZone;
  const format = useFormat(zone);
  const relative = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' });
  const last = row.lastActivity ? relativeParts(row.lastActivity, now) : null;
  const { done, planned } = row.adherence;
  return (
    <Table.Tr>
      <Table.Td className={classes.cell} miw={150}>
        <ClientCell row={row} />
      </Table.Td>
      <Table.Td className={classes.cell}>
        {row.nextSession ? (
          // Day and time on two short lines, so the column stays narrow enough for a laptop.
          <Text size="sm" title={format.dateTime(row.nextSession)} style={{ whiteSpace: 'nowrap' }}>
            {format.day(localDate(new Date(row.nextSession), zone))}
            <br />
            {format.clock(localTime(new Date(row.nextSession), zone))}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('caseload.noSession')}
          </Text>
        )}
      </Table.Td>
      <Table.Td className={classes.cell}>
        {row.lastActivity && last ? (
          <Text size="sm" title={format.dateTime(row.lastActivity)}>
            {relative.format(last.value, last.unit)}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">{t('caseload.noActivity')}</Text>
        )}
      </Table.Td>
      <Table.Td className={classes.cell}>
        {planned === 0 ? (
          <Text size="sm" c="dimmed">{t('caseload.nothingPlanned')}</Text>
        ) : (
          <>
            <Text fw={600} aria-hidden>
              {t('caseload.adherence', { done, planned })}
            </Text>
            <VisuallyHidden>{t('caseload.adherenceWords', { done, planned })}</VisuallyHidden>
            {row.adherence.rate !== null && (
              <Text size="xs" c="dimmed">
                {format.percent(row.adherence.rate)}
              </Text>
            )}
          </>
        )}
      </Table.Td>
      <Table.Td className={classes.cell}>
        <MoodCell mood={row.mood} />
      </Table.Td>
      <Table.Td className={classes.cell} miw={150}>
        <ScoresCell scores={row.scores} />
      </Table.Td>
      <Table.Td className={classes.cell}>
        <CountCell count={row.openAlerts} clientId={row.clientId} tab="safety" color="red" label={t('caseload.openAlertsLink', { count: row.openAlerts, name: row.name })} />
      </Table.Td>
      <Table.Td className={classes.cell}>
        <CountCell count={row.unreadMessages} clientId={row.clientId} tab="messages" color="blue" label={t('caseload.unreadLink', { count: row.unreadMessages, name: row.name })} />
      </Table.Td>
      <Table.Td className={classes.cell}>
        <CountCell count={row.overdueMeasures} clientId={row.clientId} tab="measures" color="grape" label={t('caseload.overdueLink', { count: row.overdueMeasures, name: row.name })} />
      </Table.Td>
    </Table.Tr>
  );
}
