import type { ChoiceOption, FormItem, MeasureForm } from './form.ts';

/** A score band, inclusive at both ends, on the instrument's reported scale. */
export interface Band {
  key: string;
  min: number;
  max: number;
  label: string;
}

/**
 * What to do when items are left blank. `prorate`: with at most `maxMissing` scored items
 * missing, the total is the mean of the answered scored items times their number, rounded
 * half up; with more, no total. `none`: the instrument publishes no rule, so any missing
 * scored item means no total.
 */
export type MissingRule = { kind: 'prorate'; maxMissing: number; source: string } | { kind: 'none'; source: string };

export interface Subscale {
  key: string;
  label: string;
  items: string[];
}

/**
 * A validated instrument at one version. Every number here (bands, cut-offs, change
 * thresholds, the missing-item rule) names its source, so a reviewer can check it.
 */
export interface InstrumentDefinition extends MeasureForm {
  ref: { kind: 'instrument'; key: string; version: number };
  /** How far back the questions ask about, in words ("the last 2 weeks"). */
  period: string;
  /** Which way is better: lower totals for symptom scales, higher for WHO-5. */
  better: 'lower' | 'higher';
  /** Total = sum of the scored items times `multiplier` (WHO-5: x4 to 0-100). */
  multiplier: number;
  range: { min: number; max: number };
  bands: Band[];
  missing: MissingRule;
  /** At or beyond this the person counts as a clinical case (for recovery). */
  caseness?: { op: '>=' | '<='; value: number; label: string; source: string };
  /** A positive screen (PHQ-2, GAD-2). */
  screen?: { atLeast: number; source: string };
  /** The smallest change that counts: reliable (RCI-based) or clinically meaningful. */
  change?: { points: number; kind: 'reliable' | 'clinically_meaningful'; source: string };
  subscales: Subscale[];
  loinc?: { panel?: string; total?: string };
  sources: { bands: string; wording: string };
}

/** The four answers the PHQ and GAD scales share (Spitzer, Kroenke, Williams). */
export const FREQUENCY_2_WEEKS: ChoiceOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

export const DIFFICULTY_OPTIONS: ChoiceOption[] = [
  { value: 0, label: 'Not difficult at all' },
  { value: 1, label: 'Somewhat difficult' },
  { value: 2, label: 'Very difficult' },
  { value: 3, label: 'Extremely difficult' },
];

/** Scored items, numbered "1".."n", with one option set. */
export function scoredItems(texts: string[], options: ChoiceOption[], extra: Partial<Record<number, { risk?: boolean; loinc?: string }>> = {}): FormItem[] {
  return texts.map((text, i) => ({
    key: String(i + 1),
    kind: 'choice',
    text,
    options,
    scored: true,
    risk: extra[i + 1]?.risk ?? false,
    required: false,
    ...(extra[i + 1]?.loinc ? { loinc: extra[i + 1]?.loinc } : {}),
  }));
}

export const difficultyItem = (loinc?: string): FormItem => ({
  key: 'difficulty',
  kind: 'choice',
  text: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
  options: DIFFICULTY_OPTIONS,
  scored: false,
  risk: false,
  required: false,
  ...(loinc ? { loinc } : {}),
});

export const PHQ_ATTRIBUTION =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

/** NHS Data Dictionary, "Patient Health Questionnaire-9": one or two missing values may be
 * replaced by the mean of the answered items; with more than two, no score. Rounding to the
 * nearest whole number follows CMS MDS 3.0 item D0160 (sum x 9/8 or 9/7, rounded). */
export const PHQ9_MISSING_SOURCE =
  'NHS Data Dictionary, Patient Health Questionnaire-9 (datadictionary.nhs.uk): "If one or two values are missing ... substituted with the average score of the non-missing items. Questionnaires with more than two missing values should be disregarded." Rounded to the nearest integer as in CMS MDS 3.0 item D0160.';

export const NO_RULE_FOUND = (name: string) =>
  `No published missing-item rule was found for the ${name} (searched the developers' scoring guidance and the NHS Data Dictionary); a total is shown only when every scored item is answered.`;
