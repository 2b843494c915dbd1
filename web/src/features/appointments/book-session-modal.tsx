import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { localDate, type ClientDetail } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { AppModal } from '../../app/ui/app-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { useBookAppointments } from './appointments-api.ts';
import { SessionFields } from './session-fields.tsx';
import { useSessionText } from './session-text.ts';
import { emptySession, sessionErrors, toBookInput, type SessionFormValues } from './session-values.ts';

interface Props {
  opened: boolean;
  client: ClientDetail;
  onClose: () => void;
}

export function BookSessionModal({ opened, client, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('appointments.book.title', { name: client.name })} size="lg">
      {/* Mounted only while open, so each booking starts from an empty form. */}
      {opened && <BookSessionForm client={client} onClose={onClose} />}
    </AppModal>
  );
}

function BookSessionForm({ client, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const zone = useSession().user.timeZone;
  const text = useSessionText(zone);
  const applyApiError = useApplyApiError();
  const book = useBookAppointments(client.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SessionFormValues>({
    initialValues: emptySession(),
    validate: (values) => sessionErrors(values, localDate(new Date(), zone), t),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    book.mutate(toBookInput(values, zone), {
      onSuccess: (booked) => {
        const first = booked[0];
        notify({
          message: first
            ? t('appointments.book.done', { count: booked.length, name: client.name, when: text.when(first.startsAt) })
            : t('appointments.book.doneShort'),
        });
        onClose();
      },
      onError: (error) => setFormError(applyApiError(form, error)),
    });
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <Text>{t('appointments.book.intro', { name: client.name })}</Text>
        <FormAlert message={formError} />
        <SessionFields form={form} zone={zone} client={client} withRepeat />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={book.isPending}>
            {t('appointments.book.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
