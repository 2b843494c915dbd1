import { scoredItems, type InstrumentDefinition } from '../definition.ts';

const ITEMS = [
  'tired out for no good reason?',
  'nervous?',
  'so nervous that nothing could calm you down?',
  'hopeless?',
  'restless or fidgety?',
  'so restless you could not sit still?',
  'depressed?',
  'that everything was an effort?',
  'so sad that nothing could cheer you up?',
  'worthless?',
].map((end) => `About how often did you feel ${end}`);

const ANDREWS_SLADE = 'Andrews G, Slade T. Interpreting scores on the Kessler Psychological Distress Scale (K10). Aust N Z J Public Health 2001;25:494-497; bands as used by the Australian Bureau of Statistics.';

export const K10: InstrumentDefinition = {
  ref: { kind: 'instrument', key: 'k10', version: 1 },
  title: 'Kessler Psychological Distress Scale (K10)',
  shortName: 'K10',
  instructions: 'These questions are about how you have been feeling during the last 30 days.',
  period: 'the last 30 days',
  items: scoredItems(ITEMS, [
    { value: 1, label: 'None of the time' },
    { value: 2, label: 'A little of the time' },
    { value: 3, label: 'Some of the time' },
    { value: 4, label: 'Most of the time' },
    { value: 5, label: 'All of the time' },
  ]),
  attribution: 'Kessler RC, Andrews G, Colpe LJ, et al. Short screening scales to monitor population prevalences and trends in non-specific psychological distress. Psychol Med 2002;32:959-976. Free to use.',
  better: 'lower',
  multiplier: 1,
  range: { min: 10, max: 50 },
  bands: [
    { key: 'low', min: 10, max: 15, label: 'Low' },
    { key: 'moderate', min: 16, max: 21, label: 'Moderate' },
    { key: 'high', min: 22, max: 29, label: 'High' },
    { key: 'very_high', min: 30, max: 50, label: 'Very high' },
  ],
  missing: {
    kind: 'prorate',
    maxMissing: 1,
    source:
      "AMHOCN (Australian Mental Health Outcomes and Classification Network), NOCC overview of clinician-rated and consumer self-report measures v2.1, p. 58, as specified in the PMHC MDS: with one item missing the total is round(sum of the 9 answered / 9 x 10); with more than one missing the total is invalid.",
  },
  subscales: [],
  sources: { bands: ANDREWS_SLADE, wording: 'K10, Kessler et al. 2002 (hcp.med.harvard.edu/ncs/k6_scales.php).' },
};
