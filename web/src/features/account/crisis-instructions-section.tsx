import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { notify } from '../../app/ui/notify.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { SectionCard } from '../../app/ui/section-card.tsx';
import { useCrisisInstructions, useSaveCrisisInstructions } from '../safety/safety-api.ts';

// The domain's limit (crisisInstructionsSchema).
const MAX = 1000;

/** A therapist's own words on their clients' Crisis help page, under the practice's crisis lines. */
export function CrisisInstructionsSection() {
  const { t } = useTranslation();
  const instructions = useCrisisInstructions();
  return (
    <SectionCard id="crisis-instructions-heading" title={t('crisis.instructions.title')}>
      {instructions.isPending ? (
        <ListSkeleton rows={1} height={120} />
      ) : instructions.isError ? (
        <QueryError error={instructions.error} onRetry={() => void instructions.refetch()} />
      ) : (
        <InstructionsForm initial={instructions.data} />
      )}
    </SectionCard>
  );
}

function InstructionsForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const save = useSaveCrisisInstructions();
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(text.trim(), {
      onSuccess: (answer) => {
        setText(answer.text);
        setSaved(answer.text);
        notify({ message: t('crisis.instructions.saved') });
      },
    });
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <Text>{t('crisis.instructions.intro')}</Text>
        <FormAlert message={save.isError ? errorMessage(t, save.error) : null} />
        <Textarea
          size="md"
          label={t('crisis.instructions.label')}
          description={t('crisis.instructions.counter', { count: MAX - text.length })}
          placeholder={t('crisis.instructions.placeholder')}
          autosize
          minRows={4}
          maxLength={MAX}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} disabled={text.trim() === saved.trim()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
