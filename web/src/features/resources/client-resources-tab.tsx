import { Badge, Button, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBooks, IconShare } from '@tabler/icons-react';
import type { ClientDetail } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { notify } from '../../app/ui/notify.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { ResourceCard } from './resource-card.tsx';
import { useResources, useSharedResources, useShareResource } from './resources-api.ts';

/** The Resources tab of a client's page: what they have, and sharing more from the library. */
export function ClientResourcesTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const shared = useSharedResources(client.id);
  const library = useResources();
  const share = useShareResource(client.id);
  const [selected, setSelected] = useState<string | null>(null);
  const sharedIds = new Set((shared.data ?? []).map((r) => r.id));
  const options = (library.data ?? []).filter((r) => !sharedIds.has(r.id)).map((r) => ({ value: r.id, label: r.title }));

  const submit = () => {
    if (!selected) return;
    share.mutate(selected, {
      onSuccess: (r) => {
        setSelected(null);
        notify({ message: t('resources.shared', { title: r.title, name: client.name }) });
      },
      onError: (error) => notify({ tone: 'error', message: errorMessage(t, error) }),
    });
  };

  let body;
  if (shared.isPending) body = <ListSkeleton rows={2} height={100} />;
  else if (shared.isError) body = <QueryError error={shared.error} onRetry={() => void shared.refetch()} />;
  else if (shared.data.length === 0) {
    body = <EmptyState icon={<IconBooks size={28} />} title={t('resources.clientTab.emptyTitle')} body={t('resources.clientTab.empty', { name: client.name })} />;
  } else {
    body = (
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('resources.clientTab.listLabel', { name: client.name })}>
        {shared.data.map((r) => (
          <li key={r.id}>
            <ResourceCard
              resource={r}
              to={`/resources/${encodeURIComponent(r.id)}`}
              meta={t('resources.sharedMeta', { name: r.sharedBy.name, date: format.date(r.sharedAt) })}
              badge={r.isNew ? <Badge color="blue" size="md">{t('resources.notOpened')}</Badge> : undefined}
            />
          </li>
        ))}
      </SimpleGrid>
    );
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="client-resources-heading">
      <Title order={2} id="client-resources-heading">
        {t('resources.clientTab.title')}
      </Title>
      <Text c="dimmed">{t('resources.clientTab.intro', { name: client.name })}</Text>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('resources.clientTab.shareLabel')}
          placeholder={library.isPending ? t('app.loading') : t('resources.clientTab.sharePlaceholder')}
          data={options}
          value={selected}
          onChange={setSelected}
          searchable
          nothingFoundMessage={t('resources.nothingFound')}
          disabled={library.isPending}
          w={{ base: '100%', xs: 380 }}
          comboboxProps={{ withinPortal: true }}
        />
        <Button leftSection={<IconShare size={18} aria-hidden />} onClick={submit} disabled={!selected} loading={share.isPending}>
          {t('resources.clientTab.share')}
        </Button>
      </Group>
      {library.isError && <QueryError error={library.error} onRetry={() => void library.refetch()} />}
      {body}
    </Stack>
  );
}
