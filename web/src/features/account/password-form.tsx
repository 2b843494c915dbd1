import { Alert, Button, Group, PasswordInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../app/api.ts';
import { sentence, useApplyApiError } from '../../app/ui/api-errors.ts';
import { FormStack } from '../../app/ui/form-stack.tsx';
import { NewPasswordInput } from '../../app/ui/new-password-input.tsx';
import { SectionCard } from '../../app/ui/section-card.tsx';
import { newPassword, required } from '../../app/ui/validators.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
}

export function PasswordForm() {
  const { t } = useTranslation();
  const applyApiError = useApplyApiError();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: { currentPassword: required(t), newPassword: newPassword(t) },
  });

  const change = useMutation({
    mutationFn: (input: Values) => api.post<{ ok: true }>('/api/account/password', input),
    onSuccess: () => form.reset(),
    onError: (error) => {
      // A wrong current password belongs under that input, however the server words it.
      const wrongPassword =
        isApiError(error) &&
        !error.fields &&
        (error.status === 400 || error.status === 401) &&
        error.code !== 'unauthenticated';
      if (wrongPassword) {
        form.setFieldError('currentPassword', sentence(error.message));
        return;
      }
      setFormError(applyApiError(form, error));
    },
  });

  return (
    <SectionCard id="password-heading" title={t('account.password.title')}>
      <FormStack
        error={formError}
        onSubmit={form.onSubmit((values) => {
          setFormError(null);
          change.reset();
          change.mutate(values);
        })}
      >
        {change.isSuccess && (
          <Alert
            color="sage"
            variant="light"
            icon={<IconCircleCheck aria-hidden />}
            role="status"
            title={t('account.password.changedTitle')}
          >
            {t('account.password.changed')}
          </Alert>
        )}
        <PasswordInput
          label={t('account.password.current')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <NewPasswordInput label={t('account.password.new')} {...form.getInputProps('newPassword')} />
        <Group justify="flex-end">
          <Button type="submit" loading={change.isPending}>
            {t('account.password.submit')}
          </Button>
        </Group>
      </FormStack>
    </SectionCard>
  );
}
