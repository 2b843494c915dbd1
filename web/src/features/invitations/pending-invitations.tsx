import { Button, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { InvitationView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ConfirmModal } from '../../app/ui/confirm-modal.tsx';
import { DataTable } from '../../app/ui/data-table.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useInvitationAction, useInvitations } from './invitations-api.ts';
import { InvitationStatusBadge } from './invitation-status-badge.tsx';
import { notify } from '../../app/ui/notify.ts';

/** Invitations still waiting for an answer, with ways to send a fresh link or take one back. */
export function PendingInvitations() {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const invitations = useInvitations();
  const resend = useInvitationAction('resend');
  const revoke = useInvitationAction('revoke');
  const [revoking, setRevoking] = useState<InvitationView | null>(null);

  const onResend = (invitation: InvitationView) =>
    resend.mutate(invitation.id, {
      onSuccess: () =>
        notify({
          title: t('invitations.pending.resentTitle'),
          message: t('invitations.pending.resent', { email: invitation.email }),
        }),
      onError: (error) => notify({ tone: 'error', message: errorMessage(t, error) }),
    });

  const closeRevoke = () => {
    setRevoking(null);
    revoke.reset();
  };

  const open = (invitations.data ?? []).filter((i) => i.status === 'pending' || i.status === 'expired');
  const showInviter = me.user.isAdmin;

  return (
    <Stack gap="sm" component="section">
      <Title order={2} id="pending-invitations-heading">
        {t('invitations.pending.title')}
      </Title>
      {invitations.isPending ? (
        <Stack gap="xs" aria-hidden>
          <Skeleton h={40} />
          <Skeleton h={40} />
        </Stack>
      ) : invitations.isError ? (
        <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : open.length === 0 ? (
        <Text c="dimmed">{t('invitations.pending.empty')}</Text>
      ) : (
        <DataTable
          minWidth={showInviter ? 860 : 720}
          label={t('invitations.pending.title')}
          horizontalSpacing="sm"
          highlightOnHover
          columns={[
            t('form.name'),
            t('form.email'),
            t('invitations.pending.role'),
            t('invitations.pending.status'),
            t('invitations.pending.expires'),
            ...(showInviter ? [t('invitations.pending.invitedBy')] : []),
            t('common.actions'),
          ]}
        >
          {open.map((invitation) => (
            <Table.Tr key={invitation.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{invitation.name}</Table.Td>
              <Table.Td>{invitation.email}</Table.Td>
              <Table.Td>{t(`roles.${invitation.role}`)}</Table.Td>
              <Table.Td>
                <InvitationStatusBadge status={invitation.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(invitation.expiresAt)}</Table.Td>
              {showInviter && <Table.Td>{invitation.invitedBy.name}</Table.Td>}
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    loading={resend.isPending && resend.variables === invitation.id}
                    onClick={() => onResend(invitation)}
                    aria-label={t('invitations.pending.resendTo', { name: invitation.name })}
                  >
                    {t('invitations.pending.resend')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setRevoking(invitation)}
                    aria-label={t('invitations.pending.revokeFor', { name: invitation.name })}
                  >
                    {t('invitations.pending.revoke')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <ConfirmModal
        opened={revoking !== null}
        title={t('invitations.revoke.title')}
        confirmLabel={t('invitations.revoke.confirm')}
        loading={revoke.isPending}
        error={revoke.isError ? errorMessage(t, revoke.error) : null}
        onClose={closeRevoke}
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking.id, { onSuccess: closeRevoke });
        }}
      >
        {t('invitations.revoke.body', { name: revoking?.name ?? '', email: revoking?.email ?? '' })}
      </ConfirmModal>
    </Stack>
  );
}
