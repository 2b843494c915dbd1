import '@mantine/charts/styles.css';
import { LineChart, type ChartReferenceLineProps } from '@mantine/charts';
import { Box, Group, Text, useComputedColorScheme } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import type { InstrumentInfoView, MeasureSeriesView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { ChartTable } from '../insights/chart-table.tsx';
import { useMeasureText } from './measure-text.ts';

/** Where one band ends and the next begins: the `min` of every band but the lowest. */
function bandBoundaries(info: InstrumentInfoView) {
  return [...info.bands].sort((a, b) => a.min - b.min).slice(1);
}

function ticks(info: InstrumentInfoView): number[] {
  const all = [info.range.min, ...bandBoundaries(info).map((b) => b.min), info.range.max];
  return [...new Set(all)].sort((a, b) => a - b);
}

/**
 * One instrument's totals over time, on its whole scale, with its bands and clinical
 * cut-off drawn in, so a point reads against the instrument's own meaning. A missing
 * total is a gap, not a zero. Used by therapists and by clients for their own results.
 */
export function MeasureChart({ series }: { series: MeasureSeriesView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useMeasureText();
  const dark = useComputedColorScheme('light') === 'dark';
  const { instrument: info, points } = series;
  const first = points[0];
  const last = points.at(-1);
  // Day and month are enough within a year; across years the axis needs the year too.
  const sameYear = first && last ? first.localDate.slice(0, 4) === last.localDate.slice(0, 4) : true;
  const data = points.map((p) => ({ date: sameYear ? format.dayMonth(p.localDate) : format.calendarDate(p.localDate), total: p.total }));
  const totals = points.flatMap((p) => (p.total === null ? [] : [p.total]));

  // Lines drawn with `stroke` but no `color` keep their labels in the chart's text colour,
  // which has enough contrast in both schemes. Each band's label sits just above where it
  // starts. The cut-off has no label on the chart (it often shares a line with a band, and
  // the data line would run through it): the legend under the chart names it.
  const cutOffColor = dark ? 'var(--mantine-color-orange-4)' : 'var(--mantine-color-orange-8)';
  const referenceLines: ChartReferenceLineProps[] = bandBoundaries(info).map((band) => ({
    y: band.min,
    label: band.label,
    labelPosition: 'insideBottomLeft',
    stroke: 'var(--mantine-color-gray-5)',
    strokeDasharray: '4 4',
  }));
  if (info.caseness) referenceLines.push({ y: info.caseness.value, stroke: cutOffColor, strokeWidth: 2 });

  const summary =
    first && last
      ? t('measures.chart.summary', {
          name: info.shortName,
          count: points.length,
          from: format.calendarDate(first.localDate),
          to: format.calendarDate(last.localDate),
          first: first.total ?? t('measures.chart.noTotal'),
          last: last.total ?? t('measures.chart.noTotal'),
          better: text.better(info),
        })
      : '';

  if (points.length === 0) return <Text>{t('measures.chart.none')}</Text>;

  const BetterIcon = info.better === 'higher' ? IconArrowUp : IconArrowDown;
  return (
    <div>
      <Group gap={6} mb="xs" wrap="nowrap">
        <BetterIcon size={18} aria-hidden />
        <Text size="sm" fw={600}>
          {text.better(info)}
        </Text>
        <Text size="sm" c="dimmed">
          {t('measures.chart.scale', { min: info.range.min, max: info.range.max })}
        </Text>
      </Group>
      <Box role="img" aria-label={summary}>
        <LineChart
          h={260}
          data={data}
          dataKey="date"
          series={[{ name: 'total', label: t('measures.chart.total'), color: dark ? 'sage.3' : 'sage.7' }]}
          curveType="linear"
          connectNulls={false}
          withTooltip={false}
          strokeWidth={3}
          dotProps={{ r: 5 }}
          yAxisProps={{ domain: [info.range.min, info.range.max], ticks: ticks(info), allowDecimals: false, width: 36, interval: 0 }}
          xAxisProps={{ minTickGap: 16, padding: { left: 16, right: 16 } }}
          referenceLines={referenceLines}
        />
      </Box>
      {info.caseness && (
        <Group gap={6} mt={4} wrap="nowrap">
          <Box w={18} h={3} bg={cutOffColor} style={{ flexShrink: 0 }} aria-hidden />
          <Text size="sm">{t('measures.chart.cutOff', { value: info.caseness.value, label: info.caseness.label })}</Text>
        </Group>
      )}
      {totals.length < points.length && (
        <Text size="sm" c="dimmed" mt={4}>
          {t('measures.chart.gaps')}
        </Text>
      )}
      <ChartTable
        label={t('measures.chart.tableLabel', { name: info.shortName })}
        columns={[t('measures.col.date'), t('measures.col.total'), t('measures.col.band')]}
        rows={[...points].reverse().map((p) => ({
          key: p.responseId,
          cells: [
            format.calendarDate(p.localDate),
            p.total === null ? t('measures.chart.noTotal') : p.prorated ? t('measures.chart.proratedTotal', { total: p.total }) : p.total,
            p.band?.label ?? '',
          ],
        }))}
      />
    </div>
  );
}
