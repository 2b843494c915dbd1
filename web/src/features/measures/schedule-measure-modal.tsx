import { Button, Group, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { localDate, type MeasureScheduleInput, type MeasureScheduleView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { AppModal } from '../../app/ui/app-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { ScheduleMeasureChoices } from './schedule-measure-choices.tsx';
import { useScheduleMeasure } from './measures-api.ts';

interface Props {
  opened: boolean;
  onClose: () => void;
  client: { id: string; name: string; timeZone: string };
  /** Active schedules, so the list can say what the client already answers. */
  scheduled: MeasureScheduleView[];
}

export interface ScheduleMeasureValues {
  /** "instrument:phq9" or "custom:<questionnaire id>": one radio group for both kinds. */
  measure: string;
  frequency: 'once' | 'every_n_weeks' | 'before_appointment';
  everyWeeks: number | string;
  startDate: string;
}

function toInput(v: ScheduleMeasureValues): MeasureScheduleInput {
  const [kind, ...rest] = v.measure.split(':');
  const id = rest.join(':');
  const measure: MeasureScheduleInput['measure'] =
    kind === 'custom' ? { kind: 'custom', questionnaireId: id } : { kind: 'instrument', key: id as Extract<MeasureScheduleInput['measure'], { kind: 'instrument' }>['key'] };
  const everyWeeks = v.frequency === 'every_n_weeks' ? Number(v.everyWeeks) : null;
  return { measure, cadence: { frequency: v.frequency, everyWeeks, startDate: v.startDate } };
}

// The server names fields by where they sit in the request; the form keeps them flat.
const RENAME = {
  measure: 'measure',
  'measure.key': 'measure',
  'measure.questionnaireId': 'measure',
  cadence: 'startDate',
  'cadence.frequency': 'frequency',
  'cadence.everyWeeks': 'everyWeeks',
  'cadence.startDate': 'startDate',
};

export function ScheduleMeasureModal(props: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={t('measures.schedule.title', { name: props.client.name })} size="lg">
      {props.opened && <ScheduleMeasureForm {...props} />}
    </AppModal>
  );
}

function ScheduleMeasureForm({ onClose, client, scheduled }: Props) {
  const { t } = useTranslation();
  const applyApiError = useApplyApiError();
  const schedule = useScheduleMeasure(client.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ScheduleMeasureValues>({
    initialValues: { measure: '', frequency: 'every_n_weeks', everyWeeks: 2, startDate: localDate(new Date(), client.timeZone) },
    validate: {
      measure: (v) => (v ? null : t('measures.schedule.chooseOne')),
      everyWeeks: (v, values) => {
        const n = Number(v);
        return values.frequency === 'once' || (Number.isInteger(n) && n >= 1 && n <= 12) ? null : t('measures.schedule.weeksRange');
      },
      startDate: (v) => (v ? null : t('form.required')),
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit((v) => {
    setFormError(null);
    schedule.mutate(toInput(v), {
      onSuccess: (created) => {
        notify({ message: t('measures.schedule.done', { name: created.measure.shortName, client: client.name }) });
        onClose();
      },
      onError: (error) => setFormError(applyApiError(form, error, { rename: RENAME })),
    });
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="lg">
        <FormAlert message={formError} />
        <ScheduleMeasureChoices form={form} scheduled={scheduled} />
        <Stack gap="sm" component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }}>
          <Text component="legend" fw={600} p={0} mb="xs">
            {t('measures.schedule.howOften')}
          </Text>
          <SegmentedControl
            size="md"
            value={values.frequency}
            onChange={(f) => form.setFieldValue('frequency', f as ScheduleMeasureValues['frequency'])}
            data={[
              { value: 'every_n_weeks', label: t('measures.schedule.repeat') },
              { value: 'once', label: t('measures.schedule.once') },
              { value: 'before_appointment', label: t('measures.schedule.beforeSession') },
            ]}
            w={{ base: '100%', xs: 'auto' }}
            style={{ alignSelf: 'flex-start' }}
          />
          {/* Bottom-aligned: the date's longer description must not push its input below the other. */}
          <Group gap="sm" align="flex-end">
            {values.frequency === 'every_n_weeks' && (
              <NumberInput
                size="md"
                label={t('measures.schedule.everyWeeks')}
                description={t('measures.schedule.weeksHint')}
                min={1}
                max={12}
                allowDecimal={false}
                w={{ base: '100%', xs: 220 }}
                {...form.getInputProps('everyWeeks')}
              />
            )}
            <TextInput
              type="date"
              label={
                values.frequency === 'once'
                  ? t('measures.schedule.dueOn')
                  : values.frequency === 'before_appointment'
                    ? t('measures.schedule.fromDate')
                    : t('measures.schedule.firstDue')
              }
              description={
                values.frequency === 'before_appointment'
                  ? t('measures.schedule.beforeSessionHint', { name: client.name })
                  : t('measures.schedule.zone', { name: client.name, zone: client.timeZone })
              }
              required
              w={{ base: '100%', xs: 260 }}
              {...form.getInputProps('startDate')}
            />
          </Group>
          {form.errors.frequency && (
            <Text c="var(--mantine-color-error)" size="sm">
              {form.errors.frequency}
            </Text>
          )}
        </Stack>
        <Text size="sm" c="dimmed">
          {t('measures.schedule.howItWorks', { name: client.name })}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={schedule.isPending}>
            {t('measures.schedule.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
