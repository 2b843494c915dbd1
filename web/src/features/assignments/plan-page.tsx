import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconRoute } from '@tabler/icons-react';
import type { AssignmentView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useAssignments } from './assignments-api.ts';
import { OwnStepModal } from './own-step-modal.tsx';
import { PlanCard } from './plan-card.tsx';

const GROUPS = [
  { status: 'awaiting_confirmation', key: 'awaiting' },
  { status: 'active', key: 'active' },
  { status: 'completed', key: 'completed' },
] as const;

/** The client's plan: waiting for their OK, going on now, and done. */
export function PlanPage() {
  const { t } = useTranslation();
  usePageTitle(t('plan.title'));
  const me = useSession();
  const list = useAssignments(me.user.id);
  const [adding, setAdding] = useState(false);

  let body;
  if (list.isPending) body = <ListSkeleton rows={3} height={96} />;
  else if (list.isError) body = <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.assignments.length === 0) {
    body = <EmptyState icon={<IconRoute size={28} />} order={2} title={t('plan.emptyTitle')} body={t('plan.empty')} />;
  } else {
    body = GROUPS.map(({ status, key }) => {
      const items = list.data.assignments.filter((a: AssignmentView) => a.status === status);
      if (items.length === 0) return null;
      return (
        <Stack gap="sm" key={key} component="section" aria-labelledby={`plan-${key}-heading`}>
          <Title order={2} size="h3" id={`plan-${key}-heading`}>
            {t(`plan.group.${key}`)}
          </Title>
          {key === 'awaiting' && <Text>{t('plan.awaitingIntro')}</Text>}
          <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {items.map((a) => (
              <li key={a.id}>
                <PlanCard a={a} showPlan={key === 'awaiting'} />
              </li>
            ))}
          </Stack>
        </Stack>
      );
    });
  }

  return (
    <Stack gap="lg">
      <PageHeader title={t('plan.title')} subtitle={t('plan.subtitle')} />
      <Group>
        <Button size="md" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
          {t('plan.own.open')}
        </Button>
      </Group>
      {body}
      <OwnStepModal opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
