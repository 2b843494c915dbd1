import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  minWidth: number;
  children: ReactNode;
}

/**
 * Lets wide tables scroll sideways on narrow screens. The region is focusable and named
 * so keyboard users can scroll it too, even when it holds no links or buttons.
 */
export function TableScroll({ label, minWidth, children }: Props) {
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="region" aria-label={label}>
      {children}
    </Table.ScrollContainer>
  );
}
