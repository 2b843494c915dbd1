import { Group, Progress, Stack, Text } from '@mantine/core';
import { IconConfetti } from '@tabler/icons-react';
import type { TodayView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { TodayCard } from './today-card.tsx';

/**
 * Progress that a missed day never wipes out: what was done this week, goals reached,
 * and "5 of the last 7 days" per practice. Only what is there is counted; zeros stay quiet.
 */
export function SmallWins({ wins }: { wins: TodayView['wins'] }) {
  const { t } = useTranslation();
  const tiles = [
    { value: wins.checkInsDoneThisWeek, label: t('wins.checkIns', { count: wins.checkInsDoneThisWeek }) },
    { value: wins.stepsDoneThisWeek, label: t('wins.steps', { count: wins.stepsDoneThisWeek }) },
    { value: wins.goalsAchieved, label: t('wins.goals', { count: wins.goalsAchieved }) },
  ].filter((tile) => tile.value > 0);
  const practice = wins.practice.filter((p) => p.daysDone > 0);
  return (
    <TodayCard id="wins-heading" icon={<IconConfetti size={24} />} title={t('wins.title')}>
      {tiles.length === 0 && practice.length === 0 && <Text>{t('wins.none')}</Text>}
      {tiles.length > 0 && (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {tiles.map((tile) => (
            <Group component="li" key={tile.label} gap="sm" wrap="nowrap">
              <Text fz={28} fw={700} lh={1.1} miw={36} ta="right">
                {tile.value}
              </Text>
              <Text>{tile.label}</Text>
            </Group>
          ))}
        </Stack>
      )}
      {practice.length > 0 && (
        <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {practice.map((p) => (
            <li key={p.assignmentId}>
              <Text fw={600}>{p.title}</Text>
              <Text>{t('wins.practiceDays', { done: p.daysDone, window: p.window })}</Text>
              <Progress value={(p.daysDone / p.window) * 100} mt={4} aria-hidden />
            </li>
          ))}
        </Stack>
      )}
    </TodayCard>
  );
}
