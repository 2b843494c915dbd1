import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { SafetyPlanPanel } from './safety-plan-panel.tsx';

/** The client's own safety plan, to read in a hard moment and to change when things change. */
export function MySafetyPlanPage() {
  const { t } = useTranslation();
  usePageTitle(t('safety.planTitle'));
  const me = useSession();
  return (
    <Stack gap="lg">
      <PageHeader title={t('safety.planTitle')} subtitle={t('safety.mine.subtitle')} />
      <SafetyPlanPanel clientId={me.user.id} audience={{ kind: 'client' }} order={2} />
    </Stack>
  );
}
