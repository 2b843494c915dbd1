import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { SESSION_NOTE_MAX, type ClientDetail } from '@stepwise/domain';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { errorMessage, sentence } from '../../app/ui/api-errors.ts';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { notify } from '../../app/ui/notify.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { NoteItem } from './note-item.tsx';
import { useAddSessionNote, useSessionNotes } from './session-notes-api.ts';

/** Step 5: a short private note for the care team, with the earlier ones below it. */
export function NoteStep({ client, appointmentId }: { client: ClientDetail; appointmentId: string | null }) {
  const { t } = useTranslation();
  const notes = useSessionNotes(client.id);
  const add = useAddSessionNote(client.id);
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setFormError(null);
    if (!text.trim()) return setFieldError(t('form.required'));
    add.mutate(
      { text: text.trim(), ...(appointmentId ? { appointmentId } : {}) },
      {
        onSuccess: () => {
          setText('');
          setFieldError(null);
          notify({ message: t('sessionView.note.saved') });
        },
        onError: (err) => {
          const field = isApiError(err) ? err.fields?.text : undefined;
          if (field) setFieldError(sentence(field));
          else setFormError(errorMessage(t, err));
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      <Alert color="blue" variant="light" icon={<IconLock aria-hidden />} title={t('sessionView.note.private')}>
        {t('sessionView.note.privateBody', { name: client.name })}
      </Alert>
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <FormAlert message={formError} />
          <Textarea
            label={t('sessionView.note.label')}
            description={t('sessionView.note.hint')}
            autosize
            minRows={5}
            maxLength={SESSION_NOTE_MAX}
            required
            value={text}
            error={fieldError}
            onChange={(e) => {
              setText(e.currentTarget.value);
              if (fieldError) setFieldError(null);
            }}
          />
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed">
              {t('sessionView.note.count', { count: text.length, max: SESSION_NOTE_MAX })}
            </Text>
            <Button type="submit" loading={add.isPending}>
              {t('sessionView.note.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Stack gap="sm" component="section" aria-labelledby="session-notes-heading">
        <Title order={3} id="session-notes-heading">
          {t('sessionView.note.earlier')}
        </Title>
        {notes.isPending ? (
          <ListSkeleton rows={2} height={80} />
        ) : notes.isError ? (
          <QueryError error={notes.error} onRetry={() => void notes.refetch()} />
        ) : notes.data.length === 0 ? (
          <Text c="dimmed">{t('sessionView.note.none')}</Text>
        ) : (
          <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {notes.data.map((note) => (
              <li key={note.id}>
                <NoteItem note={note} clientId={client.id} />
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
