import { Badge, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconArrowNarrowDown, IconArrowNarrowUp, IconEqual } from '@tabler/icons-react';
import type { ChangeView, MeasureSeriesView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { changeTone, useMeasureText } from './measure-text.ts';

const TONE_COLOR = { better: 'sage', worse: 'red', neutral: 'gray' } as const;

function ChangeLine({ change, words }: { change: ChangeView; words: string }) {
  const tone = changeTone(change);
  const Icon = change.delta > 0 ? IconArrowNarrowUp : change.delta < 0 ? IconArrowNarrowDown : IconEqual;
  return (
    <List.Item
      icon={
        <ThemeIcon size={24} radius="xl" variant="light" color={TONE_COLOR[tone]} aria-hidden>
          <Icon size={16} />
        </ThemeIcon>
      }
    >
      <Text component="span" fw={tone === 'neutral' ? 400 : 600}>
        {words}
      </Text>
    </List.Item>
  );
}

/** The latest result in words: total, band, how it was scored, and how far it has moved. */
export function SeriesLatest({ series }: { series: MeasureSeriesView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useMeasureText();
  const { instrument: info, latest, sinceFirst, sinceLast, points } = series;
  const score = latest?.score ?? null;
  if (!latest || !score) return <Text>{t('measures.result.noneYet')}</Text>;

  const scored = info.itemCount;
  return (
    <Stack gap="sm">
      <Group gap="sm" align="baseline">
        {score.total === null ? (
          <Text fw={600} size="lg">
            {score.noTotalReason === 'too_many_missing'
              ? t('measures.result.noTotalTooMany', { count: score.missing.length, items: scored })
              : t('measures.result.noTotalNoRule', { count: score.missing.length, items: scored })}
          </Text>
        ) : (
          <Text fz={32} fw={700} lh={1.1}>
            {score.total}
            <Text component="span" size="md" fw={400} c="dimmed">
              {' '}
              {t('measures.result.outOf', { max: info.range.max })}
            </Text>
          </Text>
        )}
        {score.band && <Badge color="blue">{score.band.label}</Badge>}
        {score.positiveScreen !== null && (
          <Badge color={score.positiveScreen ? 'grape' : 'gray'}>{score.positiveScreen ? t('measures.result.positiveScreen') : t('measures.result.negativeScreen')}</Badge>
        )}
        {score.risk.length > 0 && <Badge color="red">{t('measures.result.riskAnswer', { count: score.risk.length })}</Badge>}
      </Group>
      <Text size="sm" c="dimmed">
        {t('measures.result.answered', { date: format.calendarDate(latest.localDate), count: points.length })}
      </Text>
      {score.prorated && <Text size="sm">{t('measures.result.prorated', { count: score.missing.length })}</Text>}
      {score.caseness !== null && info.caseness && (
        <Text size="sm">{score.caseness ? t('measures.result.case', { label: info.caseness.label }) : t('measures.result.notCase', { label: info.caseness.label })}</Text>
      )}
      {sinceFirst || sinceLast ? (
        <List spacing={6} center>
          {sinceFirst && <ChangeLine change={sinceFirst} words={text.change(sinceFirst, info, 'first')} />}
          {/* With two answers "since last" is "since first" again, without the recovery words. */}
          {sinceLast && (points.length > 2 || !sinceFirst) && <ChangeLine change={sinceLast} words={text.change(sinceLast, info, 'last')} />}
        </List>
      ) : (
        points.length === 1 && <Text size="sm">{t('measures.result.firstOnly')}</Text>
      )}
    </Stack>
  );
}
