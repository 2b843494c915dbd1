import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconMessagePlus } from '@tabler/icons-react';
import { AGENDA_TEXT_MAX } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { useAddAgendaItem, useAgenda } from './agenda-api.ts';

interface Props {
  /** What the item will say; the client can change or remove it later on the list. */
  text: string;
  /** The saved entry it comes from, when its id is known (an entry still in the outbox has none yet). */
  entryId?: string | null;
}

/**
 * One tap puts something on the client's "For my next session" list. An entry already on the
 * open list shows that instead of the button, so the same entry is not brought twice.
 */
export function BringToSessionButton({ text, entryId = null }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const agenda = useAgenda(me.user.id);
  const add = useAddAgendaItem(me.user.id);
  const [added, setAdded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onList = entryId !== null && (agenda.data?.open.some((i) => i.source?.entryId === entryId) ?? false);

  if (added || onList) {
    return (
      <Group gap="xs" role="status">
        <IconCircleCheck size={20} aria-hidden color="var(--mantine-primary-color-filled)" />
        <Text fw={600}>{t('agenda.brought')}</Text>
        <Anchor component={Link} to="/next-session">
          {t('agenda.openList')}
        </Anchor>
      </Group>
    );
  }

  const bring = () => {
    setError(null);
    const body = text.trim().slice(0, AGENDA_TEXT_MAX) || t('agenda.bring');
    add.mutate(
      { text: body, ...(entryId ? { source: { kind: 'entry' as const, entryId } } : {}) },
      { onSuccess: () => setAdded(true), onError: (e) => setError(errorMessage(t, e)) },
    );
  };

  return (
    <Stack gap={6}>
      {/* Wraps instead of cutting the label off on a narrow phone. */}
      <Button variant="light" size="md" h="auto" mih={44} py={8} styles={{ label: { whiteSpace: 'normal' } }} leftSection={<IconMessagePlus size={20} aria-hidden />} loading={add.isPending} onClick={bring}>
        {t('agenda.bring')}
      </Button>
      <FormAlert message={error} />
    </Stack>
  );
}
