import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { MeView } from '@stepwise/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { ME_KEY } from '../../app/query-client.ts';
import { useSession } from '../../app/session.tsx';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { FormStack } from '../../app/ui/form-stack.tsx';
import { SectionCard } from '../../app/ui/section-card.tsx';
import { TimeZoneSelect } from '../../app/ui/time-zone-select.tsx';
import { LIMITS, maxLength, required } from '../../app/ui/validators.ts';
import { notify } from '../../app/ui/notify.ts';

interface Values {
  name: string;
  timeZone: string;
}

export function ProfileForm() {
  const { t } = useTranslation();
  const me = useSession();
  const queryClient = useQueryClient();
  const applyApiError = useApplyApiError();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { name: me.user.name, timeZone: me.user.timeZone },
    validate: { name: maxLength(t, LIMITS.nameMax), timeZone: required(t) },
  });

  const save = useMutation({
    mutationFn: (input: Values) => api.patch<MeView>('/api/account', input),
    onSuccess: (updated) => {
      queryClient.setQueryData(ME_KEY, updated);
      form.resetDirty({ name: updated.user.name, timeZone: updated.user.timeZone });
      notify({ message: t('account.profile.saved') });
    },
    onError: (error) => setFormError(applyApiError(form, error)),
  });

  return (
    <SectionCard id="profile-heading" title={t('account.profile.title')}>
      <FormStack
        error={formError}
        onSubmit={form.onSubmit((values) => {
          setFormError(null);
          save.mutate({ name: values.name.trim(), timeZone: values.timeZone });
        })}
      >
        <TextInput label={t('form.yourName')} autoComplete="name" required {...form.getInputProps('name')} />
        <TimeZoneSelect required {...form.getInputProps('timeZone')} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Group>
      </FormStack>
    </SectionCard>
  );
}
