import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { MAX_NUDGE_LENGTH, type NudgeView } from '@stepwise/domain';
import { IconBellRinging } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../app/api.ts';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { AppModal } from '../../app/ui/app-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';

interface NudgeStatus {
  lastAt: string | null;
  nextAllowedAt: string;
  allowed: boolean;
}

const statusKey = (clientId: string) => ['nudge', clientId] as const;

/** "Nudge now" on a client's page: a notification to the client at once, one an hour. */
export function NudgeButton({ clientId, clientName }: { clientId: string; clientName: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [message, setMessage] = useState('');
  const status = useQuery({ queryKey: statusKey(clientId), queryFn: () => api.get<NudgeStatus>(`/api/clients/${encodeURIComponent(clientId)}/nudge`), enabled: opened });
  const send = useMutation({
    mutationFn: () => api.post<NudgeView>(`/api/clients/${encodeURIComponent(clientId)}/nudge`, { message }),
    onSuccess: (sent) => {
      queryClient.setQueryData<NudgeStatus>(statusKey(clientId), { lastAt: sent.sentAt, nextAllowedAt: sent.nextAllowedAt, allowed: false });
      notify({ message: t('reminders.nudge.sent', { name: clientName }) });
      setMessage('');
      setOpened(false);
    },
    // A 429 carries when the next is possible: the status line shows it.
    onError: (error) => {
      if (isApiError(error) && error.status === 429) void status.refetch();
    },
  });
  const waitUntil = status.data && !status.data.allowed ? status.data.nextAllowedAt : null;
  const close = () => {
    setOpened(false);
    send.reset();
  };

  return (
    <>
      <Button variant="default" size="md" leftSection={<IconBellRinging size={18} aria-hidden />} onClick={() => setOpened(true)}>
        {t('reminders.nudge.button')}
      </Button>
      <AppModal opened={opened} onClose={close} title={t('reminders.nudge.title', { name: clientName })}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            send.mutate();
          }}
        >
          <Stack gap="sm">
            <Text>{t('reminders.nudge.intro', { name: clientName })}</Text>
            <Text size="sm" c="dimmed">
              {t('reminders.nudge.lockScreen')}
            </Text>
            <Textarea
              label={t('reminders.nudge.message')}
              placeholder={t('reminders.nudge.messagePlaceholder')}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
              maxLength={MAX_NUDGE_LENGTH}
              autosize
              minRows={2}
              description={`${message.length} / ${MAX_NUDGE_LENGTH}`}
              data-autofocus
            />
            {status.data?.lastAt && (
              <Text size="sm" c="dimmed">
                {t('reminders.nudge.last', { when: format.dateTime(status.data.lastAt) })}
              </Text>
            )}
            {waitUntil && (
              <Text size="sm" role="status">
                {t('reminders.nudge.wait', { time: format.dateTime(waitUntil) })}
              </Text>
            )}
            <FormAlert message={send.isError && !(isApiError(send.error) && send.error.status === 429) ? errorMessage(t, send.error) : null} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={send.isPending} disabled={waitUntil !== null}>
                {t('reminders.nudge.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </AppModal>
    </>
  );
}
