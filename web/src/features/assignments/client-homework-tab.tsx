import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconBolt, IconClipboardPlus, IconListCheck } from '@tabler/icons-react';
import { localDate, type AssignmentView, type ClientDetail } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../app/ui/data-table.tsx';
import { EmptyState } from '../../app/ui/empty-state.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { QueryError } from '../../app/ui/query-error.tsx';
import { ActionStepsModal } from './action-steps-modal.tsx';
import { AdherenceLine, BarrierBadges } from './adherence-summary.tsx';
import { KindLabel } from './assignment-badges.tsx';
import { AssignmentFormModal, type AssignmentFormMode } from './assignment-form-modal.tsx';
import { useAssignments, type AssignmentStatus } from './assignments-api.ts';
import { useScheduleText } from './schedule-text.ts';

const GROUPS: Array<{ status: AssignmentStatus; key: 'active' | 'awaiting' | 'completed' }> = [
  { status: 'active', key: 'active' },
  { status: 'awaiting_confirmation', key: 'awaiting' },
  { status: 'completed', key: 'completed' },
];

export const assignmentPath = (clientId: string, id: string) =>
  `/clients/${encodeURIComponent(clientId)}/homework/${encodeURIComponent(id)}`;

/** The Homework tab of a client's page: how the plan is going, and planning more. */
export function ClientHomeworkTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const list = useAssignments(client.id);
  const [form, setForm] = useState<AssignmentFormMode | null>(null);
  const [actionSteps, setActionSteps] = useState(false);
  const today = localDate(new Date(), client.timeZone);

  let body;
  if (list.isPending) body = <ListSkeleton rows={3} />;
  else if (list.isError) body = <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.assignments.length === 0) {
    body = <EmptyState icon={<IconListCheck size={28} />} title={t('assignments.tab.emptyTitle')} body={t('assignments.tab.empty', { name: client.name })} />;
  } else {
    const { assignments, overall } = list.data;
    body = (
      <Stack gap="lg">
        <Paper component="section" aria-labelledby="overall-heading">
          <Title order={3} id="overall-heading" mb="sm">
            {t('assignments.tab.overall')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <AdherenceLine a={overall} />
            <div>
              <Text size="sm" c="dimmed" mb={4}>
                {t('assignments.tab.barriers')}
              </Text>
              <BarrierBadges barriers={overall.barriers} />
            </div>
          </SimpleGrid>
        </Paper>
        {GROUPS.map(({ status, key }) => {
          const rows = assignments.filter((a) => a.status === status);
          if (rows.length === 0) return null;
          return (
            <Stack gap="xs" key={status} component="section" aria-labelledby={`homework-${key}-heading`}>
              <Title order={3} id={`homework-${key}-heading`}>
                {t(`assignments.tab.group.${key}`, { name: client.name })}
              </Title>
              <AssignmentTable clientId={client.id} rows={rows} label={t('assignments.tab.tableLabel', { group: t(`assignments.tab.group.${key}`, { name: client.name }) })} />
            </Stack>
          );
        })}
      </Stack>
    );
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="client-homework-heading">
      <Group justify="space-between" gap="sm">
        <Title order={2} id="client-homework-heading">
          {t('assignments.tab.title')}
        </Title>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconBolt size={18} aria-hidden />} onClick={() => setActionSteps(true)}>
            {t('actionSteps.open')}
          </Button>
          <Button leftSection={<IconClipboardPlus size={18} aria-hidden />} onClick={() => setForm({ kind: 'create' })}>
            {t('assignments.tab.assign')}
          </Button>
        </Group>
      </Group>
      {body}
      <AssignmentFormModal mode={form} clientId={client.id} clientName={client.name} today={today} onClose={() => setForm(null)} />
      <ActionStepsModal clientId={client.id} clientName={client.name} opened={actionSteps} onClose={() => setActionSteps(false)} />
    </Stack>
  );
}

function AssignmentTable({ clientId, rows, label }: { clientId: string; rows: AssignmentView[]; label: string }) {
  const { t } = useTranslation();
  const scheduleText = useScheduleText();
  return (
    <DataTable
      label={label}
      minWidth={820}
      highlightOnHover
      columns={[t('assignments.col.title'), t('assignments.col.kind'), t('assignments.col.schedule'), t('assignments.col.adherence'), t('assignments.col.barriers')]}
    >
      {rows.map((a) => (
        <Table.Tr key={a.id}>
          <Table.Td>
            <Anchor component={Link} to={assignmentPath(clientId, a.id)} fw={600}>
              {a.title}
            </Anchor>
            {a.goal && (
              <Text size="sm" c="dimmed">
                {t('assignments.forGoal', { title: a.goal.title })}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <KindLabel kind={a.kind} />
          </Table.Td>
          <Table.Td>{scheduleText(a.schedule)}</Table.Td>
          <Table.Td>
            <AdherenceLine a={a.adherence} />
          </Table.Td>
          <Table.Td>
            <BarrierBadges barriers={a.adherence.barriers} />
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
