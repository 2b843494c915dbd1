import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { ClientDetail, GoalView } from '@stepwise/domain';
import { IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { GasSection } from '../goals/gas-section.tsx';
import { signed } from '../goals/goal-form-values.ts';
import { useGoals } from '../goals/goals-api.ts';

const goalPath = (clientId: string, goalId: string) => `/clients/${encodeURIComponent(clientId)}/goals/${encodeURIComponent(goalId)}`;

/** Step 3: each active goal with its attainment scale, rated together in the session. */
export function GoalsStep({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const goals = useGoals(client.id);
  if (goals.isPending) return <ListSkeleton rows={2} height={200} />;
  if (goals.isError) return <QueryError error={goals.error} onRetry={() => void goals.refetch()} />;
  const active = goals.data.filter((g) => g.status === 'active');
  return (
    <Stack gap="md">
      <Text>{t('sessionView.goals.intro')}</Text>
      {active.length === 0 ? (
        <EmptyState icon={<IconTargetArrow size={28} />} title={t('sessionView.goals.emptyTitle')} body={t('sessionView.goals.empty', { name: client.name })} />
      ) : (
        <Stack gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {active.map((goal) => (
            <li key={goal.id}>
              <GoalCard goal={goal} clientId={client.id} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function GoalCard({ goal, clientId }: { goal: GoalView; clientId: string }) {
  const { t } = useTranslation();
  const format = useFormat(useSession().user.timeZone);
  const latest = goal.gasRatings.at(-1);
  const headingId = `session-goal-${goal.id}`;
  return (
    <Paper component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={3} id={headingId}>
            <Anchor component={Link} to={goalPath(clientId, goal.id)} inherit>
              {goal.title}
            </Anchor>
          </Title>
          <Text c="dimmed" size="sm">
            {latest && goal.gasLevels
              ? t('sessionView.goals.latest', { level: `${signed(latest.level)} · ${goal.gasLevels[String(latest.level) as keyof typeof goal.gasLevels]}`, date: format.date(latest.ratedAt) })
              : t('sessionView.goals.notRated')}
          </Text>
        </div>
        <GasSection goal={goal} headingOrder={4} />
      </Stack>
    </Paper>
  );
}
