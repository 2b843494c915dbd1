import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/ui/data-table.tsx';
import { Disclosure } from '../../app/ui/disclosure.tsx';

interface Props {
  /** Names the table, e.g. "Mood per day". */
  label: string;
  columns: string[];
  rows: Array<{ key: string; cells: ReactNode[] }>;
  minWidth?: number;
}

/** A chart's numbers as a table, behind "Show the numbers": the chart's text alternative. */
export function ChartTable({ label, columns, rows, minWidth = 320 }: Props) {
  const { t } = useTranslation();
  return (
    <Disclosure summary={t('insights.showNumbers', { name: label })}>
      <DataTable label={t('insights.numbersFor', { name: label })} minWidth={minWidth} columns={columns} striped>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            {row.cells.map((cell, i) => (i === 0 ? <Table.Th key={i} scope="row" fw={400}>{cell}</Table.Th> : <Table.Td key={i}>{cell}</Table.Td>))}
          </Table.Tr>
        ))}
      </DataTable>
    </Disclosure>
  );
}
