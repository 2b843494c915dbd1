import { Stack } from '@mantine/core';
import type { InsightRange } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { InsightsPanel } from './insights-panel.tsx';

/** The client's own charts and patterns, from all their entries (shared or not). */
export function MyPatternsPage() {
  const { t } = useTranslation();
  usePageTitle(t('insights.myTitle'));
  const me = useSession();
  const [range, setRange] = useState<InsightRange>('month');
  return (
    <Stack gap="lg">
      <PageHeader title={t('insights.myTitle')} subtitle={t('insights.mySubtitle')} />
      <InsightsPanel clientId={me.user.id} range={range} onRange={setRange} />
    </Stack>
  );
}
