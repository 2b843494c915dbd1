import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { localDate, type AppointmentView, type ClientDetail } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { AppModal } from '../../app/ui/app-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { useRescheduleAppointment } from './appointments-api.ts';
import { SessionFields } from './session-fields.tsx';
import { useSessionText } from './session-text.ts';
import { sessionErrors, sessionValues, toChangeInput, type SessionFormValues } from './session-values.ts';

interface Props {
  /** The session to move; null keeps the modal closed. */
  appointment: AppointmentView | null;
  client: ClientDetail;
  onClose: () => void;
}

export function RescheduleModal({ appointment, client, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={appointment !== null} onClose={onClose} title={t('appointments.reschedule.title')} size="lg">
      {/* Keyed, so each session opens with its own values. */}
      {appointment && <RescheduleForm key={appointment.id} appointment={appointment} client={client} onClose={onClose} />}
    </AppModal>
  );
}

function RescheduleForm({ appointment, client, onClose }: Props & { appointment: AppointmentView }) {
  const { t } = useTranslation();
  const zone = useSession().user.timeZone;
  const text = useSessionText(zone);
  const applyApiError = useApplyApiError();
  const reschedule = useRescheduleAppointment(client.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SessionFormValues>({
    initialValues: sessionValues(appointment, zone),
    validate: (values) => sessionErrors(values, localDate(new Date(), zone), t),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    if (!form.isDirty()) return setFormError(t('appointments.reschedule.nothingChanged'));
    reschedule.mutate(
      { id: appointment.id, input: toChangeInput(values, zone) },
      {
        onSuccess: (moved) => {
          notify({ message: t('appointments.reschedule.done', { when: text.when(moved.startsAt) }) });
          onClose();
        },
        onError: (error) => setFormError(applyApiError(form, error)),
      },
    );
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <Text>{t('appointments.reschedule.intro', { when: text.when(appointment.startsAt), name: client.name })}</Text>
        {appointment.seriesId && <Text c="dimmed">{t('appointments.reschedule.seriesNote')}</Text>}
        <FormAlert message={formError} />
        <SessionFields form={form} zone={zone} client={client} withRepeat={false} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={reschedule.isPending}>
            {t('appointments.reschedule.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
