import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api.ts';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { FormPage } from '../../app/ui/form-page.tsx';
import { FormStack } from '../../app/ui/form-stack.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { email } from '../../app/ui/validators.ts';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.forgot.title'));
  const applyApiError = useApplyApiError();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ initialValues: { email: '' }, validate: { email: email(t) } });

  const request = useMutation({
    mutationFn: (input: { email: string }) => api.post<{ ok: true }>('/api/auth/password-reset/request', input),
    onError: (error) => setFormError(applyApiError(form, error)),
  });

  return (
    <FormPage title={t('auth.forgot.title')} intro={t('auth.forgot.intro')}>
      {request.isSuccess ? (
        // Same words whether or not the account exists, so the page reveals nothing.
        <Stack gap="md">
          <Alert color="sage" variant="light" icon={<IconMailCheck aria-hidden />} role="status">
            {t('auth.forgot.sent')}
          </Alert>
          <Anchor component={Link} to="/sign-in">
            {t('auth.backToSignIn')}
          </Anchor>
        </Stack>
      ) : (
        <FormStack
          error={formError}
          onSubmit={form.onSubmit((values) => {
            setFormError(null);
            request.mutate({ email: values.email.trim() });
          })}
        >
          <TextInput
            label={t('form.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <Button type="submit" loading={request.isPending} fullWidth>
            {t('auth.forgot.submit')}
          </Button>
          <Anchor component={Link} to="/sign-in">
            {t('auth.backToSignIn')}
          </Anchor>
        </FormStack>
      )}
    </FormPage>
  );
}
