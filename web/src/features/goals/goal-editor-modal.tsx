import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { GoalView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { AppModal } from '../../app/ui/app-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { required } from '../../app/ui/validators.ts';
import { GoalForm } from './goal-form.tsx';
import { changedFields, emptyGoalValues, GAS_KEYS, goalValues, toFields, withChanges, type GoalFormValues } from './goal-form-values.ts';
import { useProposeEdit, useProposeGoal } from './goals-api.ts';

/** create: a new goal. edit: propose changes to an agreed goal. counter: change an open proposal. */
export type GoalEditorMode = { kind: 'create'; clientId: string } | { kind: 'edit'; goal: GoalView } | { kind: 'counter'; goal: GoalView };

interface Props {
  mode: GoalEditorMode | null;
  /** Who will be asked to agree: the client's name for therapists, "your therapist" for clients. */
  otherSide: string;
  onClose: () => void;
  onCreated?: (goal: GoalView) => void;
}

function initialValues(mode: GoalEditorMode): GoalFormValues {
  if (mode.kind === 'create') return emptyGoalValues();
  if (mode.kind === 'counter' && mode.goal.openProposal?.kind === 'edit') {
    return goalValues(withChanges(mode.goal, mode.goal.openProposal.changes));
  }
  return goalValues(mode.goal);
}

const titleKey = {
  create: 'goals.editor.createTitle',
  edit: 'goals.editor.editTitle',
  counter: 'goals.editor.counterTitle',
} as const;

export function GoalEditorModal({ mode, ...rest }: Props) {
  const { t } = useTranslation();
  // Keyed, so each goal and mode starts from its own values.
  const key = mode ? `${mode.kind}:${mode.kind === 'create' ? mode.clientId : mode.goal.id}` : 'none';
  return (
    <AppModal opened={mode !== null} onClose={rest.onClose} title={mode ? t(titleKey[mode.kind]) : ''} size={980}>
      {mode && <GoalEditorForm key={key} mode={mode} {...rest} />}
    </AppModal>
  );
}

function GoalEditorForm({ mode, otherSide, onClose, onCreated }: Props & { mode: GoalEditorMode }) {
  const { t } = useTranslation();
  const applyApiError = useApplyApiError();
  const mine = useSession().user.role === 'client';
  const create = useProposeGoal(mode.kind === 'create' ? mode.clientId : '');
  const edit = useProposeEdit(mode.kind !== 'create' ? mode.goal.id : '');
  const [formError, setFormError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const form = useForm<GoalFormValues>({
    initialValues: initialValues(mode),
    validate: (values) => ({
      title: required(t)(values.title),
      ...Object.fromEntries(
        GAS_KEYS.map((k) => [`gasLevels.${k}`, values.useGas && !values.gasLevels[k].trim() ? t('form.required') : null]),
      ),
    }),
  });

  const done = () => {
    notify({ message: t('goals.editor.proposed', { name: otherSide }) });
    onClose();
  };

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const onError = (error: unknown) =>
      setFormError(applyApiError(form, error, { prefix: mode.kind === 'create' ? 'fields.' : 'changes.' }));
    if (mode.kind === 'create') {
      create.mutate(
        { fields: toFields(values), note: note.trim() },
        {
          onSuccess: (goal) => {
            done();
            onCreated?.(goal);
          },
          onError,
        },
      );
      return;
    }
    // Compared with the goal as it stands, so a counter-proposal keeps the other side's changes.
    const changes = changedFields(mode.goal, values);
    if (!form.isDirty() || Object.keys(changes).length === 0) {
      setFormError(t('goals.editor.nothingChanged'));
      return;
    }
    edit.mutate({ changes, note: note.trim() }, { onSuccess: done, onError });
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <Text>{t(mode.kind !== 'create' ? 'goals.editor.introEdit' : mine ? 'goals.editor.introCreateMine' : 'goals.editor.introCreate', { name: otherSide })}</Text>
        <FormAlert message={formError} />
        <GoalForm form={form} clientId={mode.kind === 'create' ? mode.clientId : mode.goal.clientId} />
        <Textarea
          label={t('goals.editor.note')}
          description={t('goals.editor.noteHint', { name: otherSide })}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || edit.isPending}>
            {mode.kind === 'create' ? t('goals.editor.submitCreate') : t('goals.editor.submitEdit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
