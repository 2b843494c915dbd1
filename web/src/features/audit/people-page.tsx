import { Badge, Skeleton, Stack, Table } from '@mantine/core';
import type { PracticePerson } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { DataTable } from '../../app/ui/data-table.tsx';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { usePeople } from './audit-api.ts';

function RoleBadge({ person }: { person: PracticePerson }) {
  const { t } = useTranslation();
  const label = person.isAdmin ? t('roles.admin') : t(`roles.${person.role}`);
  return (
    <Badge color={person.role === 'client' ? 'blue' : 'sage'}>
      {label}
    </Badge>
  );
}

/** Everyone in the practice, for admins: who is who and who looks after whom. */
export function PeoplePage() {
  const { t } = useTranslation();
  usePageTitle(t('people.title'));
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const people = usePeople();

  let body;
  if (people.isPending) body = <Skeleton h={160} aria-hidden />;
  else if (people.isError) body = <QueryError error={people.error} onRetry={() => void people.refetch()} />;
  else {
    body = (
      <DataTable
        minWidth={760}
        label={t('people.title')}
        striped
        columns={[t('form.name'), t('form.email'), t('people.role'), t('people.joined'), t('people.careTeam')]}
      >
        {people.data.map((person) => (
          <Table.Tr key={person.id}>
            <Table.Td fw={600}>{person.name}</Table.Td>
            <Table.Td>{person.email}</Table.Td>
            <Table.Td>
              <RoleBadge person={person} />
            </Table.Td>
            <Table.Td>{format.date(person.joinedAt)}</Table.Td>
            <Table.Td>
              {person.role === 'client'
                ? person.careTeam.map((member) => member.name).join(', ') || t('people.noCareTeam')
                : ''}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    );
  }

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader title={t('people.title')} subtitle={t('people.subtitle', { practice: me.practice.name })} />
      {body}
    </Stack>
  );
}
