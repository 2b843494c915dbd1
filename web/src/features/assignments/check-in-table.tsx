import { Badge, Button, Table, Text } from '@mantine/core';
import type { AssignmentDetail, CheckInView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { DataTable } from '../../app/ui/data-table.tsx';
import { barrierKey } from './adherence-summary.tsx';
import { occurrenceRows } from './check-in-rows.ts';
import { useTimeText } from './schedule-text.ts';

const OUTCOME_COLORS = { done: 'sage', partly: 'blue', not_done: 'gray' } as const;

export function OutcomeBadge({ outcome }: { outcome: CheckInView['outcome'] | null }) {
  const { t } = useTranslation();
  if (outcome === null) return <Text c="dimmed">{t('checkIn.noAnswer')}</Text>;
  return <Badge color={OUTCOME_COLORS[outcome]}>{t(`checkIn.outcome.${outcome}`)}</Badge>;
}

interface Props {
  a: AssignmentDetail;
  today: string;
  onEncourage?: (checkIn: CheckInView) => void;
}

/** Every occurrence so far with the client's answer and reflection. */
export function CheckInTable({ a, today, onEncourage }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const timeText = useTimeText();
  const rows = occurrenceRows(a, today);
  if (rows.length === 0) return <Text c="dimmed">{t('checkIn.noneYet')}</Text>;
  return (
    <DataTable
      label={t('checkIn.tableLabel')}
      minWidth={980}
      striped
      columns={[
        t('checkIn.col.date'),
        t('checkIn.col.time'),
        t('checkIn.col.outcome'),
        t('checkIn.col.howItWent'),
        t('checkIn.col.helpfulness'),
        t('checkIn.col.note'),
        t('checkIn.col.barrier'),
        ...(onEncourage ? [t('common.actions')] : []),
      ]}
    >
      {rows.map((r) => {
        const c = r.checkIn;
        return (
          <Table.Tr key={`${r.date} ${r.time}`}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.day(r.date)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{timeText(r.time)}</Table.Td>
            <Table.Td>
              <OutcomeBadge outcome={c?.outcome ?? null} />
            </Table.Td>
            <Table.Td>{c?.howItWent}</Table.Td>
            <Table.Td>{c?.helpfulness ?? ''}</Table.Td>
            <Table.Td>{c?.note}</Table.Td>
            <Table.Td>
              {c?.barrier ? t(barrierKey(c.barrier)) : ''}
              {c?.barrierNote ? ` (${c.barrierNote})` : ''}
            </Table.Td>
            {onEncourage && (
              <Table.Td>
                {c && c.outcome !== 'not_done' && (
                  <Button size="xs" variant="light" onClick={() => onEncourage(c)} aria-label={t('encourage.forDay', { date: format.day(r.date) })}>
                    {t('encourage.short')}
                  </Button>
                )}
              </Table.Td>
            )}
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
