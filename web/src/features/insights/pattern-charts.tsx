import { Text } from '@mantine/core';
import type { InsightsView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { emotionName } from '../entries/entry-values.ts';
import { BarChartBox } from './bar-chart-box.tsx';
import { ChartTable } from './chart-table.tsx';
import { FindingList } from './finding-list.tsx';
import { InsightSection } from './insight-section.tsx';

type Summary = { label: string; average: number; count: number };

function MoodBars({ id, title, rows, findings, place }: { id: string; title: string; rows: Summary[]; findings?: InsightsView['findings']; place?: 'weekday' }) {
  const { t } = useTranslation();
  const format = useFormat();
  const withData = rows.filter((r) => r.count > 0);
  const summary = withData.map((r) => t('insights.bars.item', { label: r.label, average: format.decimal(r.average), count: r.count })).join('; ');
  return (
    <InsightSection id={id} title={title} description={t('insights.bars.howToRead')}>
      {withData.length === 0 ? (
        <Text>{t('insights.mood.none')}</Text>
      ) : (
        <>
          <BarChartBox
            summary={t('insights.bars.summary', { title, items: summary })}
            data={rows.map((r) => ({ label: r.label, average: r.count > 0 ? r.average : null }))}
            dataKey="label"
            series={{ name: 'average', label: t('insights.mood.average') }}
            domain={[0, 10]}
          />
          <ChartTable
            label={title}
            columns={[t('insights.col.when'), t('insights.col.average'), t('insights.col.checkIns')]}
            rows={rows.map((r) => ({ key: r.label, cells: [r.label, r.count > 0 ? format.decimal(r.average) : t('insights.noData'), r.count] }))}
          />
        </>
      )}
      {findings && place && <FindingList findings={findings} place={place} />}
    </InsightSection>
  );
}

export function WeekdayChart({ insights }: { insights: InsightsView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = insights.byWeekday.map((w) => ({ label: format.weekday(w.weekday), average: w.average, count: w.count }));
  return <MoodBars id="weekday-heading" title={t('insights.weekday.title')} rows={rows} findings={insights.findings} place="weekday" />;
}

export function DayPartChart({ insights }: { insights: InsightsView }) {
  const { t } = useTranslation();
  const known = ['morning', 'afternoon', 'evening', 'night'] as const;
  const rows = insights.byDayPart.map((p) => ({
    label: (known as readonly string[]).includes(p.part) ? t(`insights.dayPart.${p.part as (typeof known)[number]}`) : p.part,
    average: p.average,
    count: p.count,
  }));
  return <MoodBars id="day-part-heading" title={t('insights.dayPart.title')} rows={rows} />;
}

export function EmotionsChart({ insights }: { insights: InsightsView }) {
  const { t } = useTranslation();
  const rows = insights.emotions.map((e) => ({ ...e, label: emotionName(t, e.name) }));
  const summary = rows.map((e) => t('insights.emotions.item', { name: e.label, count: e.count })).join('; ');
  return (
    <InsightSection id="emotions-heading" title={t('insights.emotions.title')} description={t('insights.emotions.howToRead')}>
      {rows.length === 0 ? (
        <Text>{t('insights.emotions.none')}</Text>
      ) : (
        <>
          <BarChartBox
            summary={t('insights.bars.summary', { title: t('insights.emotions.title'), items: summary })}
            data={rows.map((e) => ({ name: e.label, count: e.count }))}
            dataKey="name"
            series={{ name: 'count', label: t('insights.col.times'), color: 'blue.6' }}
            horizontal
            height={Math.max(120, rows.length * 36 + 40)}
          />
          <ChartTable
            label={t('insights.emotions.title')}
            columns={[t('insights.col.emotion'), t('insights.col.times'), t('insights.col.intensity')]}
            rows={rows.map((e) => ({ key: e.name, cells: [e.label, e.count, e.averageIntensity] }))}
          />
        </>
      )}
      <FindingList findings={insights.findings} place="emotions" />
    </InsightSection>
  );
}
