import { Stack, Text, Title } from '@mantine/core';
import type { ClientDetail } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { AlertList } from './alert-list.tsx';
import { useClientAlerts } from './safety-api.ts';
import { SafetyPlanPanel } from './safety-plan-panel.tsx';

function ClientAlerts({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const alerts = useClientAlerts(client.id);
  if (alerts.isPending) return <ListSkeleton rows={2} height={120} />;
  if (alerts.isError) return <QueryError error={alerts.error} onRetry={() => void alerts.refetch()} />;
  if (alerts.data.length === 0) return <Text c="dimmed">{t('alerts.clientEmpty', { name: client.name })}</Text>;
  // Open alerts first: they are what someone has to act on.
  const open = alerts.data.filter((a) => a.acknowledgedAt === null);
  const done = alerts.data.filter((a) => a.acknowledgedAt !== null);
  return (
    <Stack gap="md">
      {open.length > 0 && (
        <Stack gap="sm">
          <Title order={3}>{t('alerts.openTitle')}</Title>
          <AlertList alerts={open} showClient={false} label={t('alerts.openTitle')} />
        </Stack>
      )}
      {done.length > 0 && (
        <Stack gap="sm">
          <Title order={3}>{t('alerts.acknowledgedTitle')}</Title>
          <AlertList alerts={done} showClient={false} label={t('alerts.acknowledgedTitle')} />
        </Stack>
      )}
    </Stack>
  );
}

/** The Safety tab of a client's page: risk answers to acknowledge, and the safety plan. */
export function ClientSafetyTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <Stack gap="md" component="section" aria-labelledby="client-alerts-heading">
        <Title order={2} id="client-alerts-heading">
          {t('alerts.title')}
        </Title>
        <ClientAlerts client={client} />
      </Stack>
      <Stack gap="md" component="section" aria-labelledby="client-plan-heading">
        <div>
          <Title order={2} id="client-plan-heading">
            {t('safety.tabPlanTitle')}
          </Title>
          <Text c="dimmed" mt={4}>
            {t('safety.tabPlanIntro', { name: client.name })}
          </Text>
        </div>
        <SafetyPlanPanel clientId={client.id} audience={{ kind: 'therapist', clientName: client.name }} order={3} />
      </Stack>
    </Stack>
  );
}
