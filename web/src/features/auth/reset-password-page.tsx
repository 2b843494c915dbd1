import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLinkOff } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, isApiError } from '../../app/api.ts';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { useHashToken } from '../../app/ui/use-hash-token.ts';
import { LIMITS, newPassword } from '../../app/ui/validators.ts';
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
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('auth.reset.title')}</Title>
        {!linkBroken && <Text mt="xs">{t('auth.reset.intro')}</Text>}
      </div>
      <Paper>
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
          <form
            noValidate
            onSubmit={form.onSubmit((values) => {
              setFormError(null);
              complete.mutate(values.password);
            })}
          >
            <Stack gap="md">
              <FormAlert message={formError} />
              <PasswordInput
                label={t('auth.reset.newPassword')}
                description={t('form.passwordHint', { count: LIMITS.passwordMin })}
                autoComplete="new-password"
                required
                {...form.getInputProps('password')}
              />
              <PasswordInput
                label={t('auth.reset.confirm')}
                autoComplete="new-password"
                required
                {...form.getInputProps('confirm')}
              />
              <Button type="submit" loading={complete.isPending} fullWidth>
                {t('auth.reset.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Stack>
  );
}
