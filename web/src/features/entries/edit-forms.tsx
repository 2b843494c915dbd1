import { NumberInput, SimpleGrid, Radio, Textarea, TextInput } from '@mantine/core';
import { ENTRY_LIMITS, type EntryData, type TrackerView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { FormStack } from '../../app/ui/form-stack.tsx';
import { useMonitoringSettings } from './entries-api.ts';
import type { EntryFormProps } from './entry-form-props.ts';
import { FormActions } from './form-actions.tsx';
import { MoodDetails } from './mood-details.tsx';
import { MoodFaces } from './mood-faces.tsx';
import { type MoodField, type MoodValues, toMoodData } from './mood-values.ts';
import { ShareSwitch } from './share-switch.tsx';

/** Changing a saved mood check-in: every field, including the optional ones it was saved with. */
export function MoodEditForm({ initial, initialShared, submitLabel, busy, error, onSubmit, onCancel }: EntryFormProps<'mood'>) {
  const { t } = useTranslation();
  const me = useSession();
  const settings = useMonitoringSettings(me.user.id);
  const [values, setValues] = useState<MoodValues>(() => ({ ...(initial ?? { mood: 6, emotions: [], situation: '', place: '', people: '', note: '', energy: null, anxiety: null, sleepHours: null, sleepQuality: null }) }));
  const [shared, setShared] = useState(initialShared);
  // Fields answered back then stay editable even if the client has turned them off since.
  const fields: MoodField[] = [...new Set([...(settings.data?.moodFields ?? []), ...(values.energy !== null ? ['energy' as const] : []), ...(values.anxiety !== null ? ['anxiety' as const] : []), ...(values.sleepHours !== null || values.sleepQuality !== null ? ['sleep' as const] : [])])];
  const set = (patch: Partial<MoodValues>) => setValues((v) => ({ ...v, ...patch }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    onSubmit(toMoodData({ ...values, mood: values.mood ?? 6 }, fields), shared);
  };
  return (
    <FormStack onSubmit={submit} error={error}>
      <MoodFaces legend={t('mood.question')} value={values.mood} onChange={(mood) => set({ mood })} />
      <MoodDetails values={values} set={set} fields={fields} />
      <ShareSwitch shared={shared} onChange={setShared} />
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </FormStack>
  );
}

type BehaviorProps = EntryFormProps<'behavior'> & { tracker: TrackerView | undefined };

/** Changing a tracker log: its value (in the tracker's terms), trigger and note. */
export function BehaviorEditForm({ tracker, initial, initialShared, submitLabel, busy, error, onSubmit, onCancel }: BehaviorProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<EntryData<'behavior'>>(initial ?? { trackerId: tracker?.id ?? '', value: 0, trigger: '', note: '' });
  const [shared, setShared] = useState(initialShared);
  const set = (patch: Partial<EntryData<'behavior'>>) => setValues((v) => ({ ...v, ...patch }));
  const type = tracker?.type ?? 'count';
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    onSubmit({ ...values, trigger: values.trigger.trim(), note: values.note.trim() }, shared);
  };
  return (
    <FormStack onSubmit={submit} error={error}>
      {type === 'yes_no' ? (
        <Radio.Group label={t('trackers.value.label')} value={String(values.value)} onChange={(v) => set({ value: v === '1' ? 1 : 0 })}>
          <SimpleGrid cols={2} mt="xs">
            <Radio value="1" label={t('trackers.yes')} size="md" />
            <Radio value="0" label={t('trackers.no')} size="md" />
          </SimpleGrid>
        </Radio.Group>
      ) : (
        <NumberInput
          size="md"
          label={type === 'duration' ? t('trackers.minutes') : type === 'intensity' ? t('trackers.intensity') : t('trackers.count')}
          min={0}
          max={type === 'intensity' ? 10 : type === 'duration' ? 24 * 60 : 1000}
          allowDecimal={false}
          value={values.value}
          onChange={(v) => set({ value: typeof v === 'number' ? v : 0 })}
        />
      )}
      <TextInput label={t('trackers.trigger')} value={values.trigger} maxLength={ENTRY_LIMITS.shortText} onChange={(e) => set({ trigger: e.currentTarget.value })} />
      <Textarea size="md" label={t('trackers.note')} autosize minRows={2} maxLength={ENTRY_LIMITS.noteMax} value={values.note} onChange={(e) => set({ note: e.currentTarget.value })} />
      <ShareSwitch shared={shared} onChange={setShared} />
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </FormStack>
  );
}
