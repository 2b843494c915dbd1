import { Stack, Text, Title } from '@mantine/core';
import type { InsightsView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { trackerValue } from '../entries/entry-values.ts';
import { BarChartBox } from './bar-chart-box.tsx';
import { ChartTable } from './chart-table.tsx';
import { datesBetween } from './date-series.ts';
import { FindingList } from './finding-list.tsx';
import { useHeadingLevel } from './heading-level.ts';
import { InsightSection } from './insight-section.tsx';

type TrackerType = 'count' | 'yes_no' | 'intensity' | 'duration';
const asType = (type: string): TrackerType | undefined => (['count', 'yes_no', 'intensity', 'duration'].includes(type) ? (type as TrackerType) : undefined);

/** Each tracker's total per day over the range; days without a log are gaps, not zeros. */
export function TrackerCharts({ insights }: { insights: InsightsView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const dates = datesBetween(insights.from, insights.to);
  const level = useHeadingLevel(1);
  return (
    <InsightSection id="trackers-chart-heading" title={t('insights.trackers.title')} description={t('insights.trackers.howToRead')}>
      {insights.trackers.length === 0 ? (
        <Text>{t('insights.trackers.none')}</Text>
      ) : (
        <Stack gap="lg">
          {insights.trackers.map((tracker) => {
            const type = asType(tracker.type);
            const byDate = new Map(tracker.perDay.map((d) => [d.date, d.total]));
            const headingId = `tracker-chart-${tracker.id}`;
            const total = tracker.perDay.reduce((a, d) => a + d.total, 0);
            return (
              <section key={tracker.id} aria-labelledby={headingId}>
                <Title order={level} size="h4" id={headingId}>
                  {tracker.name}
                </Title>
                <Text c="dimmed" mb="xs">
                  {type ? t(`insights.trackers.unit.${type}`) : ''}
                </Text>
                {tracker.perDay.length === 0 ? (
                  <Text>{t('insights.trackers.noLogs')}</Text>
                ) : (
                  <>
                    <BarChartBox
                      summary={t('insights.trackers.summary', { name: tracker.name, days: tracker.perDay.length, total: format.decimal(total) })}
                      data={dates.map((date) => ({ date: format.dayMonth(date), total: byDate.get(date) ?? null }))}
                      dataKey="date"
                      series={{ name: 'total', label: t('insights.col.total'), color: 'grape.7' }}
                      height={180}
                    />
                    <ChartTable
                      label={tracker.name}
                      columns={[t('insights.col.date'), t('insights.col.total')]}
                      rows={[...tracker.perDay].reverse().map((d) => ({ key: d.date, cells: [format.day(d.date), type === 'yes_no' || type === 'intensity' ? format.decimal(d.total) : trackerValue(t, type, d.total)] }))}
                    />
                  </>
                )}
              </section>
            );
          })}
        </Stack>
      )}
    </InsightSection>
  );
}

/** Minutes of skill practice per week (weeks start on Monday). */
export function PracticeChart({ insights }: { insights: InsightsView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const weeks = insights.practiceMinutesPerWeek;
  const summary = weeks.map((w) => t('insights.practice.item', { week: format.dayMonth(w.weekStart), count: w.minutes })).join('; ');
  return (
    <InsightSection id="practice-heading" title={t('insights.practice.title')} description={t('insights.practice.howToRead')}>
      {weeks.length === 0 ? (
        <Text>{t('insights.practice.none')}</Text>
      ) : (
        <>
          <BarChartBox
            summary={t('insights.bars.summary', { title: t('insights.practice.title'), items: summary })}
            data={weeks.map((w) => ({ week: format.dayMonth(w.weekStart), minutes: w.minutes }))}
            dataKey="week"
            series={{ name: 'minutes', label: t('insights.col.minutes'), color: 'sage.6' }}
            height={200}
          />
          <ChartTable
            label={t('insights.practice.title')}
            columns={[t('insights.col.weekOf'), t('insights.col.minutes')]}
            rows={[...weeks].reverse().map((w) => ({ key: w.weekStart, cells: [format.calendarDate(w.weekStart), w.minutes] }))}
          />
        </>
      )}
      <FindingList findings={insights.findings} place="practice" />
    </InsightSection>
  );
}
