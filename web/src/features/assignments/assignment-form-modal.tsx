import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AssignmentView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { AppModal } from '../../app/ui/app-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { AssignmentForm } from './assignment-form.tsx';
import {
  assignmentFormErrors,
  assignmentValues,
  changedAssignmentFields,
  emptyAssignment,
  toAssignmentInput,
  type AssignmentFormValues,
  type AssignmentPrefill,
} from './assignment-values.ts';
import { useCreateAssignment, useReview } from './assignments-api.ts';

export type AssignmentFormMode =
  | { kind: 'create'; prefill?: AssignmentPrefill }
  | { kind: 'adjust'; assignment: AssignmentView; note: string; onAdjusted?: () => void };

interface Props {
  mode: AssignmentFormMode | null;
  clientId: string;
  clientName: string;
  /** The client's own calendar date, where new schedules start. */
  today: string;
  onClose: () => void;
}

export function AssignmentFormModal({ mode, ...rest }: Props) {
  const { t } = useTranslation();
  const title = mode?.kind === 'adjust' ? t('assignments.form.adjustTitle') : t('assignments.form.createTitle');
  return (
    <AppModal opened={mode !== null} onClose={rest.onClose} title={title} size="xl">
      {mode && <AssignmentFormBody key={mode.kind === 'adjust' ? mode.assignment.id : 'create'} mode={mode} {...rest} />}
    </AppModal>
  );
}

function AssignmentFormBody({ mode, clientId, clientName, today, onClose }: Props & { mode: AssignmentFormMode }) {
  const { t } = useTranslation();
  const applyApiError = useApplyApiError();
  const create = useCreateAssignment(clientId);
  const review = useReview(mode.kind === 'adjust' ? mode.assignment.id : '');
  const [formError, setFormError] = useState<string | null>(null);
  const [initial] = useState(() => (mode.kind === 'adjust' ? assignmentValues(mode.assignment, today) : emptyAssignment(today, mode.prefill)));
  const form = useForm<AssignmentFormValues>({
    initialValues: initial,
    validate: (values) => assignmentFormErrors(t, values.title, values.kind === 'one_off' ? { ...values.schedule, kind: 'once' } : values.schedule),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    if (mode.kind === 'create') {
      create.mutate(toAssignmentInput(values), {
        onSuccess: (a) => {
          notify({ message: t('assignments.form.created', { title: a.title, name: clientName }) });
          onClose();
        },
        onError: (error) => setFormError(applyApiError(form, error)),
      });
      return;
    }
    const changes = changedAssignmentFields(initial, values);
    if (Object.keys(changes).length === 0) return setFormError(t('assignments.form.nothingChanged'));
    review.mutate(
      { decision: 'adjust', note: mode.note.trim(), changes },
      {
        onSuccess: () => {
          notify({ message: t('assignments.review.adjusted') });
          mode.onAdjusted?.();
          onClose();
        },
        onError: (error) => setFormError(applyApiError(form, error, { prefix: 'changes.' })),
      },
    );
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <Text>{mode.kind === 'adjust' ? t('assignments.form.adjustIntro') : t('assignments.form.createIntro', { name: clientName })}</Text>
        <FormAlert message={formError} />
        <AssignmentForm form={form} clientId={clientId} full />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || review.isPending}>
            {mode.kind === 'adjust' ? t('assignments.form.saveAdjust') : t('assignments.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
