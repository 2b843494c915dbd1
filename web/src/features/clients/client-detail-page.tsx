import { Alert, Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconBooks, IconCalendarEvent, IconChartLine, IconLifebuoy, IconListCheck, IconMessages, IconReportMedical, IconTargetArrow, IconUser, IconUserQuestion } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { ClientSessionsTab } from '../appointments/client-sessions-tab.tsx';
import { ClientHomeworkTab } from '../assignments/client-homework-tab.tsx';
import { ClientGoalsTab } from '../goals/client-goals-tab.tsx';
import { ClientMeasuresTab } from '../measures/client-measures-tab.tsx';
import { ClientResourcesTab } from '../resources/client-resources-tab.tsx';
import { ClientSafetyTab } from '../safety/client-safety-tab.tsx';
import { ClientMessagesTab } from '../messages/client-messages-tab.tsx';
import { CareTeamSection } from './care-team-section.tsx';
import { StartSessionButton } from '../session-view/start-session-button.tsx';
import { BeforeSessionButton } from '../caseload/before-session-button.tsx';
import { NudgeButton } from '../reminders/nudge-button.tsx';

// Charts are heavy: the Insights tab's code loads when the tab is opened.
const ClientInsightsTab = lazy(async () => ({ default: (await import('../insights/client-insights-tab.tsx')).ClientInsightsTab }));
import { useClient } from './clients-api.ts';

const TABS = ['overview', 'sessions', 'messages', 'goals', 'homework', 'measures', 'safety', 'resources', 'insights'] as const;
type Tab = (typeof TABS)[number];

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/clients">
      <Group gap={4} component="span">
        <IconArrowLeft size={18} aria-hidden />
        {t('clients.detail.back')}
      </Group>
    </Anchor>
  );
}

export function ClientDetailPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const client = useClient(clientId);
  const [params, setParams] = useSearchParams();
  // Generic on purpose: a client's name in the tab title shows in history and over shoulders.
  usePageTitle(t('clients.detail.title'));

  if (client.isPending) {
    return (
      <Stack gap="lg" maw={900}>
        <BackLink />
        <Title order={1}>{t('clients.detail.title')}</Title>
        <Skeleton h={120} aria-hidden />
        <Skeleton h={200} aria-hidden />
      </Stack>
    );
  }

  if (client.isError) {
    // Someone else's client answers 404, the same as one that does not exist.
    const missing = isApiError(client.error) && client.error.status === 404;
    return (
      <Stack gap="lg" maw={900}>
        <BackLink />
        <Title order={1}>{missing ? t('clients.detail.notFoundTitle') : t('clients.detail.title')}</Title>
        {missing ? (
          <Alert color="gray" variant="light" icon={<IconUserQuestion aria-hidden />}>
            {t('clients.detail.notFound')}
          </Alert>
        ) : (
          <QueryError error={client.error} onRetry={() => void client.refetch()} />
        )}
      </Stack>
    );
  }

  const detail = client.data;
  const facts = [
    { label: t('form.email'), value: detail.email },
    { label: t('timeZone.label'), value: detail.timeZone },
    { label: t('clients.detail.joined'), value: format.date(detail.joinedAt) },
  ];

  const tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'overview';
  const select = (next: string | null) =>
    setParams(next && next !== 'overview' ? { tab: next } : {}, { replace: true, preventScrollReset: true });

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap="xs">
        <BackLink />
        <Group justify="space-between" align="center" gap="sm">
          <Title order={1}>{detail.name}</Title>
          <Group gap="sm">
            <NudgeButton key={detail.id} clientId={detail.id} clientName={detail.name} />
            <BeforeSessionButton clientId={detail.id} size="md" />
            <StartSessionButton clientId={detail.id} size="md" />
          </Group>
        </Group>
      </Stack>
      <Tabs value={tab} onChange={select} keepMounted={false}>
        <Tabs.List aria-label={t('clients.tabs.label')}>
          <Tabs.Tab value="overview" leftSection={<IconUser size={18} aria-hidden />}>
            {t('clients.tabs.overview')}
          </Tabs.Tab>
          <Tabs.Tab value="sessions" leftSection={<IconCalendarEvent size={18} aria-hidden />}>
            {t('appointments.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="messages" leftSection={<IconMessages size={18} aria-hidden />}>
            {t('messages.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="goals" leftSection={<IconTargetArrow size={18} aria-hidden />}>
            {t('clients.tabs.goals')}
          </Tabs.Tab>
          <Tabs.Tab value="homework" leftSection={<IconListCheck size={18} aria-hidden />}>
            {t('clients.tabs.homework')}
          </Tabs.Tab>
          <Tabs.Tab value="measures" leftSection={<IconReportMedical size={18} aria-hidden />}>
            {t('measures.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="safety" leftSection={<IconLifebuoy size={18} aria-hidden />}>
            {t('safety.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="resources" leftSection={<IconBooks size={18} aria-hidden />}>
            {t('clients.tabs.resources')}
          </Tabs.Tab>
          <Tabs.Tab value="insights" leftSection={<IconChartLine size={18} aria-hidden />}>
            {t('clients.tabs.insights')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="lg">
          <Stack gap="xl">
            <Paper component="section" aria-labelledby="client-details-heading">
              <Title order={2} id="client-details-heading" size="h3" mb="md">
                {t('clients.detail.details')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" component="dl" m={0}>
                {facts.map((fact) => (
                  <div key={fact.label}>
                    <Text component="dt" c="dimmed" size="sm">
                      {fact.label}
                    </Text>
                    <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
                      {fact.value}
                    </Text>
                  </div>
                ))}
              </SimpleGrid>
            </Paper>
            <CareTeamSection client={detail} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="sessions" pt="lg">
          <ClientSessionsTab client={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="messages" pt="lg">
          <ClientMessagesTab client={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="goals" pt="lg">
          <ClientGoalsTab client={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="homework" pt="lg">
          <ClientHomeworkTab client={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="measures" pt="lg">
          <ClientMeasuresTab client={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="safety" pt="lg">
          <ClientSafetyTab client={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="resources" pt="lg">
          <ClientResourcesTab client={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="insights" pt="lg">
          <Suspense fallback={<Skeleton h={300} aria-hidden />}>
            <ClientInsightsTab client={detail} />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
