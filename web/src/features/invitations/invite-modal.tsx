import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Role } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { AppModal } from '../../app/ui/app-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { email, LIMITS, maxLength } from '../../app/ui/validators.ts';
import { useCreateInvitation } from './invitations-api.ts';
import { notify } from '../../app/ui/notify.ts';

interface Props {
  role: Role;
  opened: boolean;
  onClose: () => void;
}

export function InviteModal({ role, opened, onClose }: Props) {
  const { t } = useTranslation();
  const applyApiError = useApplyApiError();
  const create = useCreateInvitation();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', email: '' },
    validate: { name: maxLength(t, LIMITS.nameMax), email: email(t) },
  });

  const close = () => {
    form.reset();
    setFormError(null);
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    setFormError(null);
    create.mutate(
      { name: values.name.trim(), email: values.email.trim(), role },
      {
        onSuccess: (invitation) => {
          notify({
            title: t('invitations.invite.sentTitle'),
            message: t('invitations.invite.sent', { name: invitation.name, email: invitation.email }),
          });
          close();
        },
        onError: (error) => setFormError(applyApiError(form, error)),
      },
    );
  });

  const title = role === 'client' ? t('invitations.invite.clientTitle') : t('invitations.invite.therapistTitle');
  return (
    <AppModal opened={opened} onClose={close} title={title}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <Text>{role === 'client' ? t('invitations.invite.clientIntro') : t('invitations.invite.therapistIntro')}</Text>
          <FormAlert message={formError} />
          <TextInput label={t('form.name')} required data-autofocus autoComplete="off" {...form.getInputProps('name')} />
          <TextInput
            label={t('form.email')}
            type="email"
            required
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('invitations.invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
