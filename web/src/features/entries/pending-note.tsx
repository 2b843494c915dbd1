import { Alert } from '@mantine/core';
import { IconCloudUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOutbox } from './use-outbox.ts';

/** Before signing out: entries still on this phone, and what becomes of them. */
export function PendingNote() {
  const { t } = useTranslation();
  const waiting = useOutbox().length;
  if (waiting === 0) return null;
  return (
    <Alert color="blue" variant="light" icon={<IconCloudUpload aria-hidden />}>
      {t('offline.beforeSignOut', { count: waiting })}
    </Alert>
  );
}
