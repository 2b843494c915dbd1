import { addDays } from './time.ts';

export type PracticeDays = {
  /** Days with at least one completion among the last `window` days, today included. */
  daysDone: number;
  window: number;
  /** Consecutive days with a completion, ending today (or yesterday, if today has none yet). */
  currentRun: number;
};

/**
 * "5 of the last 7 days": progress that a missed day does not wipe out.
 * `doneDates` are the client's local dates (YYYY-MM-DD) with a completion.
 */
export function practiceDays(doneDates: Iterable<string>, today: string, window = 7): PracticeDays {
  const days = new Set(doneDates);
  let daysDone = 0;
  for (let i = 0; i < window; i += 1) if (days.has(addDays(today, -i))) daysDone += 1;
  let day = days.has(today) ? today : addDays(today, -1);
  let currentRun = 0;
  while (days.has(day)) {
    currentRun += 1;
    day = addDays(day, -1);
  }
  return { daysDone, window, currentRun };
}
