import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { Sort, SortKey } from './caseload-sort.ts';
import classes from './caseload.module.css';

interface Props {
  label: string;
  sortKey?: SortKey;
  sort: Sort;
  onSort: (key: SortKey) => void;
}

/** A column heading; a sortable one is a button, and the sorted one carries aria-sort. */
export function SortHeader({ label, sortKey, sort, onSort }: Props) {
  if (!sortKey) {
    return (
      <Table.Th scope="col" className={classes.th}>
        {label}
      </Table.Th>
    );
  }
  const active = sort?.key === sortKey;
  const Icon = !active ? IconSelector : sort.dir === 'ascending' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th scope="col" className={classes.th} aria-sort={active ? sort.dir : undefined}>
      <UnstyledButton className={classes.sortButton} onClick={() => onSort(sortKey)}>
        <span>{label}</span>
        <Icon size={14} aria-hidden className={active ? undefined : classes.idleIcon} />
      </UnstyledButton>
    </Table.Th>
  );
}
