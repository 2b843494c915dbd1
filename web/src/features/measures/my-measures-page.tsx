import { Paper, Stack, Text, Title } from '@mantine/core';
import { IconChartLine } from '@tabler/icons-react';
import type { CustomSeriesView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useDueMeasures, useMyMeasures } from './answer-api.ts';
import { DueMeasureList } from './due-measure-list.tsx';
import { MySeriesCard } from './my-series-card.tsx';

/** A questionnaire of the therapist's own: no score, so only when it was answered. */
function MyCustomCard({ custom }: { custom: CustomSeriesView }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const last = custom.responses.reduce<string | null>((latest, r) => (latest === null || r.submittedAt > latest ? r.submittedAt : latest), null);
  const headingId = `custom-${custom.questionnaireId}`;
  return (
    <Paper component="article" aria-labelledby={headingId} radius="lg">
      <Title order={3} id={headingId}>
        {custom.title}
      </Title>
      {last && <Text mt={4}>{t('myMeasures.custom.answered', { count: custom.responses.length, date: format.date(last) })}</Text>}
    </Paper>
  );
}

/** The client's own questionnaires: what is due, and their scores over time in plain words. */
export function MyMeasuresPage() {
  const { t } = useTranslation();
  usePageTitle(t('myMeasures.title'));
  const me = useSession();
  const measures = useMyMeasures(me.user.id);
  const due = useDueMeasures();
  const data = measures.data;
  const nothingYet = data !== undefined && data.series.length === 0 && data.custom.length === 0;

  return (
    <Stack gap="lg">
      <PageHeader title={t('myMeasures.title')} subtitle={t('myMeasures.short')} />
      {due.isError && !due.data && <QueryError error={due.error} onRetry={() => void due.refetch()} />}
      {due.data && due.data.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="due-now-heading">
          <Title order={2} id="due-now-heading">
            {t('myMeasures.dueNow')}
          </Title>
          <DueMeasureList due={due.data} />
        </Stack>
      )}
      {measures.isPending ? (
        <ListSkeleton rows={2} height={280} />
      ) : measures.isError && !data ? (
        <QueryError error={measures.error} onRetry={() => void measures.refetch()} />
      ) : nothingYet ? (
        <EmptyState order={2} icon={<IconChartLine size={24} />} title={t('myMeasures.empty.title')} body={t('myMeasures.empty.body')} />
      ) : (
        data && (
          <Stack gap="md" component="section" aria-labelledby="results-heading">
            <Title order={2} id="results-heading">
              {t('myMeasures.results')}
            </Title>
            {/* About scores and their changes, so only where there are scores. */}
            {data.series.length > 0 && <Text>{t('myMeasures.resultsIntro')}</Text>}
            {data.series.map((s) => (
              <MySeriesCard key={s.instrument.key} series={s} />
            ))}
            {data.custom.map((c) => (
              <MyCustomCard key={c.questionnaireId} custom={c} />
            ))}
          </Stack>
        )
      )}
    </Stack>
  );
}
