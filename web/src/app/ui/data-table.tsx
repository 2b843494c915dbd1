import { Paper, Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props extends Omit<TableProps, 'children'> {
  /** Names the scrolling region for keyboard and screen-reader users. */
  label: string;
  /** Below this width the table scrolls sideways instead of squeezing. */
  minWidth: number;
  /** The column headings, in order. */
  columns: string[];
  /** The body's rows (Table.Tr). */
  children: ReactNode;
}

/**
 * A table in a flush card. Wide tables scroll sideways on narrow screens; the region is
 * focusable and named so keyboard users can scroll it too, even when it holds no links
 * or buttons. Other props (striped, highlightOnHover, spacing) go to Mantine's Table.
 */
export function DataTable({ label, minWidth, columns, children, ...tableProps }: Props) {
  return (
    <Paper p={0}>
      <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="region" aria-label={label}>
        <Table verticalSpacing="sm" {...tableProps}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column} scope="col">
                  {column}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
