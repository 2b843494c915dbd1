import { Autocomplete, NumberInput, Textarea } from '@mantine/core';
import { DEFAULT_SKILLS, type EntryData } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { FormStack } from '../../app/ui/form-stack.tsx';
import { ScaleSlider } from '../../app/ui/scale-slider.tsx';
import { useMonitoringSettings } from './entries-api.ts';
import type { EntryFormProps } from './entry-form-props.ts';
import { trimmed } from './entry-values.ts';
import { FormActions } from './form-actions.tsx';
import { ShareSwitch } from './share-switch.tsx';

type SkillData = EntryData<'skill'>;

/** A skill practised: which one (from the therapist's list, or typed), how long, how helpful, where. */
export function SkillForm({ initial, initialShared, submitLabel, busy, error, onSubmit, onCancel }: EntryFormProps<'skill'>) {
  const { t } = useTranslation();
  const me = useSession();
  const settings = useMonitoringSettings(me.user.id);
  const [values, setValues] = useState<SkillData>(initial ?? { skill: '', minutes: null, helpfulness: null, situation: '' });
  const [shared, setShared] = useState(initialShared);
  const [skillError, setSkillError] = useState<string | null>(null);
  const set = (patch: Partial<SkillData>) => setValues((v) => ({ ...v, ...patch }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!values.skill.trim()) return setSkillError(t('form.required'));
    onSubmit(trimmed(values), shared);
  };
  return (
    <FormStack onSubmit={submit} error={error}>
      <Autocomplete
        size="md"
        label={t('skill.skill')}
        description={t('skill.skillHint')}
        data={settings.data?.skills ?? DEFAULT_SKILLS}
        value={values.skill}
        maxLength={100}
        required
        error={skillError}
        onChange={(skill) => {
          setSkillError(null);
          set({ skill });
        }}
        comboboxProps={{ withinPortal: false }}
      />
      <NumberInput size="md" label={t('skill.minutes')} min={0} max={24 * 60} allowDecimal={false} value={values.minutes ?? ''} onChange={(v) => set({ minutes: typeof v === 'number' ? v : null })} />
      <ScaleSlider
        label={t('skill.helpfulness')}
        description={t('skill.helpfulnessHint')}
        valueText={(value) => t('mood.outOf10', { value })}
        unsetText={t('mood.notRated')}
        value={values.helpfulness}
        onChange={(helpfulness) => set({ helpfulness })}
      />
      <Textarea size="md" label={t('skill.situation')} autosize minRows={2} maxLength={1000} value={values.situation} onChange={(e) => set({ situation: e.currentTarget.value })} />
      <ShareSwitch shared={shared} onChange={setShared} />
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </FormStack>
  );
}
