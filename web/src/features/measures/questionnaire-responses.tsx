import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { CustomSeriesView, ResponseView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { DataTable } from '../../app/ui/data-table.tsx';
import { isRiskAnswer } from './item-answers-table.tsx';

/** Enough columns to see a trend; older answers would only make the table scroll further. */
const MAX_COLUMNS = 12;

/**
 * The questions down the side, newest version's order first. Items are matched by their
 * words, not their position: a new version may add, drop or reorder items, and an answer
 * must stay beside the question it answered.
 */
function questionRows(newestFirst: ResponseView[]): string[] {
  const rows: string[] = [];
  for (const r of newestFirst) for (const item of r.items) if (!rows.includes(item.text)) rows.push(item.text);
  return rows;
}

function Cell({ response, question }: { response: ResponseView; question: string }) {
  const { t } = useTranslation();
  const item = response.items.find((i) => i.text === question);
  if (!item) {
    return (
      <Table.Td>
        <Text component="span" c="dimmed" size="sm">
          {t('measures.custom.notAsked')}
        </Text>
      </Table.Td>
    );
  }
  if (item.value === null) {
    return (
      <Table.Td>
        <Text component="span" c="dimmed" fs="italic" size="sm">
          {t('measures.items.skipped')}
        </Text>
      </Table.Td>
    );
  }
  const risk = isRiskAnswer(response, item);
  return (
    <Table.Td bg={risk ? 'var(--mantine-color-red-light)' : undefined}>
      <Text component="span" size="sm" fw={risk ? 700 : 400} style={{ overflowWrap: 'anywhere' }}>
        {item.label ?? String(item.value)}
      </Text>
      {risk && (
        <Badge color="red" ml={6} size="md">
          {t('measures.items.risk')}
        </Badge>
      )}
    </Table.Td>
  );
}

/** A custom questionnaire's answers over time: its items down, its dates across, newest first. */
export function QuestionnaireResponses({ series }: { series: CustomSeriesView }) {
  const { t } = useTranslation();
  const format = useFormat(useSession().user.timeZone);
  const headingId = `custom-${series.questionnaireId}-heading`;
  // Stored oldest first; the newest answers are the ones read first.
  const shown = [...series.responses].reverse().slice(0, MAX_COLUMNS);
  const rows = questionRows(shown);
  const versions = new Set(shown.map((r) => r.ref.version));
  // Two answers on one day would share a heading (and a React key): give those the time too.
  const days = shown.map((r) => format.calendarDate(r.localDate));
  const headings = shown.map((r, i) => (days.indexOf(days[i]!) !== days.lastIndexOf(days[i]!) ? format.dateTime(r.submittedAt) : days[i]!));
  return (
    <Paper component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={4} id={headingId}>
            {series.title}
          </Title>
          <Badge color="gray">{t('measures.custom.badge')}</Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('measures.custom.noTotals')}
          {versions.size > 1 && ` ${t('measures.custom.versions', { versions: [...versions].sort((a, b) => a - b).join(', ') })}`}
        </Text>
        {shown.length === 0 ? (
          <Text>{t('measures.custom.none')}</Text>
        ) : (
          <DataTable
            label={t('measures.custom.tableLabel', { title: series.title })}
            minWidth={240 + shown.length * 140}
            columns={[t('measures.col.question'), ...headings]}
          >
            {rows.map((question) => (
              <Table.Tr key={question}>
                <Table.Th scope="row" fw={400} miw={{ base: 150, sm: 220 }}>
                  {question}
                </Table.Th>
                {shown.map((r) => (
                  <Cell key={r.id} response={r} question={question} />
                ))}
              </Table.Tr>
            ))}
          </DataTable>
        )}
        {series.responses.length > MAX_COLUMNS && <Text size="sm">{t('measures.custom.latestOnly', { count: MAX_COLUMNS, total: series.responses.length })}</Text>}
      </Stack>
    </Paper>
  );
}
