import { Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { TRACKER_TYPES } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { AppModal } from '../../app/ui/app-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { TouchRadio } from '../../app/ui/touch-radio.tsx';
import { type TrackerInput, useCreateTracker } from './entries-api.ts';

interface Props {
  clientId: string;
  /** The client's name, when someone on the care team adds it for them. */
  forName?: string;
  opened: boolean;
  onClose: () => void;
}

/** A new behavior or urge to track: its name, how it is counted, and which of the two it is. */
export function TrackerModal({ clientId, forName, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={forName ? t('trackers.new.titleFor', { name: forName }) : t('trackers.new.title')}>
      {opened && <TrackerForm clientId={clientId} onClose={onClose} />}
    </AppModal>
  );
}

function TrackerForm({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateTracker(clientId);
  const applyApiError = useApplyApiError();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TrackerInput>({
    initialValues: { name: '', type: 'count', category: 'behavior' },
    validate: { name: (v) => (v.trim() ? null : t('form.required')) },
  });
  const submit = form.onSubmit((values) => {
    setFormError(null);
    create.mutate(
      { ...values, name: values.name.trim() },
      {
        onSuccess: (tracker) => {
          notify({ message: t('trackers.new.saved', { name: tracker.name }) });
          onClose();
        },
        onError: (error) => setFormError(applyApiError(form, error)),
      },
    );
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <FormAlert message={formError} />
        <TextInput label={t('trackers.new.name')} description={t('trackers.new.nameHint')} maxLength={80} required data-autofocus {...form.getInputProps('name')} />
        <Radio.Group label={t('trackers.new.category')} {...form.getInputProps('category')}>
          <Stack gap={0} mt={4}>
            <TouchRadio value="behavior" label={t('trackers.category.behavior')} />
            <TouchRadio value="urge" label={t('trackers.category.urge')} />
          </Stack>
        </Radio.Group>
        <Radio.Group label={t('trackers.new.type')} {...form.getInputProps('type')}>
          <Stack gap={0} mt={4}>
            {TRACKER_TYPES.map((type) => (
              <TouchRadio key={type} value={type} label={t(`trackers.type.${type}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('trackers.new.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
