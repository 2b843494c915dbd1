import { Stack, Title } from '@mantine/core';
import type { ClientMeasuresView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { QuestionnaireResponses } from './questionnaire-responses.tsx';
import { SeriesCard } from './series-card.tsx';

/**
 * Results: validated instruments first, then the therapist's own questionnaires under
 * their own heading, so unvalidated answers are never read as scores. Loaded apart from
 * the tab because the charts are heavy.
 */
export function MeasureResults({ data }: { data: ClientMeasuresView }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {data.series.length > 0 && (
        <Stack gap="md" component="section" aria-labelledby="measure-results-heading">
          <Title order={3} id="measure-results-heading">
            {t('measures.results.title')}
          </Title>
          {data.series.map((s) => (
            <SeriesCard key={s.instrument.key} series={s} />
          ))}
        </Stack>
      )}
      {data.custom.length > 0 && (
        <Stack gap="md" component="section" aria-labelledby="custom-results-heading">
          <Title order={3} id="custom-results-heading">
            {t('measures.results.customTitle')}
          </Title>
          {data.custom.map((c) => (
            <QuestionnaireResponses key={c.questionnaireId} series={c} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
