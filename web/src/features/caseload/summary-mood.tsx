import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Badge, Box, Group, Stack, Text, Title } from '@mantine/core';
import type { SummaryView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { ChartTable } from '../insights/chart-table.tsx';
import classes from './summary-print.module.css';
import { EmptyLine, PlainList, SummarySection } from './summary-section.tsx';

export function MoodSection({ view }: { view: SummaryView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { mood } = view;
  if (mood.average === null || mood.byDay.length === 0) {
    return (
      <SummarySection id="summary-mood" title={t('summary.mood.title')}>
        <EmptyLine>{t('summary.mood.none')}</EmptyLine>
      </SummarySection>
    );
  }
  const values = mood.byDay.map((d) => d.average);
  const chartSummary = t('summary.mood.chartSummary', {
    from: format.calendarDate(mood.byDay[0]?.date ?? view.window.from),
    to: format.calendarDate(mood.byDay.at(-1)?.date ?? view.window.to),
    min: format.decimal(Math.min(...values)),
    max: format.decimal(Math.max(...values)),
  });
  return (
    <SummarySection id="summary-mood" title={t('summary.mood.title')}>
      <Group gap="md" mb="sm">
        <Text fw={600} size="lg">
          {t('summary.mood.average', { value: format.decimal(mood.average), count: mood.entries })}
        </Text>
        <Text c="dimmed">
          {mood.previousAverage === null ? t('summary.mood.noPrevious') : t('summary.mood.previous', { value: format.decimal(mood.previousAverage) })}
        </Text>
      </Group>
      {mood.byDay.length > 1 && (
        <Box role="img" aria-label={chartSummary} className={classes.chart}>
          <LineChart
            h={180}
            data={mood.byDay.map((d) => ({ date: format.dayMonth(d.date), average: d.average }))}
            dataKey="date"
            series={[{ name: 'average', label: t('summary.mood.series'), color: 'sage.7' }]}
            curveType="linear"
            withTooltip={false}
            yAxisProps={{ domain: [1, 10], ticks: [1, 4, 7, 10], allowDecimals: false, width: 32 }}
            xAxisProps={{ minTickGap: 24 }}
            strokeWidth={2}
            // Recharts animates on mount; a print taken straight away would catch half a line.
            lineProps={{ isAnimationActive: false }}
          />
        </Box>
      )}
      <div className={classes.noPrint}>
        <ChartTable
          label={t('summary.mood.tableLabel')}
          columns={[t('summary.mood.colDate'), t('summary.mood.colAverage')]}
          rows={[...mood.byDay].reverse().map((d) => ({ key: d.date, cells: [format.day(d.date), format.decimal(d.average)] }))}
        />
      </div>
      {mood.notable.length > 0 && (
        <Stack gap={4} mt="md">
          <Title order={3} size="h5">
            {t('summary.mood.notable')}
          </Title>
          <PlainList>
            {mood.notable.map((n) => (
              <li key={`${n.kind}-${n.date}`}>
                <Group gap="xs">
                  <Badge size="md" color={n.kind === 'low' ? 'blue' : 'sage'}>
                    {t(n.kind === 'low' ? 'summary.mood.low' : 'summary.mood.high')}
                  </Badge>
                  <Text size="sm" fw={600}>
                    {t('summary.mood.notableItem', { mood: n.mood, date: format.day(n.date) })}
                  </Text>
                </Group>
                <Text size="sm" className={classes.quote} mt={2}>
                  {n.note.trim() || t('summary.mood.noNote')}
                </Text>
              </li>
            ))}
          </PlainList>
        </Stack>
      )}
    </SummarySection>
  );
}

export function TrackersSection({ view }: { view: SummaryView }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SummarySection id="summary-trackers" title={t('summary.trackers.title')}>
      {view.trackers.length === 0 ? (
        <EmptyLine>{t('summary.trackers.empty')}</EmptyLine>
      ) : (
        <PlainList>
          {view.trackers.map((tr) => (
            <li key={tr.id}>
              <Text>
                <Text span fw={600}>
                  {tr.name}
                </Text>
                {': '}
                {t('summary.trackers.entries', { count: tr.entries })}
                {tr.average !== null && `, ${t('summary.trackers.average', { value: format.decimal(tr.average) })}`}
              </Text>
            </li>
          ))}
        </PlainList>
      )}
    </SummarySection>
  );
}
