import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandFor,
  cadenceSchema,
  checkAnswers,
  compareTotals,
  dueNow,
  latestDueDate,
  nextDueDate,
  scoreInstrument,
  type Answers,
} from '../src/measures/index.ts';
import { PUBLISHED, answersOf, oracleBand, proratedRaw, type Published } from './measures-published.ts';

// The oracles below use only the literal tables in measures-published.ts and plain
// arithmetic: they never call scoreInstrument, bandFor, isCase or compareTotals.

const RUNS = { numRuns: 400 };

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Answers for the unscored items (e.g. the PHQ-9 difficulty item): any option, skipped, or left out. */
function arbUnscored(p: Published): fc.Arbitrary<Answers> {
  const entries = Object.entries(p.unscored);
  return fc
    .tuple(...entries.map(([, allowed]) => fc.oneof(fc.constantFrom(...allowed), fc.constant(null), fc.constant(undefined))))
    .map((vals) => {
      const a: Answers = {};
      vals.forEach((v, i) => {
        const key = entries[i]?.[0];
        if (key !== undefined && v !== undefined) a[key] = v;
      });
      return a;
    });
}

const arbValues = (p: Published) => fc.array(fc.constantFrom(...p.values), { minLength: p.items, maxLength: p.items });

/** What the published rule says for these item values (null = missing). */
function oracleScore(p: Published, values: readonly (number | null)[]) {
  const answered = values.filter((v): v is number => v !== null);
  const missing = values.flatMap((v, i) => (v === null ? [String(i + 1)] : []));
  const raw = sum(answered);
  let total: number | null = null;
  let prorated = false;
  let reason: 'too_many_missing' | 'missing_not_allowed' | null = null;
  if (missing.length === 0) total = raw * p.multiplier;
  else if (p.missing.kind === 'prorate' && missing.length <= p.missing.max && answered.length > 0) {
    total = proratedRaw(raw, p.items, answered.length) * p.multiplier;
    prorated = true;
  } else reason = p.missing.kind === 'prorate' ? 'too_many_missing' : 'missing_not_allowed';
  const lowest = Math.min(...p.values);
  const risk = p.riskItems.filter((k) => {
    const v = values[Number(k) - 1];
    return v !== null && v !== undefined && v > lowest;
  });
  const subscales = Object.entries(p.subscales).map(([key, items]) => {
    const vs = items.map((n) => values[n - 1] ?? null);
    return { key, total: vs.every((v) => v !== null) ? sum(vs as number[]) : null };
  });
  return {
    total,
    raw,
    prorated,
    reason,
    missing,
    answered: answered.length,
    band: total === null ? null : oracleBand(p, total),
    caseness: total === null || !p.caseness ? null : p.caseness(total),
    screen: total === null || p.screenAt === null ? null : total >= p.screenAt,
    risk,
    subscales,
  };
}

function expectMatchesOracle(p: Published, answers: Answers, values: readonly (number | null)[]) {
  const s = scoreInstrument(p.def, answers);
  const o = oracleScore(p, values);
  expect(s.total).toBe(o.total);
  expect(s.rawSum).toBe(o.raw);
  expect(s.prorated).toBe(o.prorated);
  expect(s.noTotalReason).toBe(o.reason);
  expect(s.missing).toEqual(o.missing);
  expect(s.answered).toBe(o.answered);
  expect(s.band?.key ?? null).toBe(o.band);
  expect(s.caseness).toBe(o.caseness);
  expect(s.positiveScreen).toBe(o.screen);
  expect(s.risk).toEqual(o.risk);
  expect(s.subscales.map((x) => ({ key: x.key, total: x.total }))).toEqual(o.subscales);
  if (s.total !== null) {
    expect(Number.isInteger(s.total)).toBe(true);
    expect(s.total).toBeGreaterThanOrEqual(p.range[0]);
    expect(s.total).toBeLessThanOrEqual(p.range[1]);
    expect(s.total % p.multiplier).toBe(0);
  }
}

describe.each(PUBLISHED)('$name scoring against the published rule', (p) => {
  it('complete answers: total = sum (x multiplier), in range, band, caseness, screen, subscales, risk', () => {
    fc.assert(
      fc.property(arbValues(p), arbUnscored(p), (values, extra) => {
        const answers = answersOf(values, extra);
        expect(checkAnswers(p.def, { ...Object.fromEntries(Object.keys(p.unscored).map((k) => [k, null])), ...answers }, { complete: true })).toEqual([]);
        expectMatchesOracle(p, answers, values);
        expect(scoreInstrument(p.def, answers).total).toBe(sum(values) * p.multiplier);
      }),
      RUNS,
    );
  });

  it('the extremes: every item lowest, every item highest', () => {
    const lo = Array.from({ length: p.items }, () => Math.min(...p.values));
    const hi = Array.from({ length: p.items }, () => Math.max(...p.values));
    expect(scoreInstrument(p.def, answersOf(lo)).total).toBe(p.range[0]);
    expect(scoreInstrument(p.def, answersOf(hi)).total).toBe(p.range[1]);
  });

  it('k missing items (null or left out): no total, or prorated exactly as the rule says', () => {
    const arb = fc.integer({ min: 1, max: p.items }).chain((k) =>
      fc.tuple(
        arbValues(p),
        fc.shuffledSubarray(
          Array.from({ length: p.items }, (_, i) => i),
          { minLength: k, maxLength: k },
        ),
        fc.array(fc.boolean(), { minLength: p.items, maxLength: p.items }),
        arbUnscored(p),
      ),
    );
    fc.assert(
      fc.property(arb, ([full, missingIdx, leaveOut, extra]) => {
        const values: (number | null)[] = full.map((v, i) => (missingIdx.includes(i) ? null : v));
        const answers = answersOf(values, extra);
        values.forEach((v, i) => {
          if (v === null && leaveOut[i]) delete answers[String(i + 1)];
        });
        expectMatchesOracle(p, answers, values);
      }),
      RUNS,
    );
  });

  if (p.missing.kind === 'prorate') {
    const max = p.missing.max;
    it(`prorates every reachable sum with 1..${max} missing, and refuses ${max + 1}`, () => {
      const lo = Math.min(...p.values);
      const hi = Math.max(...p.values);
      for (let k = 1; k <= max + 1; k++) {
        const answered = p.items - k;
        for (let raw = answered * lo; raw <= answered * hi; raw++) {
          // Spread `raw` over the first `answered` items.
          const values: (number | null)[] = [];
          let left = raw - answered * lo;
          for (let i = 0; i < answered; i++) {
            const v = lo + Math.min(hi - lo, left);
            left -= v - lo;
            values.push(v);
          }
          for (let i = 0; i < k; i++) values.push(null);
          const s = scoreInstrument(p.def, answersOf(values));
          const expected = k <= max ? Math.floor((2 * raw * p.items + answered) / (2 * answered)) * p.multiplier : null;
          expect(s.total, `${k} missing, sum ${raw}`).toBe(expected);
          expect(s.prorated).toBe(k <= max);
          expect(s.noTotalReason).toBe(k <= max ? null : 'too_many_missing');
        }
      }
    });
  }

  it('a single answer outside the options is one error naming that item', () => {
    const arb = fc.tuple(
      arbValues(p),
      fc.integer({ min: 0, max: p.items - 1 }),
      fc.oneof(
        fc.integer({ min: -20, max: 20 }).filter((v) => !p.values.includes(v)),
        fc.double({ noNaN: false }).filter((v) => !p.values.includes(v)),
        fc.string(),
        fc.constant(true as unknown as number),
      ),
    );
    fc.assert(
      fc.property(arb, ([values, idx, bad]) => {
        const extra = Object.fromEntries(Object.keys(p.unscored).map((k) => [k, null]));
        const answers: Answers = { ...answersOf(values, extra), [String(idx + 1)]: bad };
        expect(checkAnswers(p.def, answers, { complete: true })).toEqual([{ field: `answers.${idx + 1}`, message: expect.any(String) }]);
      }),
      RUNS,
    );
  });

  it('bands partition the whole range, with no gaps or overlaps', () => {
    const [min, max] = p.range;
    // The literal table itself is a partition.
    expect(p.bands[0]?.[1]).toBe(min);
    expect(p.bands[p.bands.length - 1]?.[2]).toBe(max);
    for (let i = 1; i < p.bands.length; i++) expect(p.bands[i]?.[1]).toBe((p.bands[i - 1]?.[2] ?? NaN) + 1);
    // The definition's bands: each integer total is in exactly one, the one the table says.
    for (let t = min; t <= max; t++) {
      const holding = p.def.bands.filter((b) => t >= b.min && t <= b.max);
      expect(holding, `${p.name} total ${t}`).toHaveLength(1);
      expect(bandFor(p.def, t)?.key, `${p.name} total ${t}`).toBe(oracleBand(p, t));
    }
    expect(bandFor(p.def, min - 1)).toBeNull();
    expect(bandFor(p.def, max + 1)).toBeNull();
  });

  it('compareTotals: antisymmetric delta and direction, symmetric significance, published recovery', () => {
    const arbTotal = fc.integer({ min: p.range[0], max: p.range[1] });
    fc.assert(
      fc.property(arbTotal, arbTotal, (a, b) => {
        const c = compareTotals(p.def, a, b);
        const r = compareTotals(p.def, b, a);
        expect(c.delta).toBe(b - a);
        expect(r.delta).toBe(a - b);
        const better = p.better === 'lower' ? b < a : b > a;
        expect(c.direction).toBe(a === b ? 'same' : better ? 'better' : 'worse');
        if (a === b) expect(r.direction).toBe('same');
        else expect(r.direction).toBe(c.direction === 'better' ? 'worse' : 'better');
        expect(c.significant).toBe(p.change === null ? null : Math.abs(b - a) >= p.change);
        expect(r.significant).toBe(c.significant);
        expect(c.improved).toBe(c.significant === true && better);
        expect(c.improved).toBe(r.deteriorated);
        expect(c.deteriorated).toBe(r.improved);
        expect(c.improved && c.deteriorated).toBe(false);
        const recovered = p.caseness === null ? null : p.caseness(a) && !p.caseness(b);
        expect(c.recovered).toBe(recovered);
        if (recovered !== null) expect(c.recovered && r.recovered).toBe(false);
        expect(c.reliablyRecovered).toBe(recovered === null || p.change === null ? null : recovered && Math.abs(b - a) >= p.change && better);
      }),
      { numRuns: 1000 },
    );
  });

  if (p.change !== null) {
    const threshold = p.change;
    it(`compareTotals: a change of ${threshold - 1} never counts, ${threshold} always does`, () => {
      for (let a = p.range[0]; a <= p.range[1]; a++) {
        for (const d of [threshold - 1, threshold]) {
          for (const b of [a + d, a - d]) {
            if (b < p.range[0] || b > p.range[1]) continue;
            expect(compareTotals(p.def, a, b).significant, `${a} -> ${b}`).toBe(d === threshold);
          }
        }
      }
    });
  }
});

describe('due dates against day arithmetic', () => {
  const DAY = 86_400_000;
  const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

  it('latest <= today < next, on the grid, overdue after 2 days, answered clears', () => {
    const arb = fc.record({
      start: fc.integer({ min: 9000, max: 25000 }), // days since 1970: 1994..2038
      offset: fc.integer({ min: -60, max: 800 }),
      weeks: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
      answerLatest: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ start, offset, weeks, answerLatest }) => {
        const c = cadenceSchema.parse(weeks === null ? { frequency: 'once', startDate: iso(start) } : { frequency: 'every_n_weeks', everyWeeks: weeks, startDate: iso(start) });
        const today = iso(start + offset);
        const period = weeks === null ? null : weeks * 7;
        const latestDay = offset < 0 ? null : period === null ? start : start + Math.floor(offset / period) * period;
        const nextDay = offset < 0 ? start : period === null ? null : (latestDay ?? start) + period;
        expect(latestDueDate(c, today)).toBe(latestDay === null ? null : iso(latestDay));
        expect(nextDueDate(c, today)).toBe(nextDay === null ? null : iso(nextDay));
        if (latestDay !== null && nextDay !== null) {
          expect(latestDay <= start + offset && start + offset < nextDay).toBe(true);
        }
        const answered = new Set(answerLatest && latestDay !== null ? [iso(latestDay)] : [iso(start - 1)]);
        const due = dueNow(c, today, answered);
        if (latestDay === null || answerLatest) expect(due).toBeNull();
        else expect(due).toEqual({ dueDate: iso(latestDay), overdue: start + offset - latestDay > 2 });
      }),
      { numRuns: 1000 },
    );
  });
});
