import { Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowNarrowDown, IconArrowNarrowUp, IconEqual } from '@tabler/icons-react';
import type { ChangeView, MeasureSeriesView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { MeasureChart } from './measure-chart.tsx';
import { useChangeWords } from './my-change-words.ts';

function changeColor(c: ChangeView) {
  if (c.improved) return 'sage';
  if (c.deteriorated) return 'red';
  return 'gray';
}

function ChangeItem({ change, words }: { change: ChangeView; words: string }) {
  const Icon = change.delta > 0 ? IconArrowNarrowUp : change.delta < 0 ? IconArrowNarrowDown : IconEqual;
  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start">
      <ThemeIcon size={24} radius="xl" variant="light" color={changeColor(change)} aria-hidden>
        <Icon size={16} />
      </ThemeIcon>
      <Text>{words}</Text>
    </Group>
  );
}

/** One questionnaire's results for the client: the latest score in words, how it moved, the chart. */
export function MySeriesCard({ series }: { series: MeasureSeriesView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const changeWords = useChangeWords();
  const { instrument: info, points, sinceFirst, sinceLast } = series;
  const last = points.at(-1);
  const headingId = `series-${info.key}`;

  let latest: string | null = null;
  if (last) {
    const date = format.calendarDate(last.localDate);
    if (last.total === null) latest = t('myMeasures.latest.noTotal', { date });
    else if (last.band) latest = t('myMeasures.latest.scoreBand', { total: last.total, max: info.range.max, band: last.band.label, date });
    else latest = t('myMeasures.latest.score', { total: last.total, max: info.range.max, date });
  }

  return (
    <Paper component="article" aria-labelledby={headingId} radius="lg">
      <Stack gap="sm">
        <div>
          <Title order={3} id={headingId}>
            {info.shortName}
          </Title>
          <Text c="dimmed">{info.title}</Text>
        </div>
        {latest && (
          <Text size="lg" fw={600}>
            {latest}
          </Text>
        )}
        {last?.prorated && <Text c="dimmed">{t('myMeasures.latest.prorated')}</Text>}
        {(sinceFirst || sinceLast) && (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {sinceFirst && <ChangeItem change={sinceFirst} words={changeWords(sinceFirst, info, 'first')} />}
            {/* With two results, "since last time" would repeat "since you started". */}
            {sinceLast && points.length > 2 && <ChangeItem change={sinceLast} words={changeWords(sinceLast, info, 'last')} />}
          </Stack>
        )}
        <MeasureChart series={series} />
      </Stack>
    </Paper>
  );
}
