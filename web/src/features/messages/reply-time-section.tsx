import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { MESSAGE_LIMITS } from '@stepwise/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { notify } from '../../app/ui/notify.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { SectionCard } from '../../app/ui/section-card.tsx';
import { useReplyTime, useSaveReplyTime } from './messages-api.ts';

/** A therapist's stated reply time, shown to their clients above every message thread. */
export function ReplyTimeSection() {
  const { t } = useTranslation();
  const replyTime = useReplyTime();
  return (
    <SectionCard id="reply-time-heading" title={t('messages.replyTime.title')}>
      {replyTime.isPending ? (
        <ListSkeleton rows={1} height={56} />
      ) : replyTime.isError ? (
        <QueryError error={replyTime.error} onRetry={() => void replyTime.refetch()} />
      ) : (
        <ReplyTimeForm initial={replyTime.data} />
      )}
    </SectionCard>
  );
}

function ReplyTimeForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const save = useSaveReplyTime();
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(text.trim(), {
      onSuccess: (answer) => {
        setText(answer.text);
        setSaved(answer.text);
        notify({ message: t('messages.replyTime.saved') });
      },
    });
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <Text>{t('messages.replyTime.intro')}</Text>
        <FormAlert message={save.isError ? errorMessage(t, save.error) : null} />
        <Textarea
          size="md"
          autosize
          minRows={2}
          label={t('messages.replyTime.label')}
          placeholder={t('messages.replyTime.placeholder')}
          maxLength={MESSAGE_LIMITS.replyTimeMax}
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
