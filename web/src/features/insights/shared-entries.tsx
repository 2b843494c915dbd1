import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { EntryView, TrackerView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { DataTable } from '../../app/ui/data-table.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useEntries, useTrackers } from '../entries/entries-api.ts';
import { balancedLine, EntryDetails, ThoughtList, useEntryTitle } from '../entries/entry-details.tsx';
import { entrySummary } from '../entries/entry-summary.ts';
import { emotionList, trackerValue } from '../entries/entry-values.ts';
import { dataOf } from '../entries/entry-data.ts';
import { useHeadingLevel } from './heading-level.ts';

const cell = { verticalAlign: 'top', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

function When({ entry }: { entry: EntryView }) {
  const format = useFormat();
  return (
    <Table.Td style={{ ...cell, whiteSpace: 'nowrap' }}>
      {format.day(entry.localDate)}
      <br />
      {format.clock(entry.localTime)}
    </Table.Td>
  );
}

function Part({ id, title, empty, children, count }: { id: string; title: string; empty: string; count: number; children: React.ReactNode }) {
  const level = useHeadingLevel(1);
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={level} size="h4" id={id}>
        {title}
      </Title>
      {count === 0 ? <Text c="dimmed">{empty}</Text> : children}
    </Stack>
  );
}

function ThoughtRecords({ entries }: { entries: EntryView[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      label={t('shared.thoughts.table')}
      minWidth={1280}
      columns={[t('insights.col.date'), t('thought.cols.situation'), t('thought.cols.emotions'), t('thought.cols.thoughts'), t('thought.cols.evidenceFor'), t('thought.cols.evidenceAgainst'), t('thought.cols.balanced'), t('thought.cols.after')]}
    >
      {entries.map((e) => {
        const d = dataOf(e, 'thought_record');
        if (!d) return null;
        return (
          <Table.Tr key={e.id}>
            <When entry={e} />
            <Table.Td style={cell}>{d.situation}</Table.Td>
            <Table.Td style={cell}>{emotionList(t, d.emotions)}</Table.Td>
            <Table.Td style={cell}>
              <ThoughtList thoughts={d.thoughts} />
            </Table.Td>
            <Table.Td style={cell}>{d.evidenceFor}</Table.Td>
            <Table.Td style={cell}>{d.evidenceAgainst}</Table.Td>
            <Table.Td style={cell}>{d.balancedThought ? balancedLine(t, d.balancedThought, d.balancedBelief) : ''}</Table.Td>
            <Table.Td style={cell}>{emotionList(t, d.emotionsAfter)}</Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}

function TrackerLogs({ entries, trackers }: { entries: EntryView[]; trackers: TrackerView[] | undefined }) {
  const { t } = useTranslation();
  const title = useEntryTitle();
  return (
    <DataTable label={t('shared.trackers.table')} minWidth={640} columns={[t('insights.col.date'), t('shared.trackers.tracker'), t('trackers.value.label'), t('trackers.trigger'), t('trackers.note')]}>
      {entries.map((e) => {
        const d = dataOf(e, 'behavior');
        if (!d) return null;
        const tracker = trackers?.find((tr) => tr.id === d.trackerId);
        return (
          <Table.Tr key={e.id}>
            <When entry={e} />
            <Table.Td style={cell}>{title(e, trackers)}</Table.Td>
            <Table.Td style={cell}>{trackerValue(t, tracker?.type, d.value)}</Table.Td>
            <Table.Td style={cell}>{d.trigger}</Table.Td>
            <Table.Td style={cell}>{d.note}</Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}

/** What the client shared in the period: thought records in full, journal entries, tracker, skill and activity logs. */
export function SharedEntries({ clientId, from, to }: { clientId: string; from: string; to: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entries = useEntries(clientId, { from, to });
  const trackers = useTrackers(clientId);
  const title = useEntryTitle();
  const level = useHeadingLevel();
  let body;
  if (entries.isPending) body = <ListSkeleton rows={3} height={80} />;
  else if (entries.isError) body = <QueryError error={entries.error} onRetry={() => void entries.refetch()} />;
  else {
    const of = (...kinds: EntryView['kind'][]) => entries.data.filter((e) => kinds.includes(e.kind));
    const thoughts = of('thought_record');
    const journal = of('journal');
    const behavior = of('behavior');
    const practice = of('skill', 'activity');
    body = (
      <Stack gap="xl">
        <Part id="shared-thoughts" title={t('shared.thoughts.title')} empty={t('shared.thoughts.none')} count={thoughts.length}>
          <ThoughtRecords entries={thoughts} />
        </Part>
        <Part id="shared-journal" title={t('shared.journal.title')} empty={t('shared.journal.none')} count={journal.length}>
          <Stack gap="sm">
            {journal.map((e) => (
              <Paper key={e.id} p="md" component="article" aria-label={t('shared.journal.entry', { date: format.day(e.localDate) })}>
                <Text c="dimmed" mb={4}>
                  {format.day(e.localDate)}, {format.clock(e.localTime)}
                </Text>
                <EntryDetails entry={e} />
              </Paper>
            ))}
          </Stack>
        </Part>
        <Part id="shared-trackers" title={t('shared.trackers.title')} empty={t('shared.trackers.none')} count={behavior.length}>
          <TrackerLogs entries={behavior} trackers={trackers.data} />
        </Part>
        <Part id="shared-practice" title={t('shared.practice.title')} empty={t('shared.practice.none')} count={practice.length}>
          <DataTable label={t('shared.practice.table')} minWidth={640} columns={[t('insights.col.date'), t('shared.practice.what'), t('shared.practice.details')]}>
            {practice.map((e) => (
              <Table.Tr key={e.id}>
                <When entry={e} />
                <Table.Td style={cell}>{title(e, undefined)}</Table.Td>
                <Table.Td style={cell}>{entrySummary(t, e, undefined)}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        </Part>
      </Stack>
    );
  }
  return (
    <Paper component="section" aria-labelledby="shared-entries-heading">
      <Title order={level} size="h3" id="shared-entries-heading">
        {t('shared.title')}
      </Title>
      <Text c="dimmed" mt={4} mb="md">
        {t('shared.intro')}
      </Text>
      {body}
    </Paper>
  );
}
