import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Box, Table } from '@mantine/core';
import type { GoalView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { DataTable } from '../../app/ui/data-table.tsx';
import { signed } from './goal-form-values.ts';


/** The rating history as a line (for the eye) and as a table (for everyone, screen readers included). */
export function GasChart({ goal }: { goal: GoalView }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const ratings = goal.gasRatings;
  const levels = goal.gasLevels;
  const data = ratings.map((r) => ({ date: format.date(r.ratedAt), level: r.level }));
  const first = ratings[0];
  const last = ratings.at(-1);
  const summary =
    first && last
      ? t('goals.gas.chartSummary', { count: ratings.length, first: signed(first.level), last: signed(last.level) })
      : '';
  return (
    <>
      {ratings.length > 1 && (
        <Box role="img" aria-label={summary}>
          <LineChart
            h={220}
            data={data}
            dataKey="date"
            series={[{ name: 'level', label: t('goals.gas.level.label'), color: 'sage.6' }]}
            curveType="linear"
            yAxisProps={{ domain: [-2, 2], ticks: [-2, -1, 0, 1, 2], allowDecimals: false, tickFormatter: signed }}
            withTooltip={false}
            strokeWidth={3}
            dotProps={{ r: 5 }}
            referenceLines={[{ y: 0, label: t('goals.gas.expected'), color: 'gray.6' }]}
          />
        </Box>
      )}
      {ratings.length > 0 && (
        <DataTable
          label={t('goals.gas.tableLabel')}
          minWidth={520}
          columns={[t('goals.gas.col.date'), t('goals.gas.col.level'), t('goals.gas.col.means'), t('goals.gas.col.by'), t('goals.gas.col.note')]}
        >
          {[...ratings].reverse().map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(r.ratedAt)}</Table.Td>
              <Table.Td>{signed(r.level)}</Table.Td>
              <Table.Td>{levels?.[String(r.level) as keyof typeof levels] ?? ''}</Table.Td>
              <Table.Td>{r.ratedBy.name}</Table.Td>
              <Table.Td>{r.note}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
