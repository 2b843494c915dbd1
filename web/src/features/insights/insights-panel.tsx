import { Alert, Group, SegmentedControl, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { IconBulb, IconInfoCircle } from '@tabler/icons-react';
import { INSIGHT_RANGES, type InsightRange, type InsightsView, MIN_POINTS } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useInsights } from '../entries/entries-api.ts';
import { PracticeChart, TrackerCharts } from './activity-charts.tsx';
import { MoodChart } from './mood-chart.tsx';
import { DayPartChart, EmotionsChart, WeekdayChart } from './pattern-charts.tsx';

const RANGES = Object.keys(INSIGHT_RANGES) as InsightRange[];
const isRange = (v: string): v is InsightRange => (RANGES as string[]).includes(v);

interface Props {
  clientId: string;
  range: InsightRange;
  onRange: (range: InsightRange) => void;
  /** Extra parts under the charts (the therapist's shared entries), given the period shown. */
  children?: (insights: InsightsView) => React.ReactNode;
}

/** What stands out, said only when the data can carry it; never a pattern from too few days. */
function Overview({ insights }: { insights: InsightsView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = t('insights.period', { from: format.calendarDate(insights.from), to: format.calendarDate(insights.to), count: insights.moodEntries });
  let message;
  if (insights.findings.length > 0) message = t('insights.overview.found', { count: insights.findings.length });
  else if (insights.daily.length < MIN_POINTS) message = t('insights.overview.tooFew', { min: MIN_POINTS, count: insights.daily.length });
  else message = t('insights.overview.none');
  return (
    <Alert color={insights.findings.length > 0 ? 'blue' : 'gray'} variant="light" icon={insights.findings.length > 0 ? <IconBulb aria-hidden /> : <IconInfoCircle aria-hidden />}>
      <Text fw={600}>{period}</Text>
      <Text>{message}</Text>
    </Alert>
  );
}

/** The insights of one client over a period: shared by the client's "My patterns" and the therapist's tab. */
export function InsightsPanel({ clientId, range, onRange, children }: Props) {
  const { t } = useTranslation();
  const insights = useInsights(clientId, range);
  return (
    <Stack gap="lg">
      <Group gap="sm" align="center">
        <Text fw={600} id="range-label">
          {t('insights.range.label')}
        </Text>
        <SegmentedControl
          aria-labelledby="range-label"
          size="md"
          value={range}
          onChange={(v) => isRange(v) && onRange(v)}
          data={RANGES.map((r) => ({ value: r, label: t(`insights.range.${r}`) }))}
        />
      </Group>
      {insights.isPending ? (
        <Stack gap="md" role="status" aria-label={t('app.loading')}>
          <Skeleton h={72} aria-hidden />
          <Skeleton h={300} aria-hidden />
        </Stack>
      ) : insights.isError ? (
        <QueryError error={insights.error} onRetry={() => void insights.refetch()} />
      ) : (
        <Stack gap="lg" aria-busy={insights.isFetching} style={{ opacity: insights.isPlaceholderData ? 0.6 : 1 }}>
          <Overview insights={insights.data} />
          <MoodChart insights={insights.data} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <WeekdayChart insights={insights.data} />
            <DayPartChart insights={insights.data} />
          </SimpleGrid>
          <EmotionsChart insights={insights.data} />
          <TrackerCharts insights={insights.data} />
          <PracticeChart insights={insights.data} />
          {children?.(insights.data)}
        </Stack>
      )}
    </Stack>
  );
}
