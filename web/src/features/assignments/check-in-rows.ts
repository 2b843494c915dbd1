import { occurrences, type AssignmentDetail, type CheckInView } from '@stepwise/domain';

export interface OccurrenceRow {
  date: string;
  time: string;
  checkIn: CheckInView | null;
}

/**
 * Every planned occurrence up to the client's today, with its answer if any, newest first.
 * Answers to occurrences an adjustment moved away are kept too.
 */
export function occurrenceRows(a: AssignmentDetail, today: string): OccurrenceRow[] {
  const key = (x: { date: string; time: string }) => `${x.date} ${x.time}`;
  const answers = new Map(a.checkIns.map((c) => [key(c), c]));
  const rows: OccurrenceRow[] = occurrences(a.schedule, { to: today }).map((o) => ({ ...o, checkIn: answers.get(key(o)) ?? null }));
  const planned = new Set(rows.map(key));
  for (const c of a.checkIns) if (!planned.has(key(c))) rows.push({ date: c.date, time: c.time, checkIn: c });
  return rows.sort((x, y) => key(y).localeCompare(key(x)));
}
