import { byAttention, type CaseloadRow } from '@stepwise/domain';

export const SORT_KEYS = ['name', 'nextSession', 'lastActivity', 'adherence', 'mood', 'alerts', 'unread', 'overdue'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'ascending' | 'descending';
/** null: the server's own order, most urgent first. */
export type Sort = { key: SortKey; dir: SortDir } | null;

const value = (row: CaseloadRow, key: SortKey): string | number | null => {
  switch (key) {
    case 'name':
      return row.name;
    case 'nextSession':
      return row.nextSession ? Date.parse(row.nextSession) : null;
    case 'lastActivity':
      return row.lastActivity ? Date.parse(row.lastActivity) : null;
    case 'adherence':
      return row.adherence.rate;
    case 'mood':
      return row.mood.average;
    case 'alerts':
      return row.openAlerts;
    case 'unread':
      return row.unreadMessages;
    case 'overdue':
      return row.overdueMeasures;
  }
};

/** Sorts by one column; rows without a value go last in either direction, so blanks never crowd the top. */
export function sortRows(rows: CaseloadRow[], sort: Sort): CaseloadRow[] {
  if (!sort) return [...rows].sort(byAttention);
  const sign = sort.dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a, sort.key);
    const vb = value(b, sort.key);
    if (va === null || vb === null) return va === vb ? a.name.localeCompare(b.name) : va === null ? 1 : -1;
    const cmp = typeof va === 'string' && typeof vb === 'string' ? va.localeCompare(vb) : Number(va) - Number(vb);
    return sign * cmp || a.name.localeCompare(b.name);
  });
}

/** The first click sorts the way a therapist most often wants: names A–Z, soonest session, counts highest first. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current?.key === key) return { key, dir: current.dir === 'ascending' ? 'descending' : 'ascending' };
  const firstAscending: SortKey[] = ['name', 'nextSession', 'adherence', 'mood'];
  return { key, dir: firstAscending.includes(key) ? 'ascending' : 'descending' };
}

/** Days since an instant, for "2 days ago". */
export function relativeParts(iso: string, now: number): { value: number; unit: Intl.RelativeTimeFormatUnit } {
  const minutes = Math.round((Date.parse(iso) - now) / 60_000);
  if (Math.abs(minutes) < 60) return { value: minutes, unit: 'minute' };
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return { value: hours, unit: 'hour' };
  return { value: Math.round(hours / 24), unit: 'day' };
}
