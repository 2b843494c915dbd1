import type { InstrumentDefinition } from '../definition.ts';
import { GAD2, GAD7 } from './gad.ts';
import { K10 } from './k10.ts';
import { PCL5 } from './pcl5.ts';
import { PHQ2, PHQ9 } from './phq.ts';
import { WHO5 } from './who5.ts';

/** Every validated instrument at every version we can score. Never edit a version in place: add one. */
export const INSTRUMENTS: readonly InstrumentDefinition[] = [PHQ9, GAD7, PHQ2, GAD2, PCL5, WHO5, K10];

export const INSTRUMENT_KEYS = ['phq9', 'gad7', 'phq2', 'gad2', 'pcl5', 'who5', 'k10'] as const;
export type InstrumentKey = (typeof INSTRUMENT_KEYS)[number];

/** The exact version a response answered; undefined if we do not know it. */
export function findInstrument(key: string, version: number): InstrumentDefinition | undefined {
  return INSTRUMENTS.find((d) => d.ref.key === key && d.ref.version === version);
}

/** The version new schedules use. */
export function latestInstrument(key: InstrumentKey): InstrumentDefinition {
  const all = INSTRUMENTS.filter((d) => d.ref.key === key);
  const latest = all.reduce((a, b) => (b.ref.version > a.ref.version ? b : a));
  return latest;
}

export { GAD2, GAD7, K10, PCL5, PHQ2, PHQ9, WHO5 };
