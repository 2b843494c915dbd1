import { Badge, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { PracticePerson } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { usePeople } from './audit-api.ts';
import { TableScroll } from '../../app/ui/table-scroll.tsx';

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
      <Paper p={0}>
        <TableScroll minWidth={760} label={t('people.title')}>
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('form.name')}</Table.Th>
                <Table.Th scope="col">{t('form.email')}</Table.Th>
                <Table.Th scope="col">{t('people.role')}</Table.Th>
                <Table.Th scope="col">{t('people.joined')}</Table.Th>
                <Table.Th scope="col">{t('people.careTeam')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
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
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Paper>
    );
  }

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>{t('people.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('people.subtitle', { practice: me.practice.name })}
        </Text>
      </div>
      {body}
    </Stack>
  );
}
