import type { Band, InstrumentDefinition } from './definition.ts';
import { riskAnswers, type Answers } from './form.ts';

export type NoTotalReason = 'too_many_missing' | 'missing_not_allowed';

export interface InstrumentScore {
  /** On the reported scale (WHO-5: 0-100), or null when the missing-item rule allows none. */
  total: number | null;
  /** The plain sum of the answered scored items (WHO-5's 0-25 raw score). */
  rawSum: number;
  answered: number;
  /** Keys of scored items left blank. */
  missing: string[];
  /** True when the total was prorated over missing items. */
  prorated: boolean;
  noTotalReason: NoTotalReason | null;
  band: Band | null;
  /** Clinical case by the instrument's cut-off; null without a total or a cut-off. */
  caseness: boolean | null;
  positiveScreen: boolean | null;
  subscales: { key: string; label: string; total: number | null }[];
  /** Risk items answered above their lowest option (PHQ-9 item 9). */
  risk: string[];
}

/** The band holding a total; bands are inclusive and cover the whole range. */
export function bandFor(def: Pick<InstrumentDefinition, 'bands'>, total: number): Band | null {
  return def.bands.find((b) => total >= b.min && total <= b.max) ?? null;
}

export function isCase(def: Pick<InstrumentDefinition, 'caseness'>, total: number): boolean | null {
  if (!def.caseness) return null;
  return def.caseness.op === '>=' ? total >= def.caseness.value : total <= def.caseness.value;
}

const isNumber = (a: unknown): a is number => typeof a === 'number' && Number.isFinite(a);

/**
 * Scores one response to a validated instrument: the total by its missing-item rule, its
 * band, caseness or screen result, each subscale total (when all its items are answered,
 * even if the whole total is not allowed) and risk items.
 * Answers must already have passed `checkAnswers`.
 */
export function scoreInstrument(def: InstrumentDefinition, answers: Answers): InstrumentScore {
  const scored = def.items.filter((i) => i.kind === 'choice' && i.scored);
  const values = scored.map((i) => answers[i.key]).filter(isNumber);
  const missing = scored.filter((i) => !isNumber(answers[i.key])).map((i) => i.key);
  const rawSum = values.reduce((a, b) => a + b, 0);

  let total: number | null = null;
  let prorated = false;
  let noTotalReason: NoTotalReason | null = null;
  if (missing.length === 0) {
    total = rawSum * def.multiplier;
  } else if (def.missing.kind === 'prorate' && missing.length <= def.missing.maxMissing && values.length > 0) {
    // Mean of the answered items times the number of items, rounded half up (CMS MDS 3.0, AMHOCN).
    total = Math.round((rawSum * scored.length) / values.length) * def.multiplier;
    prorated = true;
  } else {
    noTotalReason = def.missing.kind === 'prorate' ? 'too_many_missing' : 'missing_not_allowed';
  }

  const subscales = def.subscales.map((s) => {
    const v = s.items.map((k) => answers[k]);
    return { key: s.key, label: s.label, total: v.every(isNumber) ? v.reduce((a, b) => a + b, 0) : null };
  });

  return {
    total,
    rawSum,
    answered: values.length,
    missing,
    prorated,
    noTotalReason,
    band: total === null ? null : bandFor(def, total),
    caseness: total === null ? null : isCase(def, total),
    positiveScreen: total === null || !def.screen ? null : total >= def.screen.atLeast,
    subscales,
    risk: riskAnswers(def, answers),
  };
}
