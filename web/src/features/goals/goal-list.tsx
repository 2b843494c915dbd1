import { Anchor, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import type { GoalView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { GoalStatusBadge } from './goal-status-badge.tsx';
import { useGoals } from './goals-api.ts';

// Agreed and open goals first; closed ones after.
const ORDER: Record<GoalView['status'], number> = { proposed: 0, active: 1, on_hold: 2, achieved: 3, let_go: 4 };

interface Props {
  clientId: string;
  /** Where one goal opens. */
  linkTo: (goal: GoalView) => string;
  emptyBody: string;
}

export function GoalList({ clientId, linkTo, emptyBody }: Props) {
  const { t } = useTranslation();
  const goals = useGoals(clientId);
  if (goals.isPending) return <ListSkeleton rows={2} height={96} />;
  if (goals.isError) return <QueryError error={goals.error} onRetry={() => void goals.refetch()} />;
  if (goals.data.length === 0) {
    return <EmptyState icon={<IconTargetArrow size={28} />} title={t('goals.list.emptyTitle')} body={emptyBody} />;
  }
  const sorted = [...goals.data].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return (
    <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {sorted.map((goal) => (
        <li key={goal.id}>
          <GoalCard goal={goal} to={linkTo(goal)} />
        </li>
      ))}
    </Stack>
  );
}

function GoalCard({ goal, to }: { goal: GoalView; to: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const done = goal.steps.filter((s) => s.doneAt !== null).length;
  const waitingForMe = goal.openProposal !== null && goal.openProposal.proposedBy.role !== me.user.role;
  return (
    <Paper>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Anchor component={Link} to={to} fw={600} fz="lg">
            {goal.title}
          </Anchor>
          <GoalStatusBadge status={goal.status} />
        </Group>
        {waitingForMe && (
          <Text fw={600} c="var(--mantine-color-anchor)">
            {t('goals.list.waitingForYou')}
          </Text>
        )}
        {goal.steps.length > 0 && (
          <div>
            <Text size="sm">{t('goals.steps.progress', { done, count: goal.steps.length })}</Text>
            <Progress value={(done / goal.steps.length) * 100} size="sm" mt={4} aria-hidden />
          </div>
        )}
        {goal.targetDate && (
          <Text size="sm" c="dimmed">
            {t('goals.list.target', { date: format.calendarDate(goal.targetDate) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
