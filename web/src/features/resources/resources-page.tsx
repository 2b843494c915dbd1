import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBooks, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { ResourceCard } from './resource-card.tsx';
import { ResourceEditorModal } from './resource-editor-modal.tsx';
import { useResources } from './resources-api.ts';

/** The therapist's library: the practice's resources and their own private ones. */
export function ResourcesPage() {
  const { t } = useTranslation();
  usePageTitle(t('resources.title'));
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState<string | null>(null);
  const [q] = useDebouncedValue(query.trim(), 300);
  const all = useResources();
  const list = useResources({ q, tag });
  const [creating, setCreating] = useState(false);
  const tags = [...new Set((all.data ?? []).flatMap((r) => r.tags))].sort();
  const filtered = q.length > 0 || tag !== null;

  let body;
  if (list.isPending) body = <ListSkeleton rows={3} height={120} />;
  else if (list.isError) body = <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.length === 0) {
    body = filtered ? (
      <EmptyState order={2} icon={<IconSearch size={28} />} title={t('resources.noMatchTitle')} body={t('resources.noMatch')} />
    ) : (
      <EmptyState order={2} icon={<IconBooks size={28} />} title={t('resources.emptyTitle')} body={t('resources.empty')} />
    );
  } else {
    body = (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('resources.listLabel')}>
        {list.data.map((r) => (
          <li key={r.id}>
            <ResourceCard resource={r} to={`/resources/${encodeURIComponent(r.id)}`} meta={t('resources.by', { name: r.owner.name })} />
          </li>
        ))}
      </SimpleGrid>
    );
  }

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end" gap="md">
        <PageHeader title={t('resources.title')} subtitle={t('resources.subtitle')} />
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
          {t('resources.new')}
        </Button>
      </Group>
      <Group gap="sm" align="flex-end" role="search" aria-label={t('resources.searchLabel')}>
        <TextInput
          label={t('resources.search')}
          placeholder={t('resources.searchPlaceholder')}
          leftSection={<IconSearch size={18} aria-hidden />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          type="search"
          w={{ base: '100%', xs: 320 }}
        />
        <Select
          label={t('resources.tag')}
          placeholder={t('resources.allTags')}
          data={tags}
          value={tag}
          onChange={setTag}
          clearable
          clearButtonProps={{ 'aria-label': t('resources.clearTag') }}
          searchable
          nothingFoundMessage={t('resources.nothingFound')}
          w={{ base: '100%', xs: 240 }}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      {body}
      <ResourceEditorModal
        resource={creating ? 'new' : null}
        onClose={() => setCreating(false)}
        onSaved={(r) => void navigate(`/resources/${encodeURIComponent(r.id)}`)}
      />
    </Stack>
  );
}
