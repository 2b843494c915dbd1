import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { GoalView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { describeChanges } from './goal-changes.ts';

const STATUS_COLORS = { accepted: 'sage', declined: 'gray', superseded: 'gray', open: 'blue' } as const;

/** Every proposal on this goal, newest first, with who decided what. */
export function GoalHistory({ goal }: { goal: GoalView }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const past = goal.proposals.filter((p) => p.status !== 'open').reverse();
  return (
    <Stack gap="sm" component="section" aria-labelledby="goal-history-heading">
      <Title order={2} size="h3" id="goal-history-heading">
        {t('goals.history.title')}
      </Title>
      {past.length === 0 ? (
        <Text c="dimmed">{t('goals.history.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {past.map((p) => {
            const changes = p.kind === 'edit' ? describeChanges(t, format, p.changes) : [];
            return (
              <li key={p.id}>
                <Stack gap={4}>
                  <Group gap="xs">
                    <Text fw={600}>
                      {t(p.kind === 'create' ? 'goals.history.created' : 'goals.history.edited', { name: p.proposedBy.name })}
                    </Text>
                    <Badge color={STATUS_COLORS[p.status]} size="md">
                      {t(`goals.proposalStatus.${p.status}`)}
                    </Badge>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {format.dateTime(p.createdAt)}
                    {p.decidedBy && p.decidedAt && p.status !== 'superseded'
                      ? ` · ${t('goals.history.decidedBy', { name: p.decidedBy.name, date: format.date(p.decidedAt) })}`
                      : ''}
                  </Text>
                  {changes.length > 0 && (
                    <List size="sm" spacing={2}>
                      {changes.map((c) => (
                        <List.Item key={c.field}>
                          {c.field}: {c.value}
                        </List.Item>
                      ))}
                    </List>
                  )}
                  {p.note && <Text size="sm">“{p.note}”</Text>}
                </Stack>
              </li>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
