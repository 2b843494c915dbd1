import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import type { ClientDetail } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ConfirmModal } from '../../app/ui/confirm-modal.tsx';
import { notify } from '../../app/ui/notify.ts';
import { MessageThread } from './message-thread.tsx';
import { useSetPaused, useThread } from './messages-api.ts';

/** Pause or resume, after a confirm that says what the client will see. */
function PauseControl({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const thread = useThread(client.id);
  const setPaused = useSetPaused(client.id);
  const [open, setOpen] = useState(false);
  // What the dialog asks is fixed when it opens, so its words do not flip while it closes.
  const [pausing, setPausing] = useState(true);
  if (!thread.data) return null;
  const paused = thread.data.paused;
  const name = client.name;
  const close = () => {
    setOpen(false);
    setPaused.reset();
  };
  const confirm = () =>
    setPaused.mutate(pausing, {
      onSuccess: (status) => {
        setOpen(false);
        notify({ message: status.paused ? t('messages.pausedDone', { name }) : t('messages.resumedDone', { name }) });
      },
    });
  return (
    <>
      <Button
        variant="default"
        leftSection={paused ? <IconPlayerPlay size={18} aria-hidden /> : <IconPlayerPause size={18} aria-hidden />}
        onClick={() => {
          setPausing(!paused);
          setOpen(true);
        }}
      >
        {paused ? t('messages.resume') : t('messages.pause')}
      </Button>
      <ConfirmModal
        opened={open}
        onClose={close}
        title={pausing ? t('messages.pauseTitle', { name }) : t('messages.resumeTitle', { name })}
        confirmLabel={pausing ? t('messages.pauseConfirm') : t('messages.resumeConfirm')}
        loading={setPaused.isPending}
        error={setPaused.isError ? errorMessage(t, setPaused.error) : null}
        onConfirm={confirm}
      >
        {pausing ? t('messages.pauseBody', { name }) : t('messages.resumeBody', { name })}
      </ConfirmModal>
    </>
  );
}

/** The Messages tab of a client's page: the client's thread, as the care team sees it. */
export function ClientMessagesTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={760} component="section" aria-labelledby="client-messages-heading">
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <Title order={2} id="client-messages-heading">
            {t('messages.title')}
          </Title>
          <Text c="dimmed" mt={4}>
            {t('messages.threadLabelTeam', { name: client.name })}
          </Text>
        </div>
        <PauseControl client={client} />
      </Group>
      <MessageThread clientId={client.id} viewer="team" />
    </Stack>
  );
}
