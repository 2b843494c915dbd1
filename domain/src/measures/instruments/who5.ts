import { NO_RULE_FOUND, scoredItems, type InstrumentDefinition } from '../definition.ts';

const TOPP_2015 = 'Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a systematic review of the literature. Psychother Psychosom 2015;84:167-176.';

export const WHO5: InstrumentDefinition = {
  ref: { kind: 'instrument', key: 'who5', version: 1 },
  title: 'WHO-Five Well-Being Index (WHO-5)',
  shortName: 'WHO-5',
  instructions: 'Please choose, for each of the five statements, the answer closest to how you have been feeling over the last two weeks. Over the last two weeks:',
  period: 'the last two weeks',
  items: scoredItems(
    [
      'I have felt cheerful and in good spirits',
      'I have felt calm and relaxed',
      'I have felt active and vigorous',
      'I woke up feeling fresh and rested',
      'My daily life has been filled with things that interest me',
    ],
    [
      { value: 5, label: 'All of the time' },
      { value: 4, label: 'Most of the time' },
      { value: 3, label: 'More than half of the time' },
      { value: 2, label: 'Less than half of the time' },
      { value: 1, label: 'Some of the time' },
      { value: 0, label: 'At no time' },
    ],
  ),
  attribution: 'WHO-Five Well-Being Index, Psychiatric Research Unit, Mental Health Centre North Zealand, Hillerød, Denmark. Free to use.',
  better: 'higher',
  multiplier: 4,
  range: { min: 0, max: 100 },
  bands: [
    { key: 'likely_depression', min: 0, max: 28, label: 'Low: screen for depression (28 or less)' },
    { key: 'poor', min: 29, max: 50, label: 'Poor well-being (50 or less)' },
    { key: 'not_poor', min: 51, max: 100, label: 'Above the poor well-being cut-off' },
  ],
  missing: { kind: 'none', source: NO_RULE_FOUND('WHO-5') },
  caseness: { op: '<=', value: 50, label: 'at or below the poor well-being cut-off of 50', source: TOPP_2015 },
  change: { points: 10, kind: 'clinically_meaningful', source: `${TOPP_2015} A 10-point change on the 0-100 scale is significant.` },
  subscales: [],
  sources: { bands: TOPP_2015, wording: 'WHO-5 (1998 version), Psychiatric Research Unit, Mental Health Centre North Zealand.' },
};
