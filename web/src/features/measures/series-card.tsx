import { Box, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { MeasureSeriesView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { FactList } from '../../app/ui/fact-list.tsx';
import { MeasureAbout } from './measure-about.tsx';
import { MeasureChart } from './measure-chart.tsx';
import { SeriesItemAnswers } from './series-item-answers.tsx';
import { SeriesLatest } from './series-latest.tsx';

/** One instrument's results for one client: the latest in words, the chart, and the detail. */
export function SeriesCard({ series }: { series: MeasureSeriesView }) {
  const { t } = useTranslation();
  const { instrument: info, latest } = series;
  const headingId = `series-${info.key}-heading`;
  const subscales = latest?.score?.subscales ?? [];
  return (
    <Paper component="article" aria-labelledby={headingId}>
      <Stack gap="md">
        <div>
          <Title order={4} id={headingId}>
            {info.shortName}
          </Title>
          {info.title !== info.shortName && (
            <Text size="sm" c="dimmed">
              {info.title}
            </Text>
          )}
        </div>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="md">
            <SeriesLatest series={series} />
            {subscales.length > 0 && (
              <Box>
                <Text fw={600} mb={4}>
                  {t('measures.result.subscales')}
                </Text>
                <FactList facts={subscales.map((s) => ({ label: s.label, value: s.total === null ? t('measures.result.subscaleIncomplete') : String(s.total) }))} />
              </Box>
            )}
          </Stack>
          <MeasureChart series={series} />
        </SimpleGrid>
        <div>
          <SeriesItemAnswers series={series} />
          <MeasureAbout info={info} />
        </div>
      </Stack>
    </Paper>
  );
}
