import { NO_RULE_FOUND, scoredItems, type InstrumentDefinition } from '../definition.ts';

const ITEMS = [
  'Repeated, disturbing, and unwanted memories of the stressful experience?',
  'Repeated, disturbing dreams of the stressful experience?',
  'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
  'Feeling very upset when something reminded you of the stressful experience?',
  'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
  'Avoiding memories, thoughts, or feelings related to the stressful experience?',
  'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
  'Trouble remembering important parts of the stressful experience?',
  'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
  'Blaming yourself or someone else for the stressful experience or what happened after it?',
  'Having strong negative feelings such as fear, horror, anger, guilt, or shame?',
  'Loss of interest in activities that you used to enjoy?',
  'Feeling distant or cut off from other people?',
  'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
  'Irritable behavior, angry outbursts, or acting aggressively?',
  'Taking too many risks or doing things that could cause you harm?',
  'Being "superalert" or watchful or on guard?',
  'Feeling jumpy or easily startled?',
  'Having difficulty concentrating?',
  'Trouble falling or staying asleep?',
];

const OPTIONS = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'A little bit' },
  { value: 2, label: 'Moderately' },
  { value: 3, label: 'Quite a bit' },
  { value: 4, label: 'Extremely' },
];

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const NCPTSD = 'National Center for PTSD, "Using the PTSD Checklist for DSM-5 (PCL-5)" (ptsd.va.gov); Bovin MJ et al. Psychol Assess 2016;28:1379-1391.';

export const PCL5: InstrumentDefinition = {
  ref: { kind: 'instrument', key: 'pcl5', version: 1 },
  title: 'PTSD Checklist for DSM-5 (PCL-5)',
  shortName: 'PCL-5',
  instructions:
    'Below is a list of problems that people sometimes have in response to a very stressful experience. Please read each problem carefully and then choose how much you have been bothered by that problem in the past month. In the past month, how much were you bothered by:',
  period: 'the past month',
  items: scoredItems(ITEMS, OPTIONS),
  attribution:
    'Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD, 2013. In the public domain.',
  better: 'lower',
  multiplier: 1,
  range: { min: 0, max: 80 },
  bands: [
    { key: 'below_cutoff', min: 0, max: 32, label: 'Below the probable PTSD cut-off' },
    { key: 'probable_ptsd', min: 33, max: 80, label: 'Probable PTSD (33 or more)' },
  ],
  missing: { kind: 'none', source: NO_RULE_FOUND('PCL-5') },
  caseness: { op: '>=', value: 33, label: 'at or above the probable PTSD cut-off of 33', source: NCPTSD },
  change: { points: 10, kind: 'clinically_meaningful', source: `${NCPTSD} A 10-point change is clinically meaningful.` },
  subscales: [
    { key: 'B', label: 'Intrusions (cluster B, items 1-5)', items: range(1, 5) },
    { key: 'C', label: 'Avoidance (cluster C, items 6-7)', items: range(6, 7) },
    { key: 'D', label: 'Negative thoughts and feelings (cluster D, items 8-14)', items: range(8, 14) },
    { key: 'E', label: 'Arousal and reactivity (cluster E, items 15-20)', items: range(15, 20) },
  ],
  sources: { bands: NCPTSD, wording: 'PCL-5 (standard form), National Center for PTSD.' },
};
