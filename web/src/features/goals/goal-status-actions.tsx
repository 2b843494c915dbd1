import { Button, Group, Text } from '@mantine/core';
import type { GoalView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ConfirmModal } from '../../app/ui/confirm-modal.tsx';
import { notify } from '../../app/ui/notify.ts';
import { useGoalStatus, type GoalStatus } from './goals-api.ts';

type Target = Exclude<GoalStatus, 'proposed'>;

const NEXT: Record<GoalStatus, Target[]> = {
  proposed: [],
  active: ['on_hold', 'achieved', 'let_go'],
  on_hold: ['active', 'achieved', 'let_go'],
  achieved: ['active'],
  let_go: ['active'],
};

const LABELS = {
  active: 'goals.statusAction.reactivate',
  on_hold: 'goals.statusAction.onHold',
  achieved: 'goals.statusAction.achieved',
  let_go: 'goals.statusAction.letGo',
} as const;

const DONE = {
  active: 'goals.statusAction.reactivated',
  on_hold: 'goals.statusAction.onHoldDone',
  achieved: 'goals.statusAction.achievedDone',
  let_go: 'goals.statusAction.letGoDone',
} as const;

/** On hold, achieved, let go (asked first), or back to active. */
export function GoalStatusActions({ goal }: { goal: GoalView }) {
  const { t } = useTranslation();
  const status = useGoalStatus(goal.id);
  const [lettingGo, setLettingGo] = useState(false);
  if (goal.status === 'proposed') return <Text c="dimmed">{t('goals.statusAction.proposedHint')}</Text>;

  const change = (next: Target) =>
    status.mutate(next, {
      onSuccess: () => {
        setLettingGo(false);
        notify({ message: t(DONE[next]) });
      },
      onError: (error) => {
        if (next !== 'let_go') notify({ tone: 'error', message: errorMessage(t, error) });
      },
    });

  return (
    <Group gap="sm">
      {NEXT[goal.status].map((next) => (
        <Button
          key={next}
          variant={next === 'achieved' ? 'light' : next === 'let_go' ? 'subtle' : 'default'}
          color={next === 'let_go' ? 'red' : undefined}
          loading={status.isPending && status.variables === next}
          onClick={() => (next === 'let_go' ? setLettingGo(true) : change(next))}
        >
          {t(LABELS[next])}
        </Button>
      ))}
      <ConfirmModal
        opened={lettingGo}
        title={t('goals.statusAction.letGoTitle')}
        confirmLabel={t('goals.statusAction.letGo')}
        loading={status.isPending}
        error={status.isError ? errorMessage(t, status.error) : null}
        onClose={() => {
          setLettingGo(false);
          status.reset();
        }}
        onConfirm={() => change('let_go')}
      >
        {t('goals.statusAction.letGoBody', { title: goal.title })}
      </ConfirmModal>
    </Group>
  );
}
