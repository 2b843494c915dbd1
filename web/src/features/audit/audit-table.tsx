import { Code, Table, Text, VisuallyHidden } from '@mantine/core';
import type { AuditEntryView, Role } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { DataTable } from '../../app/ui/data-table.tsx';
import { OutcomeBadge } from './outcome-badge.tsx';

// Kept local: importing ROLES from the domain would pull zod into this chunk for one array.
const isRole = (role: string): role is Role => role === 'therapist' || role === 'client';

function Empty() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden>—</span>
      <VisuallyHidden>{t('audit.none')}</VisuallyHidden>
    </>
  );
}

export function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  return (
    <DataTable
      minWidth={880}
      label={t('audit.entries')}
      striped
      columns={[
        t('audit.columns.when'),
        t('audit.columns.who'),
        t('audit.columns.action'),
        t('audit.columns.client'),
        t('audit.columns.outcome'),
        t('audit.columns.ip'),
      ]}
    >
      {entries.map((entry) => (
        <Table.Tr key={entry.id}>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
          </Table.Td>
          <Table.Td>
            {entry.actor ? (
              <>
                {entry.actor.name}{' '}
                <Text span c="dimmed" inherit>
                  ({isRole(entry.actor.role) ? t(`roles.${entry.actor.role}`) : entry.actor.role})
                </Text>
              </>
            ) : (
              <Text span c="dimmed" inherit>
                {t('audit.noActor')}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Code>{entry.action}</Code>
          </Table.Td>
          <Table.Td>{entry.client ? entry.client.name : <Empty />}</Table.Td>
          <Table.Td>
            <OutcomeBadge outcome={entry.outcome} />
          </Table.Td>
          <Table.Td>{entry.ip ?? <Empty />}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
