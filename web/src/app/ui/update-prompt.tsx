import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate, onUpdateWaiting, updateWaiting } from '../pwa.ts';

/** "A new version is ready": shown once the new service worker waits; reloading is the person's choice. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const waiting = useSyncExternalStore(onUpdateWaiting, updateWaiting);
  if (!waiting) return null;
  return (
    <Alert color="blue" variant="light" mb="md" role="status">
      <Group justify="space-between" gap="sm">
        <Text>{t('app.update.body')}</Text>
        <Button size="sm" variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={applyUpdate}>
          {t('app.update.reload')}
        </Button>
      </Group>
    </Alert>
  );
}
