import { Anchor, Button, Group, PasswordInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { MeView } from '@stepwise/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { api, isApiError } from '../../app/api.ts';
import type { FromState } from '../../app/guards.tsx';
import { homePathFor, useSignedIn } from '../../app/session.tsx';
import { errorMessage, sentence } from '../../app/ui/api-errors.ts';
import { FormPage } from '../../app/ui/form-page.tsx';
import { FormStack } from '../../app/ui/form-stack.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { email, required } from '../../app/ui/validators.ts';

interface SignInValues {
  email: string;
  password: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signIn.title'));
  const navigate = useNavigate();
  const location = useLocation();
  const signedIn = useSignedIn();
  const [formError, setFormError] = useState<string | null>(null);

  const form = useForm<SignInValues>({
    initialValues: { email: '', password: '' },
    validate: { email: email(t), password: required(t) },
  });

  const signIn = useMutation({
    mutationFn: (input: SignInValues) => api.post<MeView>('/api/auth/sign-in', input),
    onSuccess: (me) => {
      signedIn(me);
      const from = (location.state as FromState | null)?.from;
      void navigate(from ?? homePathFor(me), { replace: true });
    },
    onError: (error) => {
      // The server words these two (the lock-out one says how long to wait).
      if (isApiError(error) && (error.code === 'invalid_credentials' || error.code === 'too_many_attempts')) {
        setFormError(sentence(error.message));
      } else {
        setFormError(errorMessage(t, error));
      }
      form.setFieldValue('password', '');
    },
  });

  return (
    <FormPage title={t('auth.signIn.title')} intro={t('auth.signIn.intro')}>
      <FormStack
        error={formError}
        errorTitle={t('auth.signIn.failed')}
        onSubmit={form.onSubmit((values) => {
          setFormError(null);
          signIn.mutate({ email: values.email.trim(), password: values.password });
        })}
      >
        <TextInput
          label={t('form.email')}
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('form.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end">
          <Anchor component={Link} to="/forgot-password">
            {t('auth.signIn.forgot')}
          </Anchor>
        </Group>
        <Button type="submit" loading={signIn.isPending} fullWidth>
          {t('auth.signIn.submit')}
        </Button>
      </FormStack>
    </FormPage>
  );
}
