import { Badge, Stack } from '@mantine/core';
import { IconBooks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { ResourceCard } from './resource-card.tsx';
import { useSharedResources } from './resources-api.ts';

/** What the therapist has shared with this client, newest first. */
export function MyResourcesPage() {
  const { t } = useTranslation();
  usePageTitle(t('resources.mine.title'));
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const shared = useSharedResources(me.user.id);

  let body;
  if (shared.isPending) body = <ListSkeleton rows={3} height={100} />;
  else if (shared.isError) body = <QueryError error={shared.error} onRetry={() => void shared.refetch()} />;
  else if (shared.data.length === 0) {
    body = <EmptyState order={2} icon={<IconBooks size={28} />} title={t('resources.mine.emptyTitle')} body={t('resources.mine.empty')} />;
  } else {
    body = (
      <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('resources.mine.title')}>
        {shared.data.map((r) => (
          <li key={r.id}>
            <ResourceCard
              resource={r}
              to={`/my-resources/${encodeURIComponent(r.id)}`}
              meta={t('resources.sharedMeta', { name: r.sharedBy.name, date: format.date(r.sharedAt) })}
              badge={r.isNew ? <Badge color="blue">{t('common.new')}</Badge> : undefined}
            />
          </li>
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <PageHeader title={t('resources.mine.title')} subtitle={t('resources.mine.subtitle')} />
      {body}
    </Stack>
  );
}
