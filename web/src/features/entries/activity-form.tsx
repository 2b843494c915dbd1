import { Radio, Stack, TextInput } from '@mantine/core';
import type { EntryData } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStack } from '../../app/ui/form-stack.tsx';
import { ScaleSlider } from '../../app/ui/scale-slider.tsx';
import { TouchRadio } from '../../app/ui/touch-radio.tsx';
import type { EntryFormProps } from './entry-form-props.ts';
import { trimmed } from './entry-values.ts';
import { FormActions } from './form-actions.tsx';
import { ShareSwitch } from './share-switch.tsx';

type ActivityData = EntryData<'activity'>;

/** An activity planned or done, with how much pleasure and mastery it gave (behavioral activation). */
export function ActivityForm({ initial, initialShared, submitLabel, busy, error, onSubmit, onCancel }: EntryFormProps<'activity'>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ActivityData>(initial ?? { activity: '', status: 'done', pleasure: null, mastery: null });
  const [shared, setShared] = useState(initialShared);
  const [activityError, setActivityError] = useState<string | null>(null);
  const set = (patch: Partial<ActivityData>) => setValues((v) => ({ ...v, ...patch }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!values.activity.trim()) return setActivityError(t('form.required'));
    onSubmit(trimmed(values), shared);
  };
  const rating = (key: 'pleasure' | 'mastery') => (
    <ScaleSlider
      label={t(`activity.${key}`)}
      description={t(`activity.${key}Hint`)}
      valueText={(value) => t('mood.outOf10', { value })}
      unsetText={t('mood.notRated')}
      value={values[key]}
      onChange={(v) => set({ [key]: v })}
    />
  );
  return (
    <FormStack onSubmit={submit} error={error}>
      <TextInput
        label={t('activity.activity')}
        description={t('activity.activityHint')}
        value={values.activity}
        maxLength={200}
        required
        error={activityError}
        onChange={(e) => {
          setActivityError(null);
          set({ activity: e.currentTarget.value });
        }}
      />
      <Radio.Group label={t('activity.status')} value={values.status} onChange={(status) => set({ status: status === 'planned' ? 'planned' : 'done' })}>
        <Stack gap={0} mt={4}>
          <TouchRadio value="done" label={t('activity.done')} />
          <TouchRadio value="planned" label={t('activity.planned')} />
        </Stack>
      </Radio.Group>
      {rating('pleasure')}
      {rating('mastery')}
      <ShareSwitch shared={shared} onChange={setShared} />
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </FormStack>
  );
}
