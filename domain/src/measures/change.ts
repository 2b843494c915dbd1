import type { InstrumentDefinition } from './definition.ts';
import { isCase } from './score.ts';

export type ChangeDirection = 'better' | 'worse' | 'same';

export interface Change {
  /** after - before, on the reported scale. */
  delta: number;
  direction: ChangeDirection;
  /** Whether the change reaches the instrument's threshold; null when it has none. */
  significant: boolean | null;
  /** Reliable (or clinically meaningful) improvement / deterioration; false without a threshold. */
  improved: boolean;
  deteriorated: boolean;
  /** From a clinical case to not a case; null without a caseness cut-off. */
  recovered: boolean | null;
  /** Recovered and reliably improved (the NHS Talking Therapies definition). */
  reliablyRecovered: boolean | null;
}

/**
 * Change between two totals of one instrument. "Better" follows the instrument's
 * direction (down for symptom scales, up for WHO-5). A change counts when its size
 * reaches the instrument's threshold (PHQ-9: 6, GAD-7: 4, PCL-5 and WHO-5: 10).
 */
export function compareTotals(def: Pick<InstrumentDefinition, 'better' | 'change' | 'caseness'>, before: number, after: number): Change {
  const delta = after - before;
  const direction: ChangeDirection = delta === 0 ? 'same' : (delta < 0) === (def.better === 'lower') ? 'better' : 'worse';
  const significant = def.change ? Math.abs(delta) >= def.change.points : null;
  const improved = significant === true && direction === 'better';
  const deteriorated = significant === true && direction === 'worse';
  const wasCase = isCase(def, before);
  const isNowCase = isCase(def, after);
  const recovered = wasCase === null || isNowCase === null ? null : wasCase && !isNowCase;
  const reliablyRecovered = recovered === null || significant === null ? null : recovered && improved;
  return { delta, direction, significant, improved, deteriorated, recovered, reliablyRecovered };
}
