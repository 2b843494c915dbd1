/**
 * The published scoring rules of every instrument, written out by hand from the sources
 * (not read from the definitions), so the measures tests can check the code against them.
 * Nothing here calls the scoring code.
 */
import type { Answers, InstrumentDefinition } from '../src/measures/index.ts';
import { GAD2, GAD7, K10, PCL5, PHQ2, PHQ9, WHO5 } from '../src/measures/index.ts';

export type BandRow = readonly [key: string, min: number, max: number];

export interface Published {
  name: string;
  def: InstrumentDefinition;
  /** Number of scored items, keyed "1".."n". */
  items: number;
  /** The option values of every scored item. */
  values: readonly number[];
  multiplier: number;
  range: readonly [number, number];
  bands: readonly BandRow[];
  /** Clinical caseness on the reported scale, or null when the instrument has none. */
  caseness: ((total: number) => boolean) | null;
  /** Positive screen at or above this total, or null. */
  screenAt: number | null;
  missing: { kind: 'prorate'; max: number } | { kind: 'none' };
  /** Reliable / clinically meaningful change in points on the reported scale, or null. */
  change: number | null;
  better: 'lower' | 'higher';
  /** Subscale key -> item numbers. */
  subscales: Readonly<Record<string, readonly number[]>>;
  /** Item keys whose answer above the lowest option is a risk. */
  riskItems: readonly string[];
  /** Unscored items that exist on the form (key -> allowed values). */
  unscored: Readonly<Record<string, readonly number[]>>;
  loinc: { panel?: string; total?: string } | null;
}

const ZERO_TO = (n: number) => Array.from({ length: n + 1 }, (_, i) => i);
const DIFFICULTY = { difficulty: [0, 1, 2, 3] } as const;
const seq = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const PUBLISHED: readonly Published[] = [
  {
    name: 'PHQ-9',
    def: PHQ9,
    items: 9,
    values: ZERO_TO(3),
    multiplier: 1,
    range: [0, 27],
    bands: [
      ['minimal', 0, 4],
      ['mild', 5, 9],
      ['moderate', 10, 14],
      ['moderately_severe', 15, 19],
      ['severe', 20, 27],
    ],
    caseness: (t) => t >= 10,
    screenAt: null,
    missing: { kind: 'prorate', max: 2 },
    change: 6,
    better: 'lower',
    subscales: {},
    riskItems: ['9'],
    unscored: DIFFICULTY,
    loinc: { panel: '44249-1', total: '44261-6' },
  },
  {
    name: 'GAD-7',
    def: GAD7,
    items: 7,
    values: ZERO_TO(3),
    multiplier: 1,
    range: [0, 21],
    bands: [
      ['minimal', 0, 4],
      ['mild', 5, 9],
      ['moderate', 10, 14],
      ['severe', 15, 21],
    ],
    caseness: (t) => t >= 8,
    screenAt: null,
    missing: { kind: 'none' },
    change: 4,
    better: 'lower',
    subscales: {},
    riskItems: [],
    unscored: DIFFICULTY,
    loinc: { panel: '69737-5', total: '70274-6' },
  },
  {
    name: 'PHQ-2',
    def: PHQ2,
    items: 2,
    values: ZERO_TO(3),
    multiplier: 1,
    range: [0, 6],
    bands: [
      ['negative', 0, 2],
      ['positive', 3, 6],
    ],
    caseness: null,
    screenAt: 3,
    missing: { kind: 'none' },
    change: null,
    better: 'lower',
    subscales: {},
    riskItems: [],
    unscored: {},
    loinc: { panel: '55757-9', total: '55758-7' },
  },
  {
    name: 'GAD-2',
    def: GAD2,
    items: 2,
    values: ZERO_TO(3),
    multiplier: 1,
    range: [0, 6],
    bands: [
      ['negative', 0, 2],
      ['positive', 3, 6],
    ],
    caseness: null,
    screenAt: 3,
    missing: { kind: 'none' },
    change: null,
    better: 'lower',
    subscales: {},
    riskItems: [],
    unscored: {},
    loinc: null,
  },
  {
    name: 'PCL-5',
    def: PCL5,
    items: 20,
    values: ZERO_TO(4),
    multiplier: 1,
    range: [0, 80],
    bands: [
      ['below_cutoff', 0, 32],
      ['probable_ptsd', 33, 80],
    ],
    caseness: (t) => t >= 33,
    screenAt: null,
    missing: { kind: 'none' },
    change: 10,
    better: 'lower',
    subscales: { B: seq(1, 5), C: seq(6, 7), D: seq(8, 14), E: seq(15, 20) },
    riskItems: [],
    unscored: {},
    loinc: null,
  },
  {
    name: 'WHO-5',
    def: WHO5,
    items: 5,
    values: ZERO_TO(5),
    multiplier: 4,
    range: [0, 100],
    bands: [
      ['likely_depression', 0, 28],
      ['poor', 29, 50],
      ['not_poor', 51, 100],
    ],
    caseness: (t) => t <= 50,
    screenAt: null,
    missing: { kind: 'none' },
    change: 10,
    better: 'higher',
    subscales: {},
    riskItems: [],
    unscored: {},
    loinc: null,
  },
  {
    name: 'K10',
    def: K10,
    items: 10,
    values: seq(1, 5),
    multiplier: 1,
    range: [10, 50],
    bands: [
      ['low', 10, 15],
      ['moderate', 16, 21],
      ['high', 22, 29],
      ['very_high', 30, 50],
    ],
    caseness: null,
    screenAt: null,
    missing: { kind: 'prorate', max: 1 },
    change: null,
    better: 'lower',
    subscales: {},
    riskItems: [],
    unscored: {},
    loinc: null,
  },
];

export const published = (name: string): Published => {
  const p = PUBLISHED.find((x) => x.name === name);
  if (!p) throw new Error(`no published rules for ${name}`);
  return p;
};

/** The band key from the literal table, or null outside every band. */
export function oracleBand(p: Published, total: number): string | null {
  const hits = p.bands.filter(([, min, max]) => total >= min && total <= max);
  if (hits.length > 1) throw new Error(`${p.name}: ${total} is in ${hits.length} bands`);
  return hits[0]?.[0] ?? null;
}

/** round(sum * n / answered) with halves rounded up, in exact integer arithmetic. */
export function proratedRaw(sum: number, n: number, answered: number): number {
  return Math.floor((2 * sum * n + answered) / (2 * answered));
}

/** Answers keyed "1".."n" from a list of values (null = skipped), plus any extra keys. */
export function answersOf(values: readonly (number | null)[], extra: Answers = {}): Answers {
  const a: Answers = { ...extra };
  values.forEach((v, i) => {
    a[String(i + 1)] = v;
  });
  return a;
}

/** Item values that add up to `raw`, filled from the first item, each within [lo, hi]. */
export function valuesSumming(p: Published, raw: number): number[] {
  const lo = Math.min(...p.values);
  const hi = Math.max(...p.values);
  let left = raw - p.items * lo;
  const out = Array.from({ length: p.items }, () => {
    const v = lo + Math.min(hi - lo, Math.max(0, left));
    left -= v - lo;
    return v;
  });
  if (left !== 0 || out.reduce((a, b) => a + b, 0) !== raw) throw new Error(`${p.name}: cannot reach raw ${raw}`);
  return out;
}
