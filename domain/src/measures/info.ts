import type { InstrumentDefinition } from './definition.ts';
import type { InstrumentInfoView } from './views.ts';

/** The parts of a definition a chart or result line needs (no items). */
export function instrumentInfo(def: InstrumentDefinition): InstrumentInfoView {
  return {
    key: def.ref.key,
    version: def.ref.version,
    shortName: def.shortName,
    title: def.title,
    period: def.period,
    itemCount: def.items.filter((i) => i.kind === 'choice' && i.scored).length,
    better: def.better,
    range: def.range,
    bands: def.bands,
    caseness: def.caseness ? { op: def.caseness.op, value: def.caseness.value, label: def.caseness.label } : null,
    screen: def.screen ? { atLeast: def.screen.atLeast } : null,
    change: def.change ? { points: def.change.points, kind: def.change.kind } : null,
    missingRule: { kind: def.missing.kind, maxMissing: def.missing.kind === 'prorate' ? def.missing.maxMissing : 0, source: def.missing.source },
    attribution: def.attribution,
    loinc: def.loinc ?? null,
  };
}
