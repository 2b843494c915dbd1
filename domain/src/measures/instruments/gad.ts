import { FREQUENCY_2_WEEKS, NO_RULE_FOUND, PHQ_ATTRIBUTION, difficultyItem, scoredItems, type InstrumentDefinition } from '../definition.ts';

const GAD7_ITEMS = [
  'Feeling nervous, anxious or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid as if something awful might happen',
];

const SPITZER_2006 = 'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166:1092-1097.';

export const GAD7: InstrumentDefinition = {
  ref: { kind: 'instrument', key: 'gad7', version: 1 },
  title: 'Generalized Anxiety Disorder scale (GAD-7)',
  shortName: 'GAD-7',
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  period: 'the last 2 weeks',
  items: [...scoredItems(GAD7_ITEMS, FREQUENCY_2_WEEKS), difficultyItem()],
  attribution: PHQ_ATTRIBUTION,
  better: 'lower',
  multiplier: 1,
  range: { min: 0, max: 21 },
  bands: [
    { key: 'minimal', min: 0, max: 4, label: 'Minimal' },
    { key: 'mild', min: 5, max: 9, label: 'Mild' },
    { key: 'moderate', min: 10, max: 14, label: 'Moderate' },
    { key: 'severe', min: 15, max: 21, label: 'Severe' },
  ],
  missing: { kind: 'none', source: NO_RULE_FOUND('GAD-7') },
  caseness: { op: '>=', value: 8, label: 'at or above the clinical cut-off of 8', source: 'NHS Talking Therapies for anxiety and depression manual: GAD-7 caseness at 8 or more.' },
  change: { points: 4, kind: 'reliable', source: 'NHS Talking Therapies for anxiety and depression manual: reliable change on the GAD-7 is a change of 4 or more points.' },
  subscales: [],
  loinc: { panel: '69737-5', total: '70274-6' },
  sources: { bands: SPITZER_2006, wording: 'GAD-7 form, Pfizer (phqscreeners.com).' },
};

/** GAD-2: the first two GAD-7 items (Kroenke et al. 2007). */
export const GAD2: InstrumentDefinition = {
  ...GAD7,
  ref: { kind: 'instrument', key: 'gad2', version: 1 },
  title: 'Generalized Anxiety Disorder scale (GAD-2)',
  shortName: 'GAD-2',
  items: scoredItems(GAD7_ITEMS.slice(0, 2), FREQUENCY_2_WEEKS),
  range: { min: 0, max: 6 },
  bands: [
    { key: 'negative', min: 0, max: 2, label: 'Below the screening cut-off' },
    { key: 'positive', min: 3, max: 6, label: 'Positive screen' },
  ],
  missing: { kind: 'none', source: NO_RULE_FOUND('GAD-2') },
  caseness: undefined,
  screen: { atLeast: 3, source: 'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care. Ann Intern Med 2007;146:317-325 (cut-off 3).' },
  change: undefined,
  loinc: undefined,
  sources: { bands: 'Kroenke et al. 2007 (Ann Intern Med 146:317).', wording: 'GAD-7 form, Pfizer (phqscreeners.com), items 1-2.' },
};
