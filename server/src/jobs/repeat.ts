export type Repeating = { stop: () => Promise<void> };

/**
 * Runs `round` at once and then `intervalMs` after each round ends, so two rounds never
 * overlap, until stopped; `stop` waits for a round in progress. A round that throws is
 * reported to `onError` and the next one still comes.
 */
export function repeatEvery(round: () => Promise<unknown>, intervalMs: number, onError: (err: unknown) => void): Repeating {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = round()
      .catch(onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
