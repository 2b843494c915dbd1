import { Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { InviteModal } from '../invitations/invite-modal.tsx';
import { PendingInvitations } from '../invitations/pending-invitations.tsx';
import { Caseload } from '../caseload/caseload-table.tsx';

/** The therapist's home: the caseload (who needs attention first), and who is still to join. */
export function ClientsPage() {
  const { t } = useTranslation();
  usePageTitle(t('clients.title'));
  const me = useSession();
  const [clientOpened, clientModal] = useDisclosure(false);
  const [therapistOpened, therapistModal] = useDisclosure(false);

  return (
    <Stack gap="xl" maw={1280}>
      <Group justify="space-between" align="flex-end" gap="md">
        <PageHeader title={t('clients.title')} subtitle={t('clients.subtitle', { practice: me.practice.name })} />
        <Group gap="sm">
          {me.user.isAdmin && (
            <Button variant="default" leftSection={<IconUserPlus size={18} aria-hidden />} onClick={therapistModal.open}>
              {t('invitations.invite.therapistButton')}
            </Button>
          )}
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={clientModal.open}>
            {t('invitations.invite.clientButton')}
          </Button>
        </Group>
      </Group>
      <Caseload onInvite={clientModal.open} />
      <PendingInvitations />
      <InviteModal role="client" opened={clientOpened} onClose={clientModal.close} />
      {me.user.isAdmin && <InviteModal role="therapist" opened={therapistOpened} onClose={therapistModal.close} />}
    </Stack>
  );
}
