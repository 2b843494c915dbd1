import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconCloudUpload } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { discardEntry } from './outbox.ts';
import { useOnline, useOutbox } from './use-outbox.ts';

export type SendState = 'sent' | 'waiting' | 'refused';

/** Where an entry saved through the outbox is now: sent, still on the phone, or refused by the server. */
export function useSendState(key: string): { state: SendState; problem: string | null } {
  const item = useOutbox().find((i) => i.key === key);
  if (!item) return { state: 'sent', problem: null };
  return item.problem === null ? { state: 'waiting', problem: null } : { state: 'refused', problem: item.problem };
}

interface Props {
  itemKey: string;
  /** What was saved, e.g. "Check-in saved". */
  title: string;
  /** The next things to do (log another, go back). */
  children?: ReactNode;
}

/** Shown right after saving: says whether the entry has reached the care team's side yet. Takes focus. */
export function SavedStatus({ itemKey, title, children }: Props) {
  const { t } = useTranslation();
  const online = useOnline();
  const { state, problem } = useSendState(itemKey);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);

  const icon = state === 'sent' ? <IconCircleCheck aria-hidden /> : state === 'waiting' ? <IconCloudUpload aria-hidden /> : <IconAlertCircle aria-hidden />;
  const body = state === 'sent' ? t('entries.status.sent') : state === 'waiting' ? (online ? t('entries.status.sending') : t('entries.status.offline')) : t('entries.status.refused', { problem });
  return (
    <Stack gap="md" ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
      <Alert color={state === 'refused' ? 'red' : state === 'sent' ? 'sage' : 'gray'} variant="light" icon={icon} title={title} role="status">
        <Text>{body}</Text>
      </Alert>
      <Group gap="sm">
        {state === 'refused' && (
          <Button variant="default" onClick={() => void discardEntry(itemKey)}>
            {t('entries.status.discard')}
          </Button>
        )}
        {children}
      </Group>
    </Stack>
  );
}
