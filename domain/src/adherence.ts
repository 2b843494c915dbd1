import type { Occurrence } from './schedule-dates.ts';

export const OUTCOMES = ['done', 'partly', 'not_done'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What got in the way, as the client names it (in their own words in the note). */
export const BARRIERS = [
  'no_time',
  'forgot',
  'overwhelmed',
  'afraid_of_failing',
  'negative_self_talk',
  'no_point',
  'other',
] as const;
export type Barrier = (typeof BARRIERS)[number];

export type CheckIn = { date: string; time: string; outcome: Outcome; barrier: Barrier | null };

export type Adherence = {
  /** Occurrences due so far (on or before `today`). */
  planned: number;
  done: number;
  partly: number;
  notDone: number;
  /** Due occurrences with no answer yet. */
  unanswered: number;
  /** done / planned, 0..1; null while nothing is due yet. */
  rate: number | null;
  barriers: Partial<Record<Barrier, number>>;
};

const key = (o: { date: string; time: string }) => `${o.date} ${o.time}`;

/**
 * Adherence of planned occurrences up to and including the client's `today`:
 * occurrences done out of those planned, with partly done and the barriers named counted apart.
 */
export function adherence(planned: Occurrence[], checkIns: CheckIn[], today: string): Adherence {
  const due = planned.filter((o) => o.date <= today);
  const byKey = new Map(checkIns.map((c) => [key(c), c]));
  const result: Adherence = { planned: due.length, done: 0, partly: 0, notDone: 0, unanswered: 0, rate: null, barriers: {} };
  for (const o of due) {
    const c = byKey.get(key(o));
    if (!c) result.unanswered += 1;
    else if (c.outcome === 'done') result.done += 1;
    else if (c.outcome === 'partly') result.partly += 1;
    else result.notDone += 1;
    if (c?.barrier) result.barriers[c.barrier] = (result.barriers[c.barrier] ?? 0) + 1;
  }
  result.rate = due.length > 0 ? result.done / due.length : null;
  return result;
}

/** Adds several adherence results into one (e.g. over all of a client's assignments). */
export function sumAdherence(parts: Adherence[]): Adherence {
  const total: Adherence = { planned: 0, done: 0, partly: 0, notDone: 0, unanswered: 0, rate: null, barriers: {} };
  for (const p of parts) {
    total.planned += p.planned;
    total.done += p.done;
    total.partly += p.partly;
    total.notDone += p.notDone;
    total.unanswered += p.unanswered;
    for (const [b, n] of Object.entries(p.barriers) as Array<[Barrier, number]>) total.barriers[b] = (total.barriers[b] ?? 0) + n;
  }
  total.rate = total.planned > 0 ? total.done / total.planned : null;
  return total;
}
