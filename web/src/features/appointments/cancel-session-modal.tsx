import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import type { AppointmentView, ClientDetail } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { AppModal } from '../../app/ui/app-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { useCancelAppointment } from './appointments-api.ts';
import { useSessionText } from './session-text.ts';

interface Props {
  appointment: AppointmentView | null;
  /** Scheduled sessions of the same series after this one; with any, the scope is asked. */
  laterInSeries: number;
  client: ClientDetail;
  onClose: () => void;
}

type Scope = 'one' | 'following';

/**
 * Asks before cancelling. Built on AppModal rather than ConfirmModal: its safe button is
 * "Cancel", which beside "Cancel session" reads as the same thing; here it is "Keep".
 */
export function CancelSessionModal({ appointment, laterInSeries, client, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={appointment !== null} onClose={onClose} title={t('appointments.cancelModal.title')}>
      {appointment && <CancelSessionBody key={appointment.id} appointment={appointment} laterInSeries={laterInSeries} client={client} onClose={onClose} />}
    </AppModal>
  );
}

function CancelSessionBody({ appointment, laterInSeries, client, onClose }: Props & { appointment: AppointmentView }) {
  const { t } = useTranslation();
  const text = useSessionText(useSession().user.timeZone);
  const cancel = useCancelAppointment(client.id);
  // The narrower choice is the default: cancelling a whole series by accident is the worse mistake.
  const [scope, setScope] = useState<Scope>('one');
  const [error, setError] = useState<string | null>(null);
  const when = text.when(appointment.startsAt);

  const confirm = () => {
    setError(null);
    cancel.mutate(
      { id: appointment.id, scope: laterInSeries > 0 ? scope : 'one' },
      {
        onSuccess: (cancelled) => {
          notify({ message: t('appointments.cancelModal.done', { count: cancelled.length, when }) });
          onClose();
        },
        onError: (e) => setError(errorMessage(t, e)),
      },
    );
  };

  return (
    <Stack gap="md">
      <Text>{t('appointments.cancelModal.body', { when, name: client.name })}</Text>
      {laterInSeries > 0 && (
        <Radio.Group size="md" label={t('appointments.cancelModal.scope')} value={scope} onChange={(v) => setScope(v as Scope)}>
          <Stack gap="sm" mt={8}>
            <Radio size="md" value="one" label={t('appointments.cancelModal.one')} />
            <Radio size="md" value="following" label={t('appointments.cancelModal.following', { count: laterInSeries + 1 })} />
          </Stack>
        </Radio.Group>
      )}
      <FormAlert message={error} />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('appointments.cancelModal.keep')}
        </Button>
        <Button color="red" onClick={confirm} loading={cancel.isPending}>
          {t('appointments.cancelModal.confirm', { count: laterInSeries > 0 && scope === 'following' ? laterInSeries + 1 : 1 })}
        </Button>
      </Group>
    </Stack>
  );
}
