import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLinkOff } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, isApiError } from '../../app/api.ts';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { FormPage } from '../../app/ui/form-page.tsx';
import { FormStack } from '../../app/ui/form-stack.tsx';
import { NewPasswordInput } from '../../app/ui/new-password-input.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { useHashToken } from '../../app/ui/use-hash-token.ts';
import { newPassword } from '../../app/ui/validators.ts';
import { notify } from '../../app/ui/notify.ts';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.reset.title'));
  const token = useHashToken();
  const navigate = useNavigate();
  const applyApiError = useApplyApiError();
  const [formError, setFormError] = useState<string | null>(null);
  const [linkBroken, setLinkBroken] = useState(token.length === 0);

  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: {
      password: newPassword(t),
      confirm: (value, values) => (value === values.password ? null : t('form.passwordsDontMatch')),
    },
  });

  const complete = useMutation({
    mutationFn: (password: string) =>
      api.post<{ ok: true }>('/api/auth/password-reset/complete', { token, password }),
    onSuccess: () => {
      notify({ title: t('auth.reset.doneTitle'), message: t('auth.reset.done') });
      void navigate('/sign-in', { replace: true });
    },
    onError: (error) => {
      if (isApiError(error) && (error.code === 'token_invalid' || error.fields?.token)) setLinkBroken(true);
      else setFormError(applyApiError(form, error));
    },
  });

  return (
    <FormPage title={t('auth.reset.title')} intro={linkBroken ? undefined : t('auth.reset.intro')}>
      {linkBroken ? (
        <Stack gap="md">
          <Alert color="gray" variant="light" icon={<IconLinkOff aria-hidden />} title={t('auth.reset.brokenTitle')}>
            {t('auth.reset.broken')}
          </Alert>
          <Anchor component={Link} to="/forgot-password">
            {t('auth.reset.requestNew')}
          </Anchor>
        </Stack>
      ) : (
        <FormStack
          error={formError}
          onSubmit={form.onSubmit((values) => {
            setFormError(null);
            complete.mutate(values.password);
          })}
        >
          <NewPasswordInput label={t('auth.reset.newPassword')} {...form.getInputProps('password')} />
          <PasswordInput
            label={t('auth.reset.confirm')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={complete.isPending} fullWidth>
            {t('auth.reset.submit')}
          </Button>
        </FormStack>
      )}
    </FormPage>
  );
}
