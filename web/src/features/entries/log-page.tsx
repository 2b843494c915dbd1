import { SimpleGrid, Stack, Title } from '@mantine/core';
import { IconChartLine, IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { slugOf } from './entry-values.ts';
import { KindIcon } from './kind-icon.tsx';
import { LinkCard } from '../../app/ui/link-card.tsx';
import { TrackerList } from './tracker-list.tsx';

const KINDS = ['mood', 'thought_record', 'skill', 'activity', 'journal'] as const;

/** The client's self-monitoring: new entries of every kind, one-tap trackers, and the way back to what was logged. */
export function LogPage() {
  const { t } = useTranslation();
  usePageTitle(t('log.title'));
  return (
    <Stack gap="xl">
      <PageHeader title={t('log.title')} subtitle={t('log.subtitle')} />
      <Stack gap="sm" component="section" aria-labelledby="log-add-heading">
        <Title order={2} id="log-add-heading">
          {t('log.add')}
        </Title>
        <SimpleGrid cols={2} spacing="sm">
          {KINDS.map((kind) => (
            <LinkCard key={kind} tile to={`/log/${slugOf(kind)}`} icon={<KindIcon kind={kind} />} title={t(`log.kinds.${kind}.title`)} body={t(`log.kinds.${kind}.short`)} />
          ))}
        </SimpleGrid>
      </Stack>
      <TrackerList />
      <Stack gap="sm" component="section" aria-labelledby="log-back-heading">
        <Title order={2} id="log-back-heading">
          {t('log.lookBack')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <LinkCard to="/log/history" icon={<IconHistory size={24} />} title={t('history.title')} body={t('history.short')} />
          <LinkCard to="/insights" icon={<IconChartLine size={24} />} title={t('insights.myTitle')} body={t('insights.short')} />
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
