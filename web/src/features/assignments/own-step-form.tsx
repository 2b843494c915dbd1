import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { localDate } from '@stepwise/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { AssignmentForm } from './assignment-form.tsx';
import { assignmentFormErrors, emptyAssignment, toAssignmentInput, type AssignmentFormValues, type StepPrefill } from './assignment-values.ts';
import { useCreateAssignment } from './assignments-api.ts';
import { defaultSchedule } from './schedule-values.ts';

/** The short form of a step the client plans themselves (in OwnStepModal). */
export function OwnStepForm({ onClose, prefill }: { onClose: () => void; prefill: StepPrefill | null }) {
  const { t } = useTranslation();
  const me = useSession();
  const applyApiError = useApplyApiError();
  const create = useCreateAssignment(me.user.id);
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // The modal's focus trap looked for [data-autofocus] while this form was still loading.
  useEffect(() => formRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus(), []);
  const [initial] = useState<AssignmentFormValues>(() => {
    const today = localDate(new Date(), me.user.timeZone);
    const values = emptyAssignment(today, { ...prefill, kind: 'practice' });
    return { ...values, schedule: { ...defaultSchedule(prefill?.date ?? today, 'once') } };
  });
  const form = useForm<AssignmentFormValues>({
    initialValues: initial,
    validate: (values) => assignmentFormErrors(t, values.title, values.schedule),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const kind = values.schedule.kind === 'once' ? 'one_off' : 'practice';
    create.mutate(toAssignmentInput({ ...values, kind }), {
      onSuccess: () => {
        notify({ message: t('plan.own.saved') });
        onClose();
      },
      onError: (error) => setFormError(applyApiError(form, error)),
    });
  });

  return (
    <form ref={formRef} noValidate onSubmit={submit}>
      <Stack gap="md">
        <Text>{t('plan.own.intro')}</Text>
        <FormAlert message={formError} />
        <AssignmentForm form={form} clientId={me.user.id} full={false} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('plan.own.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
