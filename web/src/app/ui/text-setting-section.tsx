import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './api-errors.ts';
import { FormAlert } from './form-alert.tsx';
import { ListSkeleton } from './list-skeleton.tsx';
import { notify } from './notify.ts';
import { QueryError } from './query-error.tsx';
import { SectionCard } from './section-card.tsx';

interface Copy {
  title: string;
  intro: string;
  label: string;
  placeholder: string;
  saved: string;
  /** "N characters left", when the field shows its counter. */
  counter?: (left: number) => string;
}

interface Props {
  id: string;
  copy: Copy;
  query: UseQueryResult<string>;
  save: UseMutationResult<{ text: string }, Error, string>;
  max: number;
  minRows: number;
  skeletonHeight: number;
}

/** One free-text setting of the signed-in person (a reply time, crisis instructions): load, edit, save. */
export function TextSettingSection({ id, copy, query, save, max, minRows, skeletonHeight }: Props) {
  return (
    <SectionCard id={id} title={copy.title}>
      {query.isPending ? (
        <ListSkeleton rows={1} height={skeletonHeight} />
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <TextSettingForm initial={query.data} copy={copy} save={save} max={max} minRows={minRows} />
      )}
    </SectionCard>
  );
}

function TextSettingForm({ initial, copy, save, max, minRows }: { initial: string } & Pick<Props, 'copy' | 'save' | 'max' | 'minRows'>) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(text.trim(), {
      onSuccess: (answer) => {
        setText(answer.text);
        setSaved(answer.text);
        notify({ message: copy.saved });
      },
    });
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <Text>{copy.intro}</Text>
        <FormAlert message={save.isError ? errorMessage(t, save.error) : null} />
        <Textarea
          size="md"
          label={copy.label}
          description={copy.counter?.(max - text.length)}
          placeholder={copy.placeholder}
          autosize
          minRows={minRows}
          maxLength={max}
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
