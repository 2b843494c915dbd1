import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { ClientDetail } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ConfirmModal } from '../../app/ui/confirm-modal.tsx';
import { AddColleague } from './add-colleague.tsx';
import { clientKey, useRemoveFromCareTeam } from './clients-api.ts';

type Member = ClientDetail['careTeam'][number];

/** Who can see this client's work, and changing that. */
export function CareTeamSection({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const remove = useRemoveFromCareTeam(client.id);
  const [removing, setRemoving] = useState<Member | null>(null);

  const close = () => {
    setRemoving(null);
    remove.reset();
  };

  const confirmRemove = () => {
    if (!removing) return;
    const self = removing.therapistId === me.user.id;
    remove.mutate(removing.therapistId, {
      onSuccess: (detail) => {
        close();
        if (self) {
          // Access ended with that answer; nothing on this page may stay cached.
          queryClient.removeQueries({ queryKey: clientKey(client.id) });
          void navigate('/clients', { replace: true });
        } else {
          queryClient.setQueryData(clientKey(client.id), detail);
        }
      },
    });
  };

  const removingSelf = removing?.therapistId === me.user.id;

  return (
    <Stack gap="sm" component="section" aria-labelledby="care-team-heading">
      <Title order={2} id="care-team-heading">
        {t('clients.careTeam.title')}
      </Title>
      <Text c="dimmed">{t('clients.careTeam.intro', { name: client.name })}</Text>
      <Paper p={0}>
        <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {client.careTeam.map((member, index) => (
            <Group
              component="li"
              key={member.therapistId}
              justify="space-between"
              p="md"
              gap="sm"
              style={index > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
            >
              <div>
                <Group gap="xs">
                  <Text fw={600}>{member.name}</Text>
                  {member.therapistId === me.user.id && (
                    <Badge color="sage">
                      {t('clients.careTeam.you')}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" c="dimmed">
                  {member.email} · {t('clients.careTeam.since', { date: format.date(member.since) })}
                </Text>
              </div>
              <Button
                variant="subtle"
                color="red"
                size="sm"
                onClick={() => setRemoving(member)}
                aria-label={t('clients.careTeam.removeNamed', { name: member.name })}
              >
                {t('clients.careTeam.remove')}
              </Button>
            </Group>
          ))}
        </Stack>
      </Paper>
      <AddColleague client={client} />
      <ConfirmModal
        opened={removing !== null}
        title={t('clients.careTeam.confirmTitle')}
        confirmLabel={t('clients.careTeam.remove')}
        loading={remove.isPending}
        error={remove.isError ? errorMessage(t, remove.error) : null}
        onClose={close}
        onConfirm={confirmRemove}
      >
        {removingSelf
          ? t('clients.careTeam.confirmSelf', { client: client.name })
          : t('clients.careTeam.confirmOther', { name: removing?.name ?? '', client: client.name })}
      </ConfirmModal>
    </Stack>
  );
}
