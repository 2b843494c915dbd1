/**
 * The shape every questionnaire shares, validated or custom: a list of items the client
 * answers one at a time. A choice item's options carry the number that is scored; a
 * skipped item is `null`; a number or text item is never scored.
 */
export interface ChoiceOption {
  value: number;
  label: string;
}

export type FormItem =
  | {
      key: string;
      kind: 'choice';
      text: string;
      options: ChoiceOption[];
      /** Part of the total (false for e.g. the PHQ-9 difficulty question). */
      scored: boolean;
      /** An answer above the lowest option raises a safety alert (PHQ-9 item 9). */
      risk: boolean;
      /** May the client leave it blank? Validated items always may (missing-item rules apply). */
      required: boolean;
      loinc?: string;
    }
  | { key: string; kind: 'number'; text: string; min: number; max: number; required: boolean }
  | { key: string; kind: 'text'; text: string; required: boolean };

export type Answer = number | string | null;
export type Answers = Record<string, Answer>;

/** Which questionnaire, at which exact version, a response answered. */
export type FormRef =
  | { kind: 'instrument'; key: string; version: number }
  | { kind: 'custom'; questionnaireId: string; version: number };

export interface MeasureForm {
  ref: FormRef;
  title: string;
  shortName: string;
  /** The stem the client reads above every item, e.g. "Over the last 2 weeks, how often...". */
  instructions: string;
  items: FormItem[];
  /** Copyright and permission line shown under the questionnaire. */
  attribution: string;
}

/** True when this answer to this item must raise a safety alert. */
export function isRiskAnswer(item: FormItem, answer: Answer): boolean {
  if (item.kind !== 'choice' || !item.risk || typeof answer !== 'number') return false;
  const lowest = Math.min(...item.options.map((o) => o.value));
  return answer > lowest;
}

/** Keys of the items answered above their lowest option that are marked as risk items. */
export function riskAnswers(form: Pick<MeasureForm, 'items'>, answers: Answers): string[] {
  return form.items.filter((item) => isRiskAnswer(item, answers[item.key] ?? null)).map((i) => i.key);
}

export interface AnswerError {
  field: string;
  message: string;
}

/**
 * Checks answers against a form. With `complete`, every item must be present (null for a
 * skipped one, allowed only where the item is not required); a draft may hold any subset.
 * Returns one error per wrong field, naming the item by its number.
 */
export function checkAnswers(form: Pick<MeasureForm, 'items'>, answers: Answers, opts: { complete: boolean }): AnswerError[] {
  const errors: AnswerError[] = [];
  const byKey = new Map(form.items.map((item, i) => [item.key, { item, n: i + 1 }]));
  for (const key of Object.keys(answers)) {
    if (!byKey.has(key)) errors.push({ field: `answers.${key}`, message: `there is no item "${key}" in this questionnaire` });
  }
  for (const [key, { item, n }] of byKey) {
    const field = `answers.${key}`;
    if (!(key in answers)) {
      if (opts.complete) errors.push({ field, message: `item ${n} is missing: answer it, or skip it with null` });
      continue;
    }
    const a = answers[key];
    if (a === null || a === undefined) {
      if (opts.complete && item.required) errors.push({ field, message: `item ${n} is required` });
      continue;
    }
    if (item.kind === 'choice') {
      if (typeof a !== 'number' || !item.options.some((o) => o.value === a)) {
        const values = item.options.map((o) => o.value).join(', ');
        errors.push({ field, message: `item ${n} must be one of ${values}` });
      }
    } else if (item.kind === 'number') {
      if (typeof a !== 'number' || !Number.isFinite(a) || a < item.min || a > item.max) {
        errors.push({ field, message: `item ${n} must be a number from ${item.min} to ${item.max}` });
      }
    } else if (typeof a !== 'string' || a.length > 1000) {
      errors.push({ field, message: `item ${n} must be text of at most 1000 characters` });
    }
  }
  return errors;
}
