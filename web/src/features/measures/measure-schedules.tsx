import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import type { MeasureScheduleView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ConfirmModal } from '../../app/ui/confirm-modal.tsx';
import { DataTable } from '../../app/ui/data-table.tsx';
import { notify } from '../../app/ui/notify.ts';
import { useSession } from '../../app/session.tsx';
import { useEndMeasureSchedule } from './measures-api.ts';
import { useMeasureText } from './measure-text.ts';

interface Props {
  clientId: string;
  clientName: string;
  schedules: MeasureScheduleView[];
}

function DueBadge({ due }: { due: MeasureScheduleView['due'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!due) return <Text c="dimmed">{t('measures.schedules.notDue')}</Text>;
  return due.overdue ? (
    <Badge color="red">{t('measures.schedules.overdue', { date: format.dayMonth(due.dueDate) })}</Badge>
  ) : (
    <Badge color="blue">{t('measures.schedules.dueOn', { date: format.dayMonth(due.dueDate) })}</Badge>
  );
}

/** The questionnaires a client is asked to answer now and later, each with a way to stop it. */
export function MeasureSchedules({ clientId, clientName, schedules }: Props) {
  const { t } = useTranslation();
  const format = useFormat(useSession().user.timeZone);
  const text = useMeasureText();
  const end = useEndMeasureSchedule(clientId);
  const [ending, setEnding] = useState<MeasureScheduleView | null>(null);

  const close = () => {
    setEnding(null);
    end.reset();
  };
  const confirmEnd = () => {
    if (!ending) return;
    end.mutate(ending.id, {
      onSuccess: () => {
        notify({ message: t('measures.schedules.ended', { name: ending.measure.shortName }) });
        close();
      },
    });
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="measure-schedules-heading">
      <Title order={3} id="measure-schedules-heading">
        {t('measures.schedules.title')}
      </Title>
      {schedules.length === 0 ? (
        <Text>{t('measures.schedules.none', { name: clientName })}</Text>
      ) : (
        // Status second: on a phone it is what shows before the table scrolls sideways.
        <DataTable
          label={t('measures.schedules.tableLabel')}
          minWidth={820}
          columns={[t('measures.col.questionnaire'), t('measures.col.status'), t('measures.col.howOften'), t('measures.col.next'), t('measures.col.lastAnswered'), t('common.actions')]}
        >
          {schedules.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Text fw={600}>{s.measure.shortName}</Text>
                {s.measure.title !== s.measure.shortName && (
                  <Text size="sm" c="dimmed">
                    {s.measure.title}
                  </Text>
                )}
                {s.measure.kind === 'custom' && (
                  <Text size="sm" c="dimmed">
                    {t('measures.schedules.custom')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <DueBadge due={s.due} />
              </Table.Td>
              <Table.Td>{text.cadence(s)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.nextDueDate ? format.calendarDate(s.nextDueDate) : t('measures.schedules.noNext')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.lastSubmittedAt ? format.date(s.lastSubmittedAt) : t('measures.schedules.never')}</Table.Td>
              <Table.Td>
                <Button variant="default" size="sm" onClick={() => setEnding(s)} aria-label={t('measures.schedules.endLabel', { name: s.measure.shortName, cadence: text.cadence(s) })}>
                  {t('measures.schedules.end')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <ConfirmModal
        opened={ending !== null}
        title={t('measures.schedules.endTitle', { name: ending?.measure.shortName ?? '' })}
        confirmLabel={t('measures.schedules.endConfirm')}
        loading={end.isPending}
        error={end.isError ? errorMessage(t, end.error) : null}
        onConfirm={confirmEnd}
        onClose={close}
      >
        {t('measures.schedules.endBody', { name: clientName })}
      </ConfirmModal>
    </Stack>
  );
}
