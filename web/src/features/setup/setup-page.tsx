import { Button, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { MeView, SetupInput } from '@stepwise/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, isApiError } from '../../app/api.ts';
import { browserTimeZone } from '../../app/format.ts';
import { SETUP_KEY } from '../../app/query-client.ts';
import { useSignedIn } from '../../app/session.tsx';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { FormPage } from '../../app/ui/form-page.tsx';
import { FormStack } from '../../app/ui/form-stack.tsx';
import { NewPasswordInput } from '../../app/ui/new-password-input.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { TimeZoneSelect } from '../../app/ui/time-zone-select.tsx';
import { email, LIMITS, maxLength, newPassword, required } from '../../app/ui/validators.ts';

/** First run: creates the practice and its first therapist, who becomes its admin. */
export function SetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('setup.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signedIn = useSignedIn();
  const applyApiError = useApplyApiError();
  const [formError, setFormError] = useState<string | null>(null);

  const form = useForm<SetupInput>({
    initialValues: { practiceName: '', name: '', email: '', password: '', timeZone: browserTimeZone() },
    validate: {
      practiceName: maxLength(t, LIMITS.practiceNameMax),
      name: maxLength(t, LIMITS.nameMax),
      email: email(t),
      password: newPassword(t),
      timeZone: required(t),
    },
  });

  const setup = useMutation({
    mutationFn: (input: SetupInput) => api.post<MeView>('/api/setup', input),
    onSuccess: (me) => {
      signedIn(me);
      void navigate('/clients', { replace: true });
    },
    onError: (error) => {
      // Someone finished setup first: this page no longer applies.
      if (isApiError(error) && error.code === 'setup_done') {
        queryClient.setQueryData(SETUP_KEY, { needed: false });
        return;
      }
      setFormError(applyApiError(form, error));
    },
  });

  return (
    <FormPage title={t('setup.title')} intro={t('setup.intro')}>
      <FormStack
        error={formError}
        onSubmit={form.onSubmit((values) => {
          setFormError(null);
          setup.mutate(values);
        })}
      >
        <TextInput
          label={t('setup.practiceName')}
          autoComplete="organization"
          required
          {...form.getInputProps('practiceName')}
        />
        <TextInput label={t('form.yourName')} autoComplete="name" required {...form.getInputProps('name')} />
        <TextInput
          label={t('form.email')}
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps('email')}
        />
        <NewPasswordInput label={t('form.password')} {...form.getInputProps('password')} />
        <TimeZoneSelect required {...form.getInputProps('timeZone')} />
        <Button type="submit" loading={setup.isPending} fullWidth mt="xs">
          {t('setup.submit')}
        </Button>
      </FormStack>
    </FormPage>
  );
}
