import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import type { AdherenceView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';

const BARRIER_KEYS = {
  no_time: 'barriers.no_time',
  forgot: 'barriers.forgot',
  overwhelmed: 'barriers.overwhelmed',
  afraid_of_failing: 'barriers.afraid_of_failing',
  negative_self_talk: 'barriers.negative_self_talk',
  no_point: 'barriers.no_point',
  other: 'barriers.other',
} as const;
const CLIENT_BARRIER_KEYS = {
  no_time: 'barriers.client.no_time',
  forgot: 'barriers.client.forgot',
  overwhelmed: 'barriers.client.overwhelmed',
  afraid_of_failing: 'barriers.client.afraid_of_failing',
  negative_self_talk: 'barriers.client.negative_self_talk',
  no_point: 'barriers.client.no_point',
  other: 'barriers.client.other',
} as const;
type BarrierKey = keyof typeof BARRIER_KEYS;
const known = (b: string): BarrierKey => (b in BARRIER_KEYS ? (b as BarrierKey) : 'other');
/** A barrier as the therapist reads it ("No time"). */
export const barrierKey = (b: string) => BARRIER_KEYS[known(b)];
/** A barrier in the client's own voice ("I didn't have time"). */
export const clientBarrierKey = (b: string) => CLIENT_BARRIER_KEYS[known(b)];

/** "5 of 7 done", a thin bar, and the partly and not-done counts beside it. */
export function AdherenceLine({ a }: { a: AdherenceView }) {
  const { t } = useTranslation();
  if (a.planned === 0) return <Text c="dimmed" size="sm">{t('adherence.nothingDue')}</Text>;
  const others = [
    a.partly > 0 ? t('adherence.partly', { count: a.partly }) : null,
    a.notDone > 0 ? t('adherence.notDone', { count: a.notDone }) : null,
    a.unanswered > 0 ? t('adherence.unanswered', { count: a.unanswered }) : null,
  ].filter((x): x is string => x !== null);
  return (
    <Stack gap={4} miw={160}>
      <Text fw={600}>{t('adherence.done', { done: a.done, planned: a.planned })}</Text>
      <Progress.Root size="sm" aria-hidden>
        <Progress.Section value={(a.done / a.planned) * 100} color="sage" />
        <Progress.Section value={(a.partly / a.planned) * 100} color="sage.3" />
      </Progress.Root>
      {others.length > 0 && (
        <Text size="sm" c="dimmed">
          {others.join(' · ')}
        </Text>
      )}
    </Stack>
  );
}

/** The barriers the client named, most often first. */
export function BarrierBadges({ barriers }: { barriers: Record<string, number> }) {
  const { t } = useTranslation();
  const entries = Object.entries(barriers).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return <Text c="dimmed" size="sm">{t('adherence.noBarriers')}</Text>;
  return (
    <Group gap={6}>
      {entries.map(([b, n]) => (
        <Badge key={b} color="gray">
          {t('adherence.barrierCount', { barrier: t(barrierKey(b)), count: n })}
        </Badge>
      ))}
    </Group>
  );
}
