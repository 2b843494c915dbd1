import { Alert, Anchor, Text } from '@mantine/core';
import { IconCloudUpload, IconWifiOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OutboxItem } from './outbox.ts';
import { useOnline, useOutbox, useOutboxSync } from './use-outbox.ts';

const SLOW_MS = 8_000;

/** Whether an entry has been waiting longer than a normal send takes. */
function useStuck(outbox: OutboxItem[]): boolean {
  const oldest = outbox.find((i) => i.problem === null)?.queuedAt ?? null;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (oldest === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 2_000);
    return () => window.clearInterval(timer);
  }, [oldest]);
  return oldest !== null && now - Date.parse(oldest) > SLOW_MS;
}

/**
 * Under the client's header: offline, what happens to entries; online with entries still on
 * the phone, how many are on their way. Also keeps the outbox sending.
 */
export function OfflineBanner() {
  const { t } = useTranslation();
  useOutboxSync();
  const online = useOnline();
  const outbox = useOutbox();
  const stuck = useStuck(outbox);
  const waiting = outbox.filter((i) => i.problem === null).length;
  const refused = outbox.length - waiting;
  // Online, an entry normally leaves within a moment: say nothing unless it is taking a while.
  if (online && refused === 0 && !stuck) return null;
  return (
    <Alert
      role="status"
      color={online ? 'blue' : 'gray'}
      variant="light"
      icon={online ? <IconCloudUpload aria-hidden /> : <IconWifiOff aria-hidden />}
      title={online ? undefined : t('offline.title')}
      mb="md"
    >
      {!online && <Text>{t('offline.body')}</Text>}
      {waiting > 0 && <Text fw={600}>{online ? t('offline.sending', { count: waiting }) : t('offline.waiting', { count: waiting })}</Text>}
      {refused > 0 && (
        <Text>
          {t('offline.refused', { count: refused })}{' '}
          <Anchor component={Link} to="/log/history">
            {t('offline.refusedLink')}
          </Anchor>
        </Text>
      )}
    </Alert>
  );
}
