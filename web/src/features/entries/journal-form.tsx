import { Radio, Stack, Textarea } from '@mantine/core';
import { ENTRY_LIMITS, type EntryData, JOURNAL_PROMPTS } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStack } from '../../app/ui/form-stack.tsx';
import { TouchRadio } from '../../app/ui/touch-radio.tsx';
import type { EntryFormProps } from './entry-form-props.ts';
import { FormActions } from './form-actions.tsx';
import { ShareSwitch } from './share-switch.tsx';

type JournalData = EntryData<'journal'>;
type Prompt = (typeof JOURNAL_PROMPTS)[number];
const isPrompt = (v: string): v is Prompt => (JOURNAL_PROMPTS as readonly string[]).includes(v);

/** Free writing, with an optional prompt. Private unless the client chooses to share it. */
export function JournalForm({ initial, initialShared, submitLabel, busy, error, onSubmit, onCancel }: EntryFormProps<'journal'>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<JournalData>(initial ?? { prompt: null, text: '' });
  const [shared, setShared] = useState(initialShared);
  const [textError, setTextError] = useState<string | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!values.text.trim()) return setTextError(t('journal.empty'));
    onSubmit({ ...values, text: values.text.trim() }, shared);
  };
  return (
    <FormStack onSubmit={submit} error={error}>
      <Radio.Group label={t('journal.prompt')} value={values.prompt ?? 'none'} onChange={(v) => setValues((x) => ({ ...x, prompt: isPrompt(v) ? v : null }))}>
        <Stack gap={0} mt={4}>
          <TouchRadio value="none" label={t('journal.prompts.none')} />
          {JOURNAL_PROMPTS.map((p) => (
            <TouchRadio key={p} value={p} label={t(`journal.prompts.${p}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        size="md"
        label={t('journal.text')}
        description={values.prompt ? t(`journal.prompts.${values.prompt}`) : undefined}
        autosize
        minRows={6}
        maxLength={ENTRY_LIMITS.journalMax}
        required
        error={textError}
        value={values.text}
        onChange={(e) => {
          setTextError(null);
          const text = e.currentTarget.value;
          setValues((x) => ({ ...x, text }));
        }}
      />
      <ShareSwitch shared={shared} onChange={setShared} />
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </FormStack>
  );
}
