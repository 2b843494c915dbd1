import { Alert, Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { CareTeamSection } from './care-team-section.tsx';
import { useClient } from './clients-api.ts';

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

  return (
    <Stack gap="xl" maw={900}>
      <Stack gap="xs">
        <BackLink />
        <Title order={1}>{detail.name}</Title>
      </Stack>
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
  );
}
