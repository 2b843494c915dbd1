import { Button, Group, Paper, Stack, Text, Textarea, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconMessageCircle, IconTrash } from '@tabler/icons-react';
import { AGENDA_TEXT_MAX, type AgendaItemView } from '@stepwise/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ConfirmModal } from '../../app/ui/confirm-modal.tsx';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { notify } from '../../app/ui/notify.ts';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useAddAgendaItem, useAgenda, useDeleteAgendaItem } from './agenda-api.ts';
import { AgendaItemMeta } from './agenda-item-meta.tsx';

/** The client's "For my next session" list: add with one big field, remove what is not needed, see what was covered. */
export function NextSessionPage() {
  const { t } = useTranslation();
  usePageTitle(t('agenda.title'));
  const me = useSession();
  const format = useFormat();
  const agenda = useAgenda(me.user.id);
  const remove = useDeleteAgendaItem(me.user.id);
  const [removing, setRemoving] = useState<AgendaItemView | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);

  const confirmRemove = () => {
    if (!removing) return;
    setRemoveError(null);
    remove.mutate(removing.id, {
      onSuccess: () => {
        notify({ message: t('agenda.removed') });
        setRemoving(null);
      },
      onError: (e) => setRemoveError(errorMessage(t, e)),
    });
  };

  let list;
  if (agenda.isPending) list = <ListSkeleton rows={2} height={72} />;
  else if (agenda.isError) list = <QueryError error={agenda.error} onRetry={() => void agenda.refetch()} />;
  else {
    const { open, discussed } = agenda.data;
    list = (
      <Stack gap="xl">
        <Stack gap="sm" component="section" aria-labelledby="agenda-open-heading">
          <Title order={2} size="h3" id="agenda-open-heading">
            {t('agenda.openHeading')}
          </Title>
          {open.length === 0 ? (
            <EmptyState icon={<IconMessageCircle size={28} />} title={t('agenda.empty')} body={t('agenda.emptyHint')} />
          ) : (
            <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {open.map((item) => (
                <Paper component="li" key={item.id} radius="lg" p="md">
                  <Stack gap={6}>
                    <Text fz="lg" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                      {item.text}
                    </Text>
                    <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                      <AgendaItemMeta item={item} viewerId={me.user.id} />
                      <Button variant="subtle" color="red" size="compact-md" style={{ flexShrink: 0 }} leftSection={<IconTrash size={16} aria-hidden />} aria-label={t('agenda.removeNamed', { text: item.text.slice(0, 60) })} onClick={() => setRemoving(item)}>
                        {t('agenda.remove')}
                      </Button>
                    </Group>
                  </Stack>
                </Paper>
              ))}
            </Stack>
          )}
        </Stack>
        {discussed.length > 0 && (
          <Stack gap="sm" component="section" aria-labelledby="agenda-done-heading">
            <Title order={2} size="h3" id="agenda-done-heading">
              {t('agenda.discussedHeading')}
            </Title>
            <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {discussed.map((item) => (
                <Group component="li" key={item.id} gap="sm" wrap="nowrap" align="flex-start">
                  <ThemeIcon size={28} radius="xl" variant="light" aria-hidden>
                    <IconCircleCheck size={18} />
                  </ThemeIcon>
                  <div style={{ minWidth: 0 }}>
                    <Text style={{ overflowWrap: 'anywhere' }}>
                      {item.text}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t('agenda.discussedOn', { date: format.date(item.discussedAt ?? item.createdAt) })}
                    </Text>
                  </div>
                </Group>
              ))}
            </Stack>
          </Stack>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader title={t('agenda.title')} subtitle={t('agenda.intro')} />
      <AddItemForm clientId={me.user.id} />
      {list}
      <ConfirmModal
        opened={removing !== null}
        title={t('agenda.removeTitle')}
        confirmLabel={t('agenda.remove')}
        loading={remove.isPending}
        error={removeError}
        onConfirm={confirmRemove}
        onClose={() => {
          setRemoving(null);
          setRemoveError(null);
        }}
      >
        {t('agenda.removeBody', { text: removing?.text.slice(0, 120) ?? '' })}
      </ConfirmModal>
    </Stack>
  );
}

function AddItemForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const add = useAddAgendaItem(clientId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!text.trim()) {
      field.current?.focus();
      return;
    }
    add.mutate(
      { text: text.trim() },
      {
        onSuccess: () => {
          setText('');
          notify({ message: t('agenda.added') });
        },
        onError: (err) => setError(errorMessage(t, err)),
      },
    );
  };
  return (
    <Paper radius="lg" p="md" component="form" noValidate onSubmit={submit}>
      <Stack gap="sm">
        <Textarea
          ref={field}
          label={t('agenda.addLabel')}
          placeholder={t('agenda.addPlaceholder')}
          size="lg"
          autosize
          minRows={2}
          maxRows={8}
          maxLength={AGENDA_TEXT_MAX}
          value={text}
          error={error}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Button type="submit" size="lg" fullWidth loading={add.isPending}>
          {t('agenda.add')}
        </Button>
      </Stack>
    </Paper>
  );
}
