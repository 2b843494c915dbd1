import { ActionIcon, Button, Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { localDate } from '@stepwise/domain';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { AppModal } from '../../app/ui/app-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { useClient } from '../clients/clients-api.ts';
import type { StepPrefill } from './assignment-values.ts';
import { useActionSteps } from './assignments-api.ts';
import { IfThenFields, toIfThen, type IfThenValues } from './if-then-fields.tsx';
import { ScheduleEditor } from './schedule-editor.tsx';
import { defaultSchedule, errorsUnder, scheduleErrors, toSchedule, withPrefix, type ScheduleFormValues } from './schedule-values.ts';

interface Row {
  title: string;
  schedule: ScheduleFormValues;
  withIfThen: boolean;
  ifThen: IfThenValues;
  goalId: string | null;
  stepId: string | null;
}

interface Props {
  clientId: string;
  clientName: string;
  opened: boolean;
  onClose: () => void;
  prefill?: StepPrefill | null;
}

const MAX_ROWS = 10;

/** "Action steps for this week": a few commitments, entered fast at the end of a session. */
export function ActionStepsModal({ opened, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={rest.onClose} title={t('actionSteps.title')} size="xl">
      {opened && <ActionStepsForm key={rest.prefill?.stepId ?? 'new'} {...rest} />}
    </AppModal>
  );
}

function ActionStepsForm({ clientId, clientName, onClose, prefill }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const applyApiError = useApplyApiError();
  const client = useClient(clientId);
  const save = useActionSteps(clientId);
  const [formError, setFormError] = useState<string | null>(null);
  const today = localDate(new Date(), client.data?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const row = (p?: StepPrefill | null): Row => ({
    title: p?.title ?? '',
    schedule: defaultSchedule(today, 'once'),
    withIfThen: false,
    ifThen: { if: '', then: '' },
    goalId: p?.goalId ?? null,
    stepId: p?.stepId ?? null,
  });
  const form = useForm<{ steps: Row[] }>({
    initialValues: { steps: [row(prefill)] },
    validate: (values) =>
      Object.assign(
        {},
        ...values.steps.map((s, i) => ({
          [`steps.${i}.title`]: s.title.trim() ? null : t('form.required'),
          ...withPrefix(
            `steps.${i}.schedule`,
            scheduleErrors(s.schedule, { required: t('form.required'), order: t('schedule.errors.order'), weekdays: t('schedule.errors.weekdays') }),
          ),
        })),
      ),
  });
  const steps = form.getValues().steps;
  const clearUnder = (prefix: string) =>
    form.setErrors(Object.fromEntries(Object.entries(form.errors).filter(([k]) => !k.startsWith(prefix))));

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const input = values.steps.map((s) => ({
      title: s.title.trim(),
      schedule: toSchedule(s.schedule),
      ifThen: s.withIfThen ? toIfThen(s.ifThen) : null,
      goalId: s.goalId,
      stepId: s.stepId,
    }));
    save.mutate(input, {
      onSuccess: ({ assignments }) => {
        notify({ message: t('actionSteps.sent', { count: assignments.length, name: clientName }) });
        onClose();
      },
      onError: (error) => setFormError(applyApiError(form, error)),
    });
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <Text>{t('actionSteps.intro', { name: clientName })}</Text>
        <FormAlert message={formError} />
        {steps.map((s, i) => (
          <Paper key={i} p="md" component="fieldset" m={0} style={{ minWidth: 0 }}>
            <Text component="legend" fw={600} px={4}>
              {t('actionSteps.stepN', { n: i + 1 })}
            </Text>
            <Stack gap="sm">
              <Group gap="xs" align="flex-start" wrap="nowrap">
                <TextInput label={t('actionSteps.what')} required style={{ flex: 1 }} {...form.getInputProps(`steps.${i}.title`)} />
                {steps.length > 1 && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size={44}
                    mt={26}
                    aria-label={t('actionSteps.remove', { n: i + 1 })}
                    onClick={() => {
                      form.removeListItem('steps', i);
                      clearUnder('steps.');
                    }}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
              <ScheduleEditor
                value={s.schedule}
                kinds={['once', 'weekly']}
                showTimes={false}
                legend={t('actionSteps.when')}
                onChange={(schedule) => {
                  form.setFieldValue(`steps.${i}.schedule`, schedule);
                  clearUnder(`steps.${i}.schedule`);
                }}
                errors={errorsUnder(form.errors, `steps.${i}.schedule`)}
              />
              <Checkbox label={t('actionSteps.withIfThen')} {...form.getInputProps(`steps.${i}.withIfThen`, { type: 'checkbox' })} />
              {s.withIfThen && (
                <IfThenFields
                  value={s.ifThen}
                  onChange={(ifThen) => {
                    form.setFieldValue(`steps.${i}.ifThen`, ifThen);
                    clearUnder(`steps.${i}.ifThen`);
                  }}
                  errors={errorsUnder(form.errors, `steps.${i}.ifThen`)}
                />
              )}
            </Stack>
          </Paper>
        ))}
        {steps.length < MAX_ROWS && (
          <div>
            <Button variant="default" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => form.insertListItem('steps', row())}>
              {t('actionSteps.addRow')}
            </Button>
          </div>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('actionSteps.submit', { count: steps.length })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
