import { Button, Group, Paper, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarPlus, IconPlus } from '@tabler/icons-react';
import type { GoalView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ConfirmModal } from '../../app/ui/confirm-modal.tsx';
import { useAddStep, useDeleteStep, type GoalStep } from './goals-api.ts';
import { StepRow } from './step-row.tsx';

interface Props {
  goal: GoalView;
  /** Turns the next step into something planned (an action step, or the client's own step). */
  onPlanStep?: (step: GoalStep) => void;
  planLabel?: string;
}

/** The goal broken into small steps, in order, with the next one ready to plan. */
export function GoalSteps({ goal, onPlanStep, planLabel }: Props) {
  const { t } = useTranslation();
  const add = useAddStep(goal.id);
  const remove = useDeleteStep(goal.id);
  const [title, setTitle] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<GoalStep | null>(null);
  const done = goal.steps.filter((s) => s.doneAt !== null).length;
  const next = goal.steps.find((s) => s.doneAt === null);
  const closed = goal.status === 'achieved' || goal.status === 'let_go';

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return setAddError(t('form.required'));
    add.mutate(title.trim(), {
      onSuccess: () => {
        setTitle('');
        setAddError(null);
      },
      onError: (error) => setAddError(errorMessage(t, error)),
    });
  };
  const closeDelete = () => {
    setDeleting(null);
    remove.reset();
  };

  return (
    <Paper component="section" aria-labelledby="steps-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="steps-heading">
          {t('goals.steps.title')}
        </Title>
        {goal.steps.length === 0 ? (
          <Text c="dimmed">{t('goals.steps.empty')}</Text>
        ) : (
          <div>
            <Text>{t('goals.steps.progress', { done, count: goal.steps.length })}</Text>
            <Progress value={(done / goal.steps.length) * 100} mt={4} aria-hidden />
          </div>
        )}
        <Stack gap={4} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {goal.steps.map((step, index) => (
            <li key={step.id}>
              <StepRow goalId={goal.id} step={step} index={index} count={goal.steps.length} onDelete={setDeleting} />
              {onPlanStep && planLabel && step.id === next?.id && !closed && (
                <Button
                  variant="light"
                  ml={{ base: 0, xs: 36 }}
                  mb="xs"
                  leftSection={<IconCalendarPlus size={18} aria-hidden />}
                  onClick={() => onPlanStep(step)}
                >
                  {planLabel}
                </Button>
              )}
            </li>
          ))}
        </Stack>
        <form noValidate onSubmit={submit}>
          <Group gap="xs" align="flex-start">
            <TextInput
              label={t('goals.steps.newLabel')}
              placeholder={t('goals.steps.newPlaceholder')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={addError}
              style={{ flex: 1, minWidth: 220 }}
            />
            <Button type="submit" variant="default" mt={{ base: 0, xs: 28 }} loading={add.isPending} leftSection={<IconPlus size={18} aria-hidden />}>
              {t('goals.steps.add')}
            </Button>
          </Group>
        </form>
      </Stack>
      <ConfirmModal
        opened={deleting !== null}
        title={t('goals.steps.deleteTitle')}
        confirmLabel={t('goals.steps.delete')}
        loading={remove.isPending}
        error={remove.isError ? errorMessage(t, remove.error) : null}
        onClose={closeDelete}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: closeDelete })}
      >
        {t('goals.steps.deleteBody', { title: deleting?.title ?? '' })}
      </ConfirmModal>
    </Paper>
  );
}
