import {
  FREQUENCY_2_WEEKS,
  NO_RULE_FOUND,
  PHQ9_MISSING_SOURCE,
  PHQ_ATTRIBUTION,
  difficultyItem,
  scoredItems,
  type InstrumentDefinition,
} from '../definition.ts';

const PHQ9_ITEMS = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
];

const KROENKE_2001 = 'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16:606-613.';

export const PHQ9: InstrumentDefinition = {
  ref: { kind: 'instrument', key: 'phq9', version: 1 },
  title: 'Patient Health Questionnaire (PHQ-9)',
  shortName: 'PHQ-9',
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  period: 'the last 2 weeks',
  items: [...scoredItems(PHQ9_ITEMS, FREQUENCY_2_WEEKS, { 9: { risk: true, loinc: '44260-8' } }), difficultyItem()],
  attribution: PHQ_ATTRIBUTION,
  better: 'lower',
  multiplier: 1,
  range: { min: 0, max: 27 },
  bands: [
    { key: 'minimal', min: 0, max: 4, label: 'Minimal' },
    { key: 'mild', min: 5, max: 9, label: 'Mild' },
    { key: 'moderate', min: 10, max: 14, label: 'Moderate' },
    { key: 'moderately_severe', min: 15, max: 19, label: 'Moderately severe' },
    { key: 'severe', min: 20, max: 27, label: 'Severe' },
  ],
  missing: { kind: 'prorate', maxMissing: 2, source: PHQ9_MISSING_SOURCE },
  caseness: { op: '>=', value: 10, label: 'at or above the clinical cut-off of 10', source: `${KROENKE_2001} NHS Talking Therapies manual: caseness at 10 or more.` },
  change: { points: 6, kind: 'reliable', source: 'NHS Talking Therapies for anxiety and depression manual: reliable change on the PHQ-9 is a change of 6 or more points.' },
  subscales: [],
  loinc: { panel: '44249-1', total: '44261-6' },
  sources: { bands: KROENKE_2001, wording: 'PHQ-9 form, Pfizer (phqscreeners.com).' },
};

/** PHQ-2: the first two PHQ-9 items (Kroenke, Spitzer, Williams 2003). */
export const PHQ2: InstrumentDefinition = {
  ...PHQ9,
  ref: { kind: 'instrument', key: 'phq2', version: 1 },
  title: 'Patient Health Questionnaire (PHQ-2)',
  shortName: 'PHQ-2',
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: scoredItems(PHQ9_ITEMS.slice(0, 2), FREQUENCY_2_WEEKS),
  range: { min: 0, max: 6 },
  bands: [
    { key: 'negative', min: 0, max: 2, label: 'Below the screening cut-off' },
    { key: 'positive', min: 3, max: 6, label: 'Positive screen' },
  ],
  missing: { kind: 'none', source: NO_RULE_FOUND('PHQ-2') },
  caseness: undefined,
  screen: { atLeast: 3, source: 'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care 2003;41:1284-1292 (cut-off 3).' },
  change: undefined,
  loinc: { panel: '55757-9', total: '55758-7' },
  sources: { bands: 'Kroenke, Spitzer, Williams 2003 (Med Care 41:1284).', wording: 'PHQ-9 form, Pfizer (phqscreeners.com), items 1-2.' },
};
