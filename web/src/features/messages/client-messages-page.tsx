import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { MessageThread } from './message-thread.tsx';

/** The client's thread with their whole care team. */
export function ClientMessagesPage() {
  const { t } = useTranslation();
  usePageTitle(t('messages.title'));
  const me = useSession();
  return (
    <Stack gap="md">
      <PageHeader title={t('messages.title')} subtitle={t('messages.subtitle')} />
      <MessageThread clientId={me.user.id} viewer="client" />
    </Stack>
  );
}
