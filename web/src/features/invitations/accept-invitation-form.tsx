import { Button, Checkbox, Paper, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { InvitationPreview } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { browserTimeZone } from '../../app/format.ts';
import { homePathFor, useSignedIn } from '../../app/session.tsx';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { FormStack } from '../../app/ui/form-stack.tsx';
import { NewPasswordInput } from '../../app/ui/new-password-input.tsx';
import { TimeZoneSelect } from '../../app/ui/time-zone-select.tsx';
import { LIMITS, maxLength, newPassword, required } from '../../app/ui/validators.ts';
import { useAcceptInvitation } from './invitations-api.ts';
import { PrivacyNotice } from './privacy-notice.tsx';

interface Values {
  name: string;
  password: string;
  timeZone: string;
  acceptPrivacy: boolean;
}

export function AcceptInvitationForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const applyApiError = useApplyApiError();
  const accept = useAcceptInvitation();
  const [formError, setFormError] = useState<string | null>(null);

  const form = useForm<Values>({
    initialValues: { name: invitation.name, password: '', timeZone: browserTimeZone(), acceptPrivacy: false },
    validate: {
      name: maxLength(t, LIMITS.nameMax),
      password: newPassword(t),
      timeZone: required(t),
      acceptPrivacy: (value) => (value ? null : t('invitations.accept.mustAccept')),
    },
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    accept.mutate(
      { token, name: values.name, password: values.password, timeZone: values.timeZone, acceptPrivacy: true },
      {
        onSuccess: (me) => {
          signedIn(me);
          void navigate(homePathFor(me), { replace: true });
        },
        onError: (error) => setFormError(applyApiError(form, error)),
      },
    );
  });

  return (
    <Paper>
      <FormStack error={formError} onSubmit={submit}>
        {/* Read-only, but present so password managers save the new password under it. */}
        <TextInput label={t('form.email')} value={invitation.email} readOnly autoComplete="username" />
        <TextInput label={t('form.yourName')} autoComplete="name" required {...form.getInputProps('name')} />
        <NewPasswordInput label={t('invitations.accept.choosePassword')} {...form.getInputProps('password')} />
        <TimeZoneSelect required {...form.getInputProps('timeZone')} />
        <PrivacyNotice role={invitation.role} practiceName={invitation.practiceName} />
        <Checkbox
          label={t('invitations.accept.acceptPrivacy')}
          required
          {...form.getInputProps('acceptPrivacy', { type: 'checkbox' })}
        />
        <Button type="submit" loading={accept.isPending} fullWidth>
          {t('invitations.accept.submit')}
        </Button>
      </FormStack>
    </Paper>
  );
}
