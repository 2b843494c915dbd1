import '@mantine/charts/styles.css';
import { CompositeChart } from '@mantine/charts';
import { Box, Group, Text } from '@mantine/core';
import type { InsightsView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { ChartTable } from './chart-table.tsx';
import { datesBetween, stats } from './date-series.ts';
import { FindingList } from './finding-list.tsx';
import { InsightSection } from './insight-section.tsx';

/** Daily mood: the average as a line, the day's lowest to highest as a band; higher is better. */
export function MoodChart({ insights }: { insights: InsightsView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const byDate = new Map(insights.daily.map((d) => [d.date, d]));
  const data = datesBetween(insights.from, insights.to).map((date) => {
    const d = byDate.get(date);
    return { date: format.dayMonth(date), average: d?.average ?? null, range: d ? [d.min, d.max] : null };
  });
  const all = stats(insights.daily.map((d) => d.average));
  const summary = all
    ? t('insights.mood.summary', {
        from: format.calendarDate(insights.from),
        to: format.calendarDate(insights.to),
        days: insights.daily.length,
        average: format.decimal(all.average),
        min: Math.min(...insights.daily.map((d) => d.min)),
        max: Math.max(...insights.daily.map((d) => d.max)),
      })
    : '';
  return (
    <InsightSection id="mood-chart-heading" title={t('insights.mood.title')} description={t('insights.mood.howToRead')}>
      {insights.daily.length === 0 ? (
        <Text>{t('insights.mood.none')}</Text>
      ) : (
        <>
          <Box role="img" aria-label={summary}>
            <CompositeChart
              h={240}
              data={data}
              dataKey="date"
              series={[
                { name: 'range', label: t('insights.mood.range'), color: 'sage.4', type: 'area' },
                { name: 'average', label: t('insights.mood.average'), color: 'sage.7', type: 'line' },
              ]}
              curveType="linear"
              withTooltip={false}
              yAxisProps={{ domain: [1, 10], ticks: [1, 4, 7, 10], allowDecimals: false, width: 32 }}
              xAxisProps={{ minTickGap: 24 }}
              strokeWidth={2}
              areaProps={{ strokeWidth: 0, dot: false, activeDot: false }}
              lineProps={{ dot: insights.daily.length <= 31 ? { r: 3 } : false, activeDot: false }}
            />
          </Box>
          <Group gap="md" mt="xs" style={{ rowGap: 4 }} aria-hidden>
            <Group gap={6}>
              <Box w={16} h={12} bg="var(--mantine-color-sage-4)" style={{ opacity: 0.5, borderRadius: 2 }} />
              <Text size="sm">{t('insights.mood.range')}</Text>
            </Group>
            <Group gap={6}>
              <Box w={16} h={3} bg="var(--mantine-color-sage-7)" />
              <Text size="sm">{t('insights.mood.average')}</Text>
            </Group>
          </Group>
          <ChartTable
            label={t('insights.mood.tableLabel')}
            columns={[t('insights.col.date'), t('insights.col.average'), t('insights.col.lowest'), t('insights.col.highest'), t('insights.col.checkIns')]}
            rows={[...insights.daily].reverse().map((d) => ({ key: d.date, cells: [format.day(d.date), format.decimal(d.average), d.min, d.max, d.count] }))}
            minWidth={420}
          />
        </>
      )}
      <FindingList findings={insights.findings} place="mood" />
    </InsightSection>
  );
}
