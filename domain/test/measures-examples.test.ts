import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  GAD2,
  GAD7,
  K10,
  PCL5,
  PHQ2,
  PHQ9,
  WHO5,
  cadenceSchema,
  checkAnswers,
  compareTotals,
  customForm,
  customItemSchema,
  customQuestionnaireSchema,
  dueNow,
  latestDueDate,
  nextDueDate,
  riskAnswers,
  scoreInstrument,
  type Answers,
  type Cadence,
  type CustomQuestionnaire,
  type InstrumentDefinition,
} from '../src/measures/index.ts';
import { answersOf, published, valuesSumming } from './measures-published.ts';

/** A complete, valid answer set whose reported total is `total` (unscored items answered at their maximum). */
function completeWithTotal(name: string, total: number): { def: InstrumentDefinition; answers: Answers; values: number[] } {
  const p = published(name);
  if (total % p.multiplier !== 0) throw new Error(`${name}: ${total} is not reachable`);
  const values = valuesSumming(p, total / p.multiplier);
  const extra: Answers = {};
  for (const [key, allowed] of Object.entries(p.unscored)) extra[key] = Math.max(...allowed);
  return { def: p.def, answers: answersOf(values, extra), values };
}

const repeat = <T,>(n: number, v: T): T[] => Array.from({ length: n }, () => v);

// ---------------------------------------------------------------------------------------
// Bands, boundary by boundary, from real answer sets
// ---------------------------------------------------------------------------------------

/** [total, band] at the lowest and highest total of every band. */
const BOUNDARIES: Record<string, [number, string][]> = {
  'PHQ-9': [
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately_severe'],
    [19, 'moderately_severe'],
    [20, 'severe'],
    [27, 'severe'],
  ],
  'GAD-7': [
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ],
  'PHQ-2': [
    [0, 'negative'],
    [2, 'negative'],
    [3, 'positive'],
    [6, 'positive'],
  ],
  'GAD-2': [
    [0, 'negative'],
    [2, 'negative'],
    [3, 'positive'],
    [6, 'positive'],
  ],
  'PCL-5': [
    [0, 'below_cutoff'],
    [32, 'below_cutoff'],
    [33, 'probable_ptsd'],
    [80, 'probable_ptsd'],
  ],
  // WHO-5 totals are the raw 0-25 sum x 4, so the reachable band edges are 28 | 32 and 48 | 52.
  'WHO-5': [
    [0, 'likely_depression'],
    [28, 'likely_depression'],
    [32, 'poor'],
    [48, 'poor'],
    [52, 'not_poor'],
    [100, 'not_poor'],
  ],
  K10: [
    [10, 'low'],
    [15, 'low'],
    [16, 'moderate'],
    [21, 'moderate'],
    [22, 'high'],
    [29, 'high'],
    [30, 'very_high'],
    [50, 'very_high'],
  ],
};

describe('bands at every boundary, from complete answer sets', () => {
  for (const [name, rows] of Object.entries(BOUNDARIES)) {
    describe(name, () => {
      it.each(rows)('a total of %i is %s', (total, band) => {
        const { def, answers, values } = completeWithTotal(name, total);
        expect(checkAnswers(def, answers, { complete: true })).toEqual([]);
        const s = scoreInstrument(def, answers);
        expect(s.total).toBe(total);
        expect(s.rawSum).toBe(values.reduce((a, b) => a + b, 0));
        expect(s.band?.key).toBe(band);
        expect(s.missing).toEqual([]);
        expect(s.answered).toBe(values.length);
        expect(s.prorated).toBe(false);
        expect(s.noTotalReason).toBeNull();
      });
    });
  }

  it('WHO-5 multiplies the raw 0-25 sum by 4', () => {
    const cases: [number[], number, number][] = [
      [[5, 5, 5, 5, 5], 25, 100],
      [[0, 0, 0, 0, 0], 0, 0],
      [[1, 2, 3, 0, 1], 7, 28],
      [[2, 2, 2, 1, 1], 8, 32],
      [[3, 3, 3, 2, 2], 13, 52],
    ];
    for (const [values, raw, total] of cases) {
      const s = scoreInstrument(WHO5, answersOf(values));
      expect(s.rawSum).toBe(raw);
      expect(s.total).toBe(total);
    }
  });

  it('the same total from different answers lands in the same band (PHQ-9 10)', () => {
    for (const values of [
      [3, 3, 3, 1, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 1, 3, 3, 3, 0],
      [1, 1, 1, 1, 1, 1, 1, 1, 2],
      [2, 2, 2, 2, 2, 0, 0, 0, 0],
    ]) {
      const s = scoreInstrument(PHQ9, answersOf(values, { difficulty: null }));
      expect(s.total).toBe(10);
      expect(s.band?.key).toBe('moderate');
    }
  });
});

// ---------------------------------------------------------------------------------------
// Caseness and screens
// ---------------------------------------------------------------------------------------

describe('caseness at the clinical cut-off', () => {
  it.each([
    ['PHQ-9', 9, false],
    ['PHQ-9', 10, true],
    ['GAD-7', 7, false],
    ['GAD-7', 8, true],
    ['PCL-5', 32, false],
    ['PCL-5', 33, true],
    // WHO-5: a case at or below 50 (so 48 is, 52 is not).
    ['WHO-5', 48, true],
    ['WHO-5', 52, false],
    ['WHO-5', 0, true],
    ['WHO-5', 100, false],
  ] as const)('%s at %i: case %s', (name, total, isCase) => {
    const { def, answers } = completeWithTotal(name, total);
    const s = scoreInstrument(def, answers);
    expect(s.total).toBe(total);
    expect(s.caseness).toBe(isCase);
    expect(s.positiveScreen).toBeNull();
  });

  it.each([
    ['PHQ-2', 2, false],
    ['PHQ-2', 3, true],
    ['GAD-2', 2, false],
    ['GAD-2', 3, true],
  ] as const)('%s at %i: positive screen %s, no caseness', (name, total, positive) => {
    const { def, answers } = completeWithTotal(name, total);
    const s = scoreInstrument(def, answers);
    expect(s.positiveScreen).toBe(positive);
    expect(s.caseness).toBeNull();
  });

  it('K10 has neither caseness nor a screen', () => {
    const s = scoreInstrument(K10, answersOf(repeat(10, 5)));
    expect(s.total).toBe(50);
    expect(s.caseness).toBeNull();
    expect(s.positiveScreen).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------
// Missing items
// ---------------------------------------------------------------------------------------

describe('PHQ-9 missing items (NHS: prorate up to 2, rounded half up)', () => {
  const phq = (values: (number | null)[], difficulty: number | null = null) => scoreInstrument(PHQ9, answersOf(values, { difficulty }));

  it.each([
    // One missing: sum x 9/8.
    ['1 missing, 4 x 9/8 = 4.5 rounds up to 5 (mild, raw 4 would be minimal)', [1, 1, 1, 1, 0, 0, 0, 0, null], 4, 5, 'mild'],
    ['1 missing, 12 x 9/8 = 13.5 rounds up to 14', [3, 3, 3, 3, 0, 0, 0, 0, null], 12, 14, 'moderate'],
    ['1 missing, 20 x 9/8 = 22.5 rounds up to 23', [null, 3, 3, 3, 3, 3, 3, 2, 0], 20, 23, 'severe'],
    ['1 missing, 1 x 9/8 = 1.125 rounds down to 1', [1, 0, 0, 0, 0, 0, 0, null, 0], 1, 1, 'minimal'],
    ['1 missing, 10 x 9/8 = 11.25 rounds down to 11', [3, 3, 3, 1, null, 0, 0, 0, 0], 10, 11, 'moderate'],
    ['1 missing, 7 x 9/8 = 7.875 rounds up to 8', [3, 3, 1, 0, 0, 0, 0, 0, null], 7, 8, 'mild'],
    ['1 missing, 24 x 9/8 = 27', [3, 3, 3, 3, 3, 3, 3, 3, null], 24, 27, 'severe'],
    ['1 missing, 0 stays 0', [0, 0, 0, 0, 0, 0, 0, 0, null], 0, 0, 'minimal'],
    // Two missing: sum x 9/7 (never exactly .5).
    ['2 missing, 1 x 9/7 = 1.29 rounds down to 1', [1, 0, 0, 0, 0, 0, 0, null, null], 1, 1, 'minimal'],
    ['2 missing, 6 x 9/7 = 7.71 rounds up to 8', [null, 3, 3, 0, 0, 0, 0, 0, null], 6, 8, 'mild'],
    ['2 missing, 8 x 9/7 = 10.29 rounds down to 10 (moderate, raw 8 would be mild)', [2, 2, 2, 2, null, null, 0, 0, 0], 8, 10, 'moderate'],
    ['2 missing, 3 x 9/7 = 3.86 rounds up to 4', [1, 1, 1, null, 0, 0, null, 0, 0], 3, 4, 'minimal'],
    ['2 missing, 21 x 9/7 = 27', [3, 3, 3, 3, 3, 3, 3, null, null], 21, 27, 'severe'],
  ] as const)('%s', (_label, values, raw, total, band) => {
    const s = phq([...values]);
    expect(s.rawSum).toBe(raw);
    expect(s.total).toBe(total);
    expect(s.prorated).toBe(true);
    expect(s.noTotalReason).toBeNull();
    expect(s.band?.key).toBe(band);
    expect(s.missing).toEqual(values.flatMap((v, i) => (v === null ? [String(i + 1)] : [])));
    expect(s.answered).toBe(values.filter((v) => v !== null).length);
  });

  it('prorated totals decide caseness: 8 over 7 items is a case (10), 8 over 9 items is not', () => {
    expect(phq([2, 2, 2, 2, null, null, 0, 0, 0]).caseness).toBe(true);
    expect(phq([2, 2, 2, 2, 0, 0, 0, 0, 0]).caseness).toBe(false);
  });

  it('treats a missing key like a null answer', () => {
    const a = answersOf([1, 1, 1, 1, 0, 0, 0, 0]);
    expect(a['9']).toBeUndefined();
    const s = scoreInstrument(PHQ9, a);
    expect(s.total).toBe(5);
    expect(s.missing).toEqual(['9']);
    expect(s.prorated).toBe(true);
  });

  it('3 missing: no total, too_many_missing', () => {
    for (const values of [
      [3, 3, 3, 3, 3, 3, null, null, null],
      [null, 0, null, 0, null, 0, 0, 0, 0],
      [null, null, null, 1, 1, 1, 1, 1, 1],
    ]) {
      const s = phq(values);
      expect(s.total).toBeNull();
      expect(s.noTotalReason).toBe('too_many_missing');
      expect(s.prorated).toBe(false);
      expect(s.band).toBeNull();
      expect(s.caseness).toBeNull();
      expect(s.missing).toHaveLength(3);
      expect(s.answered).toBe(6);
    }
    const s = phq([3, 3, 3, 3, 3, 3, null, null, null]);
    expect(s.rawSum).toBe(18);
    expect(s.missing).toEqual(['7', '8', '9']);
  });

  it('every item missing: no total', () => {
    const s = phq(repeat(9, null));
    expect(s.total).toBeNull();
    expect(s.noTotalReason).toBe('too_many_missing');
    expect(s.answered).toBe(0);
    expect(s.rawSum).toBe(0);
  });

  it('the difficulty item never counts toward the total or the missing items', () => {
    const values = [1, 2, 3, 0, 1, 2, 3, 0, 0];
    for (const difficulty of [null, 0, 1, 2, 3]) {
      const s = phq(values, difficulty);
      expect(s.total).toBe(12);
      expect(s.rawSum).toBe(12);
      expect(s.answered).toBe(9);
      expect(s.missing).toEqual([]);
      expect(s.prorated).toBe(false);
    }
    // Left out entirely.
    expect(scoreInstrument(PHQ9, answersOf(values)).missing).toEqual([]);
    // With 2 scored items missing the difficulty answer does not make a third, nor fill one in.
    for (const difficulty of [null, 3]) {
      const s = phq([1, 1, 1, 1, 1, 1, 1, null, null], difficulty);
      expect(s.total).toBe(9);
      expect(s.missing).toEqual(['8', '9']);
      expect(s.answered).toBe(7);
    }
    // 3 missing stays too many even with the difficulty item answered.
    expect(phq([1, 1, 1, 1, 1, 1, null, null, null], 3).noTotalReason).toBe('too_many_missing');
  });
});

describe('K10 missing items (AMHOCN: one missing, round(sum / 9 x 10))', () => {
  it.each([
    ['all "none of the time" but one', [1, 1, 1, 1, 1, 1, 1, 1, 1, null], 9, 10, 'low'],
    ['14 / 9 x 10 = 15.56 rounds up to 16 (moderate)', [2, 2, 2, 2, 2, 1, 1, 1, 1, null], 14, 16, 'moderate'],
    ['13 / 9 x 10 = 14.44 rounds down to 14', [null, 2, 2, 2, 2, 1, 1, 1, 1, 1], 13, 14, 'low'],
    ['19 / 9 x 10 = 21.11 rounds down to 21', [3, 3, 3, 2, 2, 2, 2, 1, null, 1], 19, 21, 'moderate'],
    ['20 / 9 x 10 = 22.22 rounds down to 22 (high)', [3, 3, 3, 3, 2, 2, 2, 1, null, 1], 20, 22, 'high'],
    ['26 / 9 x 10 = 28.89 rounds up to 29', [3, 3, 3, 3, 3, 3, 3, 3, 2, null], 26, 29, 'high'],
    ['27 / 9 x 10 = 30', [3, 3, 3, 3, 3, 3, 3, 3, 3, null], 27, 30, 'very_high'],
    ['all "all of the time" but one', [5, 5, 5, 5, null, 5, 5, 5, 5, 5], 45, 50, 'very_high'],
  ] as const)('1 missing, %s', (_label, values, raw, total, band) => {
    const s = scoreInstrument(K10, answersOf([...values]));
    expect(s.rawSum).toBe(raw);
    expect(s.total).toBe(total);
    expect(s.prorated).toBe(true);
    expect(s.band?.key).toBe(band);
    expect(s.missing).toHaveLength(1);
  });

  it('2 missing: no total, too_many_missing', () => {
    const s = scoreInstrument(K10, answersOf([5, 5, 5, 5, 5, 5, 5, 5, null, null]));
    expect(s.total).toBeNull();
    expect(s.noTotalReason).toBe('too_many_missing');
    expect(s.band).toBeNull();
    expect(s.missing).toEqual(['9', '10']);
  });
});

describe('instruments without a missing-item rule: any scored item missing, no total', () => {
  for (const name of ['GAD-7', 'PHQ-2', 'GAD-2', 'PCL-5', 'WHO-5']) {
    it(`${name}: each item missing in turn`, () => {
      const p = published(name);
      const full = valuesSumming(p, (p.range[1] / p.multiplier));
      for (let i = 0; i < p.items; i++) {
        for (const asAbsent of [false, true]) {
          const values: (number | null)[] = [...full];
          values[i] = null;
          const a = answersOf(values);
          if (asAbsent) delete a[String(i + 1)];
          const s = scoreInstrument(p.def, a);
          expect(s.total).toBeNull();
          expect(s.noTotalReason).toBe('missing_not_allowed');
          expect(s.prorated).toBe(false);
          expect(s.band).toBeNull();
          expect(s.caseness).toBeNull();
          expect(s.positiveScreen).toBeNull();
          expect(s.missing).toEqual([String(i + 1)]);
          expect(s.answered).toBe(p.items - 1);
        }
      }
    });
  }

  it('GAD-7: the unscored difficulty item being blank does not stop the total', () => {
    const s = scoreInstrument(GAD7, answersOf([1, 1, 1, 1, 1, 1, 1], { difficulty: null }));
    expect(s.total).toBe(7);
    expect(s.noTotalReason).toBeNull();
  });

  it('PCL-5 subscales: B 1-5, C 6-7, D 8-14, E 15-20', () => {
    // Item i answered (i mod 5): the cluster sums are easy to check by hand.
    const values = Array.from({ length: 20 }, (_, i) => (i + 1) % 5);
    // B 1,2,3,4,0 = 10 | C 1,2 = 3 | D 3,4,0,1,2,3,4 = 17 | E 0,1,2,3,4,0 = 10
    const s = scoreInstrument(PCL5, answersOf(values));
    expect(s.total).toBe(40);
    expect(s.subscales.map((x) => [x.key, x.total])).toEqual([
      ['B', 10],
      ['C', 3],
      ['D', 17],
      ['E', 10],
    ]);
  });

  it('PCL-5: a missing item nulls its own cluster only', () => {
    const clusterOf = (item: number) => (item <= 5 ? 'B' : item <= 7 ? 'C' : item <= 14 ? 'D' : 'E');
    const full = { B: 5 * 4, C: 2 * 4, D: 7 * 4, E: 6 * 4 };
    for (let item = 1; item <= 20; item++) {
      const values: (number | null)[] = repeat(20, 4);
      values[item - 1] = null;
      const s = scoreInstrument(PCL5, answersOf(values));
      expect(s.total).toBeNull();
      for (const sub of s.subscales) {
        expect(sub.total, `item ${item} missing, cluster ${sub.key}`).toBe(sub.key === clusterOf(item) ? null : full[sub.key as keyof typeof full]);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------
// Risk
// ---------------------------------------------------------------------------------------

describe('PHQ-9 item 9 risk', () => {
  const base = [0, 0, 0, 0, 0, 0, 0, 0];
  it.each([
    [0, []],
    [1, ['9']],
    [2, ['9']],
    [3, ['9']],
    [null, []],
  ] as const)('item 9 = %s -> risk %j', (item9, risk) => {
    const a = answersOf([...base, item9], { difficulty: null });
    expect(scoreInstrument(PHQ9, a).risk).toEqual(risk);
    expect(riskAnswers(PHQ9, a)).toEqual(risk);
  });

  it('item 9 left out of a draft is no risk', () => {
    expect(riskAnswers(PHQ9, { '1': 3 })).toEqual([]);
  });

  it('raises the risk even when there is no total', () => {
    const s = scoreInstrument(PHQ9, answersOf([null, null, null, 0, 0, 0, 0, 0, 1]));
    expect(s.total).toBeNull();
    expect(s.risk).toEqual(['9']);
  });

  it('high answers on other items or other instruments are no risk', () => {
    expect(scoreInstrument(PHQ9, answersOf([3, 3, 3, 3, 3, 3, 3, 3, 0], { difficulty: 3 })).risk).toEqual([]);
    for (const name of ['GAD-7', 'PHQ-2', 'GAD-2', 'PCL-5', 'WHO-5', 'K10']) {
      const p = published(name);
      expect(scoreInstrument(p.def, answersOf(repeat(p.items, Math.max(...p.values)))).risk).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------
// Change
// ---------------------------------------------------------------------------------------

describe('reliable change', () => {
  it.each([
    // [instrument, before, after, direction, significant]
    [PHQ9, 10, 15, 'worse', false],
    [PHQ9, 10, 16, 'worse', true],
    [PHQ9, 15, 10, 'better', false],
    [PHQ9, 16, 10, 'better', true],
    [GAD7, 10, 13, 'worse', false],
    [GAD7, 10, 14, 'worse', true],
    [GAD7, 13, 10, 'better', false],
    [GAD7, 14, 10, 'better', true],
    [PCL5, 40, 49, 'worse', false],
    [PCL5, 40, 50, 'worse', true],
    [PCL5, 49, 40, 'better', false],
    [PCL5, 50, 40, 'better', true],
    // WHO-5: higher is better.
    [WHO5, 40, 49, 'better', false],
    [WHO5, 40, 50, 'better', true],
    [WHO5, 49, 40, 'worse', false],
    [WHO5, 50, 40, 'worse', true],
    [WHO5, 40, 48, 'better', false],
    [WHO5, 40, 52, 'better', true],
    [WHO5, 60, 52, 'worse', false],
    [WHO5, 60, 48, 'worse', true],
    [PHQ9, 12, 12, 'same', false],
    [WHO5, 52, 52, 'same', false],
  ] as const)('%#: %s -> %s', (def, before, after, direction, significant) => {
    const c = compareTotals(def, before, after);
    expect(c.delta).toBe(after - before);
    expect(c.direction).toBe(direction);
    expect(c.significant).toBe(significant);
    expect(c.improved).toBe(significant && direction === 'better');
    expect(c.deteriorated).toBe(significant && direction === 'worse');
  });

  it('PHQ-9 12 -> 9: recovered, but not reliably', () => {
    expect(compareTotals(PHQ9, 12, 9)).toEqual({ delta: -3, direction: 'better', significant: false, improved: false, deteriorated: false, recovered: true, reliablyRecovered: false });
  });

  it('PHQ-9 16 -> 9: reliably recovered', () => {
    expect(compareTotals(PHQ9, 16, 9)).toEqual({ delta: -7, direction: 'better', significant: true, improved: true, deteriorated: false, recovered: true, reliablyRecovered: true });
  });

  it('PHQ-9 15 -> 9 (exactly 6) reliably recovered; 15 -> 10 neither', () => {
    expect(compareTotals(PHQ9, 15, 9).reliablyRecovered).toBe(true);
    expect(compareTotals(PHQ9, 15, 10)).toMatchObject({ recovered: false, reliablyRecovered: false, improved: false });
  });

  it('PHQ-9 9 -> 16: reliable deterioration, not recovered', () => {
    expect(compareTotals(PHQ9, 9, 16)).toEqual({ delta: 7, direction: 'worse', significant: true, improved: false, deteriorated: true, recovered: false, reliablyRecovered: false });
  });

  it('PHQ-9 9 -> 3: reliable improvement but never a case, so not recovered', () => {
    expect(compareTotals(PHQ9, 9, 3)).toMatchObject({ improved: true, recovered: false, reliablyRecovered: false });
  });

  it('GAD-7 8 -> 4 reliably recovered; 8 -> 7 recovered only', () => {
    expect(compareTotals(GAD7, 8, 4)).toMatchObject({ improved: true, recovered: true, reliablyRecovered: true });
    expect(compareTotals(GAD7, 8, 7)).toMatchObject({ improved: false, recovered: true, reliablyRecovered: false });
  });

  it('PCL-5 43 -> 32 reliably recovered; 33 -> 32 recovered only', () => {
    expect(compareTotals(PCL5, 43, 32)).toMatchObject({ improved: true, recovered: true, reliablyRecovered: true });
    expect(compareTotals(PCL5, 33, 32)).toMatchObject({ improved: false, recovered: true, reliablyRecovered: false });
  });

  it('WHO-5 recovery goes up: 40 -> 52 reliably recovered, 48 -> 52 recovered only, 52 -> 40 worse', () => {
    expect(compareTotals(WHO5, 40, 52)).toEqual({ delta: 12, direction: 'better', significant: true, improved: true, deteriorated: false, recovered: true, reliablyRecovered: true });
    expect(compareTotals(WHO5, 48, 52)).toMatchObject({ direction: 'better', improved: false, recovered: true, reliablyRecovered: false });
    expect(compareTotals(WHO5, 52, 40)).toMatchObject({ direction: 'worse', deteriorated: true, recovered: false, reliablyRecovered: false });
  });

  it.each([PHQ2, GAD2, K10])('$shortName has no change threshold: significant null', (def) => {
    const lo = def.range.min;
    const hi = def.range.max;
    for (const [a, b] of [
      [lo, hi],
      [hi, lo],
      [lo, lo],
    ] as const) {
      const c = compareTotals(def, a, b);
      expect(c.significant).toBeNull();
      expect(c.improved).toBe(false);
      expect(c.deteriorated).toBe(false);
      expect(c.recovered).toBeNull();
      expect(c.reliablyRecovered).toBeNull();
    }
    expect(compareTotals(def, hi, lo).direction).toBe('better');
  });
});

// ---------------------------------------------------------------------------------------
// checkAnswers
// ---------------------------------------------------------------------------------------

const CUSTOM: CustomQuestionnaire = customQuestionnaireSchema.parse({
  title: 'Weekly check-in',
  items: [
    { kind: 'likert', text: 'How was your week?', labels: ['Bad', 'OK', 'Good'], required: true },
    { kind: 'yes_no', text: 'Any thoughts of harming yourself?', required: true, risk: true },
    { kind: 'number', text: 'Hours slept last night', min: 0, max: 24 },
    { kind: 'text', text: 'Anything else?' },
  ],
});
const CUSTOM_FORM = customForm('q1', 3, CUSTOM);
const CUSTOM_OK: Answers = { '1': 2, '2': 0, '3': 7.5, '4': 'fine' };

describe('checkAnswers', () => {
  const phqComplete = answersOf([0, 1, 2, 3, 0, 1, 2, 3, 0], { difficulty: null });

  it('accepts complete valid answers, with skipped optional items', () => {
    expect(checkAnswers(PHQ9, phqComplete, { complete: true })).toEqual([]);
    expect(checkAnswers(PHQ9, answersOf(repeat(9, null), { difficulty: null }), { complete: true })).toEqual([]);
    expect(checkAnswers(CUSTOM_FORM, CUSTOM_OK, { complete: true })).toEqual([]);
    expect(checkAnswers(CUSTOM_FORM, { ...CUSTOM_OK, '3': null, '4': null }, { complete: true })).toEqual([]);
    expect(checkAnswers(CUSTOM_FORM, { ...CUSTOM_OK, '3': 0, '4': 'x'.repeat(1000) }, { complete: true })).toEqual([]);
    expect(checkAnswers(CUSTOM_FORM, { ...CUSTOM_OK, '3': 24, '4': '' }, { complete: true })).toEqual([]);
  });

  const one = (key: string) => [{ field: `answers.${key}`, message: expect.any(String) }];

  it('an unknown key', () => {
    expect(checkAnswers(PHQ9, { ...phqComplete, '10': 1 }, { complete: true })).toEqual(one('10'));
    expect(checkAnswers(PHQ2, { '1': 0, '2': 0, difficulty: 0 }, { complete: true })).toEqual(one('difficulty'));
    expect(checkAnswers(PHQ9, { '0': 1 }, { complete: false })).toEqual(one('0'));
  });

  it('a missing key when complete', () => {
    const a = { ...phqComplete };
    delete a['3'];
    expect(checkAnswers(PHQ9, a, { complete: true })).toEqual([{ field: 'answers.3', message: 'item 3 is missing: answer it, or skip it with null' }]);
    const b = { ...phqComplete };
    delete b['difficulty'];
    expect(checkAnswers(PHQ9, b, { complete: true })).toEqual(one('difficulty'));
  });

  it('null on a required custom item', () => {
    expect(checkAnswers(CUSTOM_FORM, { ...CUSTOM_OK, '2': null }, { complete: true })).toEqual([{ field: 'answers.2', message: 'item 2 is required' }]);
    // A draft may leave it blank.
    expect(checkAnswers(CUSTOM_FORM, { ...CUSTOM_OK, '2': null }, { complete: false })).toEqual([]);
  });

  it.each([
    ['PHQ-9 above the top option', PHQ9, '1', 4],
    ['PHQ-9 below the lowest option', PHQ9, '9', -1],
    ['PHQ-9 between options', PHQ9, '2', 1.5],
    ['PHQ-9 difficulty above the top option', PHQ9, 'difficulty', 4],
    ['K10 zero (options are 1-5)', K10, '1', 0],
    ['K10 above 5', K10, '10', 6],
    ['WHO-5 above 5', WHO5, '5', 6],
    ['PCL-5 above 4', PCL5, '20', 5],
    ['GAD-7 above 3', GAD7, '7', 4],
  ] as const)('an out-of-range choice: %s', (_label, def, key, value) => {
    const values = def.items.filter((i) => i.kind === 'choice' && i.scored).map(() => (def === K10 ? 1 : 0));
    const extra: Answers = def.items.some((i) => i.key === 'difficulty') ? { difficulty: 0 } : {};
    const a: Answers = { ...answersOf(values, extra), [key]: value };
    expect(checkAnswers(def, a, { complete: true })).toEqual(one(key));
    expect(checkAnswers(def, a, { complete: false })).toEqual(one(key));
  });

  it('a custom choice outside its own options', () => {
    expect(checkAnswers(CUSTOM_FORM, { ...CUSTOM_OK, '1': 3 }, { complete: true })).toEqual(one('1'));
    expect(checkAnswers(CUSTOM_FORM, { ...CUSTOM_OK, '2': 2 }, { complete: true })).toEqual(one('2'));
  });

  it.each([
    ['a string for a choice', '1', '2'],
    ['a string for a number', '3', '7'],
    ['a number for text', '4', 5],
  ] as const)('a wrong type: %s', (_label, key, value) => {
    expect(checkAnswers(CUSTOM_FORM, { ...CUSTOM_OK, [key]: value }, { complete: true })).toEqual(one(key));
  });

  it('a string for a PHQ-9 choice', () => {
    expect(checkAnswers(PHQ9, { ...phqComplete, '9': '0' }, { complete: true })).toEqual(one('9'));
  });

  it.each([-1, 24.5, 25, Number.NaN, Number.POSITIVE_INFINITY])('a number out of min/max: %s', (value) => {
    expect(checkAnswers(CUSTOM_FORM, { ...CUSTOM_OK, '3': value }, { complete: true })).toEqual([{ field: 'answers.3', message: 'item 3 must be a number from 0 to 24' }]);
  });

  it('text longer than 1000 characters', () => {
    expect(checkAnswers(CUSTOM_FORM, { ...CUSTOM_OK, '4': 'x'.repeat(1001) }, { complete: true })).toEqual(one('4'));
  });

  it('one error per wrong field', () => {
    const errors = checkAnswers(CUSTOM_FORM, { '1': 9, '2': null, '4': 3, extra: 1 }, { complete: true });
    expect(errors.map((e) => e.field).sort()).toEqual(['answers.1', 'answers.2', 'answers.3', 'answers.4', 'answers.extra']);
  });

  it('a draft may hold any subset', () => {
    expect(checkAnswers(PHQ9, {}, { complete: false })).toEqual([]);
    expect(checkAnswers(PHQ9, { '1': 2, '9': null }, { complete: false })).toEqual([]);
    expect(checkAnswers(CUSTOM_FORM, { '4': 'half way' }, { complete: false })).toEqual([]);
    // but what it holds is still checked
    expect(checkAnswers(PHQ9, { '1': 7 }, { complete: false })).toEqual(one('1'));
  });
});

// ---------------------------------------------------------------------------------------
// Custom questionnaires
// ---------------------------------------------------------------------------------------

describe('custom questionnaire schema', () => {
  const likert = (n: number) => ({ kind: 'likert', text: 'Q', labels: Array.from({ length: n }, (_, i) => `p${i}`) });
  const q = (items: unknown[], title: unknown = 'T') => customQuestionnaireSchema.safeParse({ title, items });
  const paths = (r: ReturnType<typeof q>) => (r.success ? [] : r.error.issues.map((i) => i.path.join('.')));

  it('accepts 2 to 7 Likert points, rejects 1 and 8', () => {
    expect(q([likert(1)]).success).toBe(false);
    expect(q([likert(2)]).success).toBe(true);
    expect(q([likert(7)]).success).toBe(true);
    expect(q([likert(8)]).success).toBe(false);
    expect(paths(q([likert(8)]))).toEqual(['items.0.labels']);
  });

  it('rejects a number item with min >= max', () => {
    expect(q([{ kind: 'number', text: 'N', min: 5, max: 5 }]).success).toBe(false);
    expect(q([{ kind: 'number', text: 'N', min: 6, max: 5 }]).success).toBe(false);
    expect(paths(q([{ kind: 'number', text: 'N', min: 6, max: 5 }]))).toEqual(['items.0.max']);
    expect(q([{ kind: 'number', text: 'N', min: 4, max: 5 }]).success).toBe(true);
  });

  it('rejects an empty or blank title', () => {
    expect(q([likert(2)], '').success).toBe(false);
    expect(q([likert(2)], '   ').success).toBe(false);
    expect(paths(q([likert(2)], ''))).toEqual(['title']);
    expect(customQuestionnaireSchema.safeParse({ items: [likert(2)] }).success).toBe(false);
  });

  it('takes 1 to 40 items', () => {
    expect(q([]).success).toBe(false);
    expect(q(repeat(40, likert(2))).success).toBe(true);
    expect(q(repeat(41, likert(2))).success).toBe(false);
    expect(paths(q(repeat(41, likert(2))))).toEqual(['items']);
  });

  it('rejects an empty item text, a risk flag on a number or text item, an unknown kind', () => {
    expect(customItemSchema.safeParse({ kind: 'yes_no', text: '  ' }).success).toBe(false);
    expect(customItemSchema.safeParse({ kind: 'number', text: 'N', min: 0, max: 1, risk: true }).success).toBe(false);
    expect(customItemSchema.safeParse({ kind: 'text', text: 'T', risk: true }).success).toBe(false);
    expect(customItemSchema.safeParse({ kind: 'slider', text: 'S' }).success).toBe(false);
  });

  it('defaults required and risk to false', () => {
    expect(customItemSchema.parse({ kind: 'yes_no', text: 'Y' })).toEqual({ kind: 'yes_no', text: 'Y', required: false, risk: false });
  });
});

describe('customForm', () => {
  it('keys items "1".."n" and builds the options', () => {
    expect(CUSTOM_FORM.ref).toEqual({ kind: 'custom', questionnaireId: 'q1', version: 3 });
    expect(CUSTOM_FORM.title).toBe('Weekly check-in');
    expect(CUSTOM_FORM.items.map((i) => i.key)).toEqual(['1', '2', '3', '4']);
    expect(CUSTOM_FORM.items).toEqual([
      {
        key: '1',
        kind: 'choice',
        text: 'How was your week?',
        options: [
          { value: 0, label: 'Bad' },
          { value: 1, label: 'OK' },
          { value: 2, label: 'Good' },
        ],
        scored: false,
        risk: false,
        required: true,
      },
      {
        key: '2',
        kind: 'choice',
        text: 'Any thoughts of harming yourself?',
        options: [
          { value: 0, label: 'No' },
          { value: 1, label: 'Yes' },
        ],
        scored: false,
        risk: true,
        required: true,
      },
      { key: '3', kind: 'number', text: 'Hours slept last night', min: 0, max: 24, required: false },
      { key: '4', kind: 'text', text: 'Anything else?', required: false },
    ]);
  });

  it('keys 40 items "1".."40" in order', () => {
    const many = customQuestionnaireSchema.parse({ title: 'Many', items: Array.from({ length: 40 }, (_, i) => ({ kind: 'yes_no', text: `Q${i + 1}` })) });
    const form = customForm('q', 1, many);
    expect(form.items.map((i) => i.key)).toEqual(Array.from({ length: 40 }, (_, i) => String(i + 1)));
    expect(form.items.map((i) => i.text)).toEqual(Array.from({ length: 40 }, (_, i) => `Q${i + 1}`));
  });

  it('carries the risk flag: Yes on a risk item raises it, No does not', () => {
    expect(riskAnswers(CUSTOM_FORM, { ...CUSTOM_OK, '2': 1 })).toEqual(['2']);
    expect(riskAnswers(CUSTOM_FORM, { ...CUSTOM_OK, '2': 0 })).toEqual([]);
    expect(riskAnswers(CUSTOM_FORM, { ...CUSTOM_OK, '2': null })).toEqual([]);
    const likertRisk = customForm('q', 1, customQuestionnaireSchema.parse({ title: 'L', items: [{ kind: 'likert', text: 'Q', labels: ['a', 'b', 'c'], risk: true }] }));
    expect(riskAnswers(likertRisk, { '1': 0 })).toEqual([]);
    expect(riskAnswers(likertRisk, { '1': 1 })).toEqual(['1']);
    expect(riskAnswers(likertRisk, { '1': 2 })).toEqual(['1']);
  });
});

// ---------------------------------------------------------------------------------------
// Due dates
// ---------------------------------------------------------------------------------------

describe('due dates', () => {
  const once: Cadence = cadenceSchema.parse({ frequency: 'once', startDate: '2026-03-10' });
  const fortnightly: Cadence = cadenceSchema.parse({ frequency: 'every_n_weeks', everyWeeks: 2, startDate: '2026-03-02' });
  const none = new Set<string>();

  it('validates the cadence', () => {
    expect(once.everyWeeks).toBeNull();
    expect(cadenceSchema.safeParse({ frequency: 'every_n_weeks', startDate: '2026-03-02' }).success).toBe(false);
    expect(cadenceSchema.safeParse({ frequency: 'every_n_weeks', everyWeeks: 0, startDate: '2026-03-02' }).success).toBe(false);
    expect(cadenceSchema.safeParse({ frequency: 'every_n_weeks', everyWeeks: 13, startDate: '2026-03-02' }).success).toBe(false);
    expect(cadenceSchema.safeParse({ frequency: 'every_n_weeks', everyWeeks: 12, startDate: '2026-03-02' }).success).toBe(true);
    expect(cadenceSchema.safeParse({ frequency: 'monthly', startDate: '2026-03-02' }).success).toBe(false);
    expect(cadenceSchema.safeParse({ frequency: 'once', startDate: '2026-02-30' }).success).toBe(false);
  });

  it('once: nothing before the start, due on the day, overdue from day +3, gone when answered', () => {
    expect(latestDueDate(once, '2026-03-09')).toBeNull();
    expect(nextDueDate(once, '2026-03-09')).toBe('2026-03-10');
    expect(dueNow(once, '2026-03-09', none)).toBeNull();
    expect(dueNow(once, '2026-03-10', none)).toEqual({ dueDate: '2026-03-10', overdue: false });
    expect(dueNow(once, '2026-03-12', none)).toEqual({ dueDate: '2026-03-10', overdue: false });
    expect(dueNow(once, '2026-03-13', none)).toEqual({ dueDate: '2026-03-10', overdue: true });
    expect(dueNow(once, '2027-01-01', none)).toEqual({ dueDate: '2026-03-10', overdue: true });
    expect(nextDueDate(once, '2026-03-10')).toBeNull();
    expect(dueNow(once, '2026-03-13', new Set(['2026-03-10']))).toBeNull();
  });

  it('every 2 weeks: due on each due day, overdue from day +3, the next due date replaces a missed one', () => {
    expect(latestDueDate(fortnightly, '2026-03-01')).toBeNull();
    expect(nextDueDate(fortnightly, '2026-03-01')).toBe('2026-03-02');
    expect(dueNow(fortnightly, '2026-03-02', none)).toEqual({ dueDate: '2026-03-02', overdue: false });
    expect(nextDueDate(fortnightly, '2026-03-02')).toBe('2026-03-16');
    expect(dueNow(fortnightly, '2026-03-04', none)).toEqual({ dueDate: '2026-03-02', overdue: false });
    expect(dueNow(fortnightly, '2026-03-05', none)).toEqual({ dueDate: '2026-03-02', overdue: true });
    expect(dueNow(fortnightly, '2026-03-15', none)).toEqual({ dueDate: '2026-03-02', overdue: true });
    expect(nextDueDate(fortnightly, '2026-03-15')).toBe('2026-03-16');
    // The missed one is dropped.
    expect(dueNow(fortnightly, '2026-03-16', none)).toEqual({ dueDate: '2026-03-16', overdue: false });
    expect(latestDueDate(fortnightly, '2026-03-29')).toBe('2026-03-16');
    expect(latestDueDate(fortnightly, '2026-03-30')).toBe('2026-03-30');
  });

  it('every 2 weeks: answered -> null until the next due day', () => {
    const answered = new Set(['2026-03-02']);
    expect(dueNow(fortnightly, '2026-03-02', answered)).toBeNull();
    expect(dueNow(fortnightly, '2026-03-15', answered)).toBeNull();
    expect(dueNow(fortnightly, '2026-03-16', answered)).toEqual({ dueDate: '2026-03-16', overdue: false });
    // Answering a later date does not answer this one.
    expect(dueNow(fortnightly, '2026-03-03', new Set(['2026-03-16']))).toEqual({ dueDate: '2026-03-02', overdue: false });
  });

  describe('across a DST change (dates only)', () => {
    let saved: string | undefined;
    beforeEach(() => {
      saved = process.env.TZ;
    });
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    // [zone, its offset on 2026-07-01 as getTimezoneOffset reports it]
    for (const [tz, julyOffset] of [
      ['UTC', 0],
      ['Europe/Amsterdam', -120],
      ['America/New_York', 240],
      ['Australia/Sydney', -600],
    ] as const) {
      it(`is unaffected in ${tz}`, () => {
        process.env.TZ = tz;
        // The process really runs in that zone.
        expect(new Date(2026, 6, 1, 12).getTimezoneOffset()).toBe(julyOffset);
        // Europe: CET -> CEST on 2026-03-29 and back on 2026-10-25. US: 2026-03-08 and 2026-11-01.
        const weekly = cadenceSchema.parse({ frequency: 'every_n_weeks', everyWeeks: 1, startDate: '2026-03-23' });
        expect(latestDueDate(weekly, '2026-03-29')).toBe('2026-03-23');
        expect(latestDueDate(weekly, '2026-03-30')).toBe('2026-03-30');
        expect(nextDueDate(weekly, '2026-03-29')).toBe('2026-03-30');
        expect(dueNow(weekly, '2026-04-01', none)).toEqual({ dueDate: '2026-03-30', overdue: false });
        expect(dueNow(weekly, '2026-04-02', none)).toEqual({ dueDate: '2026-03-30', overdue: true });
        const us = cadenceSchema.parse({ frequency: 'every_n_weeks', everyWeeks: 2, startDate: '2026-02-28' });
        expect(latestDueDate(us, '2026-03-14')).toBe('2026-03-14');
        expect(dueNow(us, '2026-03-10', none)).toEqual({ dueDate: '2026-02-28', overdue: true });
        const autumn = cadenceSchema.parse({ frequency: 'every_n_weeks', everyWeeks: 4, startDate: '2026-10-05' });
        expect(latestDueDate(autumn, '2026-11-01')).toBe('2026-10-05');
        expect(latestDueDate(autumn, '2026-11-02')).toBe('2026-11-02');
        expect(nextDueDate(autumn, '2026-11-02')).toBe('2026-11-30');
        const onDst = cadenceSchema.parse({ frequency: 'once', startDate: '2026-03-29' });
        expect(dueNow(onDst, '2026-03-31', none)).toEqual({ dueDate: '2026-03-29', overdue: false });
        expect(dueNow(onDst, '2026-04-01', none)).toEqual({ dueDate: '2026-03-29', overdue: true });
      });
    }
  });
});
