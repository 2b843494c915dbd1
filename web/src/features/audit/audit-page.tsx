import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useAuditLog, type AuditFilters as Filters } from './audit-api.ts';
import { AuditFilters, isRangeInvalid } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';

export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const [filters, setFilters] = useState<Filters>({ clientId: null, from: '', to: '' });
  const valid = !isRangeInvalid(filters);
  const log = useAuditLog(filters, valid);
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];

  let body;
  if (!valid) body = null;
  else if (log.isPending) {
    body = (
      <Stack gap="xs" aria-hidden>
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} h={40} />
        ))}
      </Stack>
    );
  } else if (log.isError && entries.length === 0) {
    body = <QueryError error={log.error} onRetry={() => void log.refetch()} />;
  } else if (entries.length === 0) {
    body = <Text c="dimmed">{t('audit.empty')}</Text>;
  } else {
    body = (
      <Stack gap="md">
        <AuditTable entries={entries} />
        {/* A failed "load older" keeps the pages already shown. */}
        {log.isError && <QueryError error={log.error} onRetry={() => void log.fetchNextPage()} />}
        <Group justify="center">
          {log.hasNextPage ? (
            <Button
              variant="default"
              leftSection={<IconHistory size={18} aria-hidden />}
              loading={log.isFetchingNextPage}
              onClick={() => void log.fetchNextPage()}
            >
              {t('audit.loadOlder')}
            </Button>
          ) : (
            <Text c="dimmed">{t('audit.end')}</Text>
          )}
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={1200}>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <AuditFilters value={filters} onChange={setFilters} />
      <div aria-busy={log.isFetching}>
        {body}
      </div>
    </Stack>
  );
}
