import { Table, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { Sort, SortKey } from './caseload-sort.ts';
import classes from './caseload.module.css';

interface Props {
  label: string;
  /** A shorter visible heading, so nine columns fit a laptop; screen readers still hear the label. */
  short?: string;
  sortKey?: SortKey;
  sort: Sort;
  onSort: (key: SortKey) => void;
}

/** A column heading; a sortable one is a button, and the sorted one carries aria-sort. */
export function SortHeader({ label, short, sortKey, sort, onSort }: Props) {
  const text: ReactNode = short ? (
    <>
      <span aria-hidden>{short}</span>
      <VisuallyHidden>{label}</VisuallyHidden>
    </>
  ) : (
    label
  );
  if (!sortKey) {
    return (
      <Table.Th scope="col" className={classes.th} title={short ? label : undefined}>
        {text}
      </Table.Th>
    );
  }
  const active = sort?.key === sortKey;
  const Icon = !active ? IconSelector : sort.dir === 'ascending' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th scope="col" className={classes.th} aria-sort={active ? sort.dir : undefined} title={short ? label : undefined}>
      <UnstyledButton className={classes.sortButton} onClick={() => onSort(sortKey)}>
        <span>{text}</span>
        <Icon size={12} aria-hidden className={active ? undefined : classes.idleIcon} />
      </UnstyledButton>
    </Table.Th>
  );
}
