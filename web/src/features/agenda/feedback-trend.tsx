import { Table, Text } from '@mantine/core';
import type { FeedbackView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { DataTable } from '../../app/ui/data-table.tsx';
import { Disclosure } from '../../app/ui/disclosure.tsx';

const W = 320;
const H = 90;
const PAD = 12;
/** Room on the left for the 0 and 10 labels. */
const LEFT = 28;

/**
 * The ratings as a small line, oldest first, 0 at the bottom and 10 at the top, with the
 * latest point marked when it is flagged. The picture is summarised in its label, and every
 * answer is in the table below it for anyone who cannot or would rather not read a chart.
 */
export function FeedbackSparkline({ answers, flagged }: { answers: FeedbackView[]; flagged: boolean }) {
  const { t } = useTranslation();
  const n = answers.length;
  const x = (i: number) => (n === 1 ? (LEFT + W - PAD) / 2 : LEFT + (i * (W - LEFT - PAD)) / (n - 1));
  const y = (r: number) => H - PAD - (r * (H - 2 * PAD)) / 10;
  const points = answers.map((a, i) => `${x(i)},${y(a.rating)}`).join(' ');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" height={H} preserveAspectRatio="xMinYMid meet" role="img" aria-label={t('feedback.team.chartLabel', { values: answers.map((a) => a.rating).join(', ') })} style={{ maxWidth: 420, display: 'block' }}>
      {/* 5 of 10: below this line an answer is flagged. */}
      {[0, 10].map((v) => (
        <text key={v} x={LEFT - 8} y={y(v) + 4} textAnchor="end" fontSize={11} fill="var(--mantine-color-dimmed)" aria-hidden>
          {v}
        </text>
      ))}
      <line x1={LEFT} x2={W - PAD} y1={y(5)} y2={y(5)} stroke="var(--mantine-color-default-border)" strokeDasharray="4 4" />
      <polyline points={points} fill="none" stroke="var(--mantine-primary-color-filled)" strokeWidth={2.5} strokeLinejoin="round" />
      {answers.map((a, i) => {
        const last = i === n - 1;
        return <circle key={a.id} cx={x(i)} cy={y(a.rating)} r={last ? 5 : 3.5} fill={last && flagged ? 'var(--mantine-color-red-filled)' : 'var(--mantine-primary-color-filled)'} />;
      })}
    </svg>
  );
}

/** Every answer, newest first, as a table behind a disclosure. */
export function FeedbackTable({ answers }: { answers: FeedbackView[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cell = (s: string) => (s ? <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{s}</Text> : <Text c="dimmed">{t('feedback.team.none')}</Text>);
  return (
    <Disclosure summary={t('feedback.team.table')}>
      <DataTable
        label={t('feedback.team.tableLabel')}
        minWidth={640}
        columns={[t('feedback.team.columns.session'), t('feedback.team.columns.rating'), t('feedback.team.columns.helped'), t('feedback.team.columns.didNotHelp'), t('feedback.team.columns.doDifferently')]}
      >
        {[...answers].reverse().map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(a.sessionStartsAt)}</Table.Td>
            <Table.Td>{t('feedback.ratingValue', { value: a.rating })}</Table.Td>
            <Table.Td>{cell(a.helped)}</Table.Td>
            <Table.Td>{cell(a.didNotHelp)}</Table.Td>
            <Table.Td>{cell(a.doDifferently)}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Disclosure>
  );
}
