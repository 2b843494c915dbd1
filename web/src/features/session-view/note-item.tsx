import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { SESSION_NOTE_MAX, type SessionNoteView } from '@stepwise/domain';
import { IconPencil } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { notify } from '../../app/ui/notify.ts';
import { useEditSessionNote } from './session-notes-api.ts';

/** One earlier note: who wrote it and when; its author can change the text. */
export function NoteItem({ note, clientId }: { note: SessionNoteView; clientId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const edit = useEditSessionNote(clientId);
  const [draft, setDraft] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const mine = note.author.id === me.user.id;
  const written = format.dateTime(note.createdAt);

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    if (draft === null || !draft.trim()) return;
    edit.mutate(
      { id: note.id, text: draft.trim() },
      {
        onSuccess: () => {
          setDraft(null);
          notify({ message: t('sessionView.note.saved') });
        },
      },
    );
  };

  return (
    <Paper p="md">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            {t('sessionView.note.by', { name: note.author.name, date: written })}
            {note.updatedAt !== note.createdAt && ` · ${t('sessionView.note.edited', { date: format.dateTime(note.updatedAt) })}`}
          </Text>
          {mine && draft === null && (
            <Button
              variant="subtle"
              size="compact-md"
              leftSection={<IconPencil size={16} aria-hidden />}
              aria-label={t('sessionView.note.editFor', { date: written })}
              onClick={() => {
                setDraft(note.text);
                // Straight into the text, so editing by keyboard needs no extra Tab.
                requestAnimationFrame(() => input.current?.focus());
              }}
            >
              {t('sessionView.note.edit')}
            </Button>
          )}
        </Group>
        {draft === null ? (
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{note.text}</Text>
        ) : (
          <form noValidate onSubmit={save}>
            <Stack gap="xs">
              <Textarea
                label={t('sessionView.note.editLabel', { date: written })}
                autosize
                minRows={3}
                maxLength={SESSION_NOTE_MAX}
                value={draft}
                ref={input}
                error={!draft.trim() ? t('form.required') : edit.isError ? errorMessage(t, edit.error) : null}
                onChange={(e) => setDraft(e.currentTarget.value)}
              />
              <Group gap="sm" justify="flex-end">
                <Button
                  variant="default"
                  onClick={() => {
                    setDraft(null);
                    edit.reset();
                  }}
                >
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={edit.isPending} disabled={!draft.trim()}>
                  {t('common.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
