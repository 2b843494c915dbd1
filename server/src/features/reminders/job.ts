import type { Deps } from '../../http/augment.ts';
import { repeatEvery, type Repeating } from '../../jobs/repeat.ts';
import { planDigests } from './digest.ts';
import { planReminders } from './planner.ts';
import { pruneFinished } from '../notifications/service.ts';

type Log = { error: (facts: object, message: string) => void };

/** One planning round: reminders up to the horizon, the digests whose time has come, and old finished rows removed. Never throws. */
export async function planRound(deps: Pick<Deps, 'db' | 'clock'>, log?: Log): Promise<void> {
  const now = deps.clock.now();
  try {
    await planReminders(deps.db, now);
  } catch (err) {
    log?.error({ err }, 'planning reminders failed');
  }
  try {
    await planDigests(deps.db, now);
  } catch (err) {
    log?.error({ err }, 'writing digests failed');
  }
  try {
    await pruneFinished(deps.db, now);
  } catch (err) {
    log?.error({ err }, 'removing old notifications failed');
  }
}

/**
 * Plans reminders every `intervalMs` (never two rounds at once) until stopped. Each round
 * only covers the time since the last one, so it is cheap; a round that fails is covered by
 * the next, which starts where the last successful one stopped.
 */
export function startReminderPlanner(deps: Pick<Deps, 'db' | 'clock'>, options: { intervalMs: number; log?: Log }): Repeating {
  return repeatEvery(() => planRound(deps, options.log), options.intervalMs, (err) => options.log?.error({ err }, 'planning reminders failed'));
}
