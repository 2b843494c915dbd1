import { Group, SegmentedControl, Stack } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { AlertList } from './alert-list.tsx';
import { useAlerts, type AlertStatus } from './safety-api.ts';

const isStatus = (value: string): value is AlertStatus => value === 'open' || value === 'all';

/** Risk answers from clients on the therapist's care teams, open ones first to hand. */
export function AlertsPage() {
  const { t } = useTranslation();
  usePageTitle(t('alerts.title'));
  const [status, setStatus] = useState<AlertStatus>('open');
  const alerts = useAlerts(status);

  let body;
  if (alerts.isPending) body = <ListSkeleton rows={3} height={140} />;
  else if (alerts.isError) body = <QueryError error={alerts.error} onRetry={() => void alerts.refetch()} />;
  else if (alerts.data.length === 0) {
    body = (
      <EmptyState
        order={2}
        icon={<IconShieldCheck size={28} />}
        title={status === 'open' ? t('alerts.emptyOpenTitle') : t('alerts.emptyAllTitle')}
        body={status === 'open' ? t('alerts.emptyOpen') : t('alerts.emptyAll')}
      />
    );
  } else body = <AlertList alerts={alerts.data} showClient label={t('alerts.listLabel')} />;

  return (
    <Stack gap="lg" maw={900}>
      <PageHeader title={t('alerts.title')} subtitle={t('alerts.subtitle')} />
      <Group>
        <SegmentedControl
          aria-label={t('alerts.filterLabel')}
          size="md"
          value={status}
          onChange={(value) => {
            if (isStatus(value)) setStatus(value);
          }}
          data={[
            { value: 'open', label: t('alerts.filter.open') },
            { value: 'all', label: t('alerts.filter.all') },
          ]}
        />
      </Group>
      {body}
    </Stack>
  );
}
