import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconReportMedical } from '@tabler/icons-react';
import type { ClientDetail } from '@stepwise/domain';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { MeasureSchedules } from './measure-schedules.tsx';
import { useClientMeasures } from './measures-api.ts';
import { ScheduleMeasureModal } from './schedule-measure-modal.tsx';

// The client's page loads this tab with the page; its charts load only when there are results.
const MeasureResults = lazy(async () => ({ default: (await import('./measure-results.tsx')).MeasureResults }));

/** The Measures tab of a client's page: what is scheduled, and the results over time. */
export function ClientMeasuresTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const measures = useClientMeasures(client.id);
  const [scheduling, setScheduling] = useState(false);
  const active = measures.data?.schedules.filter((s) => s.endedAt === null) ?? [];

  let body;
  if (measures.isPending) body = <ListSkeleton rows={3} />;
  else if (measures.isError) body = <QueryError error={measures.error} onRetry={() => void measures.refetch()} />;
  else if (active.length === 0 && measures.data.series.length === 0 && measures.data.custom.length === 0) {
    body = (
      <EmptyState
        icon={<IconReportMedical size={28} />}
        title={t('measures.tabPage.emptyTitle')}
        body={t('measures.tabPage.empty', { name: client.name })}
      />
    );
  } else {
    const hasResults = measures.data.series.length > 0 || measures.data.custom.length > 0;
    body = (
      <Stack gap="lg">
        <MeasureSchedules clientId={client.id} clientName={client.name} schedules={active} />
        {hasResults ? (
          <Suspense fallback={<ListSkeleton rows={2} height={240} />}>
            <MeasureResults data={measures.data} />
          </Suspense>
        ) : (
          <Text>{t('measures.tabPage.noResults', { name: client.name })}</Text>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="client-measures-heading">
      <Group justify="space-between" gap="sm">
        <Title order={2} id="client-measures-heading">
          {t('measures.tabPage.title')}
        </Title>
        <Button leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={() => setScheduling(true)}>
          {t('measures.tabPage.schedule')}
        </Button>
      </Group>
      {body}
      <ScheduleMeasureModal opened={scheduling} onClose={() => setScheduling(false)} client={client} scheduled={active} />
    </Stack>
  );
}
