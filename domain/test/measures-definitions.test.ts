import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, INSTRUMENT_KEYS, findInstrument, instrumentInfo, latestInstrument } from '../src/measures/index.ts';
import { PUBLISHED, published } from './measures-published.ts';

/** Caseness as published: [operator, cut-off] on the reported scale. */
const CASENESS: Record<string, ['>=' | '<=', number] | null> = {
  'PHQ-9': ['>=', 10],
  'GAD-7': ['>=', 8],
  'PHQ-2': null,
  'GAD-2': null,
  'PCL-5': ['>=', 33],
  'WHO-5': ['<=', 50],
  K10: null,
};

describe.each(PUBLISHED)('$name definition', (p) => {
  const def = p.def;
  const scored = def.items.filter((i) => i.kind === 'choice' && i.scored);

  it('has exactly the published number of scored items, keyed "1".."n" in order', () => {
    expect(scored).toHaveLength(p.items);
    expect(scored.map((i) => i.key)).toEqual(Array.from({ length: p.items }, (_, i) => String(i + 1)));
    expect(instrumentInfo(def).itemCount).toBe(p.items);
  });

  it('has the published option values on every scored item', () => {
    for (const item of scored) {
      if (item.kind !== 'choice') throw new Error('unreachable');
      expect(item.options.map((o) => o.value).sort((a, b) => a - b), `item ${item.key}`).toEqual([...p.values]);
      for (const o of item.options) expect(o.label.trim(), `item ${item.key} option ${o.value}`).not.toBe('');
      expect(item.text.trim()).not.toBe('');
      expect(item.required).toBe(false);
    }
  });

  it('has only the expected unscored items, none of them required', () => {
    const unscored = def.items.filter((i) => !(i.kind === 'choice' && i.scored));
    expect(unscored.map((i) => i.key)).toEqual(Object.keys(p.unscored));
    for (const item of unscored) {
      if (item.kind !== 'choice') throw new Error(`${item.key} is not a choice`);
      expect(item.options.map((o) => o.value).sort((a, b) => a - b)).toEqual([...(p.unscored[item.key] ?? [])]);
      expect(item.required).toBe(false);
      expect(item.risk).toBe(false);
    }
    expect(new Set(def.items.map((i) => i.key)).size).toBe(def.items.length);
  });

  it('has the published scale, bands, cut-offs, change threshold and missing rule', () => {
    expect(def.multiplier).toBe(p.multiplier);
    expect([def.range.min, def.range.max]).toEqual([...p.range]);
    // The range is exactly what the items can reach.
    expect(def.range.min).toBe(p.items * Math.min(...p.values) * p.multiplier);
    expect(def.range.max).toBe(p.items * Math.max(...p.values) * p.multiplier);
    expect(def.bands.map((b) => [b.key, b.min, b.max])).toEqual(p.bands.map((b) => [...b]));
    for (const b of def.bands) expect(b.label.trim()).not.toBe('');
    const c = CASENESS[p.name];
    expect(def.caseness ? [def.caseness.op, def.caseness.value] : null).toEqual(c);
    if (def.caseness) {
      expect(def.caseness.source.trim()).not.toBe('');
      expect(def.caseness.label.trim()).not.toBe('');
    }
    expect(def.screen?.atLeast ?? null).toBe(p.screenAt);
    if (def.screen) expect(def.screen.source.trim()).not.toBe('');
    expect(def.change?.points ?? null).toBe(p.change);
    if (def.change) expect(def.change.source.trim()).not.toBe('');
    expect(def.better).toBe(p.better);
    expect(def.missing.kind).toBe(p.missing.kind);
    if (def.missing.kind === 'prorate' && p.missing.kind === 'prorate') expect(def.missing.maxMissing).toBe(p.missing.max);
  });

  it('names its sources and attribution', () => {
    expect(def.missing.source.trim().length).toBeGreaterThan(20);
    expect(def.sources.bands.trim().length).toBeGreaterThan(10);
    expect(def.sources.wording.trim()).not.toBe('');
    expect(def.attribution.trim().length).toBeGreaterThan(10);
    expect(def.title.trim()).not.toBe('');
    expect(def.shortName).toBe(p.name);
    expect(def.instructions.trim()).not.toBe('');
    expect(def.period.trim()).not.toBe('');
  });

  it('has the published subscales and risk items', () => {
    expect(Object.fromEntries(def.subscales.map((s) => [s.key, s.items]))).toEqual(
      Object.fromEntries(Object.entries(p.subscales).map(([k, items]) => [k, items.map(String)])),
    );
    expect(def.items.filter((i) => i.kind === 'choice' && i.risk).map((i) => i.key)).toEqual([...p.riskItems]);
  });

  if (p.loinc) {
    const loinc = p.loinc;
    it(`has LOINC panel ${loinc.panel} and total ${loinc.total}`, () => {
      expect(def.loinc).toEqual(loinc);
    });
  }
});

describe('LOINC and risk item of the PHQ-9', () => {
  it('item 9 is the risk item with LOINC 44260-8', () => {
    const item9 = published('PHQ-9').def.items.find((i) => i.key === '9');
    expect(item9).toMatchObject({ kind: 'choice', risk: true, scored: true, loinc: '44260-8' });
  });

  it('PHQ-9 44249-1 / 44261-6, GAD-7 69737-5 / 70274-6, PHQ-2 55757-9 / 55758-7', () => {
    expect(published('PHQ-9').def.loinc).toEqual({ panel: '44249-1', total: '44261-6' });
    expect(published('GAD-7').def.loinc).toEqual({ panel: '69737-5', total: '70274-6' });
    expect(published('PHQ-2').def.loinc).toEqual({ panel: '55757-9', total: '55758-7' });
  });
});

describe('the instrument registry', () => {
  it('holds exactly the seven instruments, each findable by key and version', () => {
    expect(INSTRUMENTS).toHaveLength(PUBLISHED.length);
    expect(INSTRUMENTS.map((d) => d.ref.key).sort()).toEqual([...INSTRUMENT_KEYS].sort());
    expect(new Set(INSTRUMENTS.map((d) => `${d.ref.key}@${d.ref.version}`)).size).toBe(INSTRUMENTS.length);
    for (const p of PUBLISHED) {
      expect(findInstrument(p.def.ref.key, p.def.ref.version)).toBe(p.def);
      expect(p.def.ref.kind).toBe('instrument');
    }
    for (const key of INSTRUMENT_KEYS) expect(latestInstrument(key).ref.key).toBe(key);
    expect(findInstrument('phq9', 999)).toBeUndefined();
    expect(findInstrument('bdi', 1)).toBeUndefined();
  });
});
