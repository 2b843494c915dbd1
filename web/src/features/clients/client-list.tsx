import { Anchor, Button, Paper, Skeleton, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHeartHandshake, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { DataTable } from '../../app/ui/data-table.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { useClients } from './clients-api.ts';

export function ClientList({ onInvite }: { onInvite: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const clients = useClients();

  let body;
  if (clients.isPending) {
    body = (
      <Stack gap="xs" aria-hidden>
        <Skeleton h={44} />
        <Skeleton h={44} />
        <Skeleton h={44} />
      </Stack>
    );
  } else if (clients.isError) {
    body = <QueryError error={clients.error} onRetry={() => void clients.refetch()} />;
  } else if (clients.data.length === 0) {
    body = (
      <Paper p="xl">
        <Stack align="center" gap="sm" ta="center" maw={520} mx="auto">
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
            <IconHeartHandshake size={28} />
          </ThemeIcon>
          <Title order={3}>{t('clients.empty.title')}</Title>
          <Text>{t('clients.empty.body')}</Text>
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={onInvite} mt="xs">
            {t('invitations.invite.clientButton')}
          </Button>
        </Stack>
      </Paper>
    );
  } else {
    body = (
      <DataTable
        minWidth={560}
        label={t('clients.listTitle')}
        horizontalSpacing="md"
        highlightOnHover
        columns={[t('form.name'), t('form.email'), t('clients.since')]}
      >
        {clients.data.map((client) => (
          <Table.Tr key={client.id}>
            <Table.Td>
              <Anchor component={Link} to={`/clients/${encodeURIComponent(client.id)}`} fw={600}>
                {client.name}
              </Anchor>
            </Table.Td>
            <Table.Td>{client.email}</Table.Td>
            <Table.Td>{format.date(client.careTeamSince)}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    );
  }

  return (
    <Stack gap="sm" component="section">
      <Title order={2} id="clients-heading">
        {t('clients.listTitle')}
      </Title>
      {body}
    </Stack>
  );
}
