import { z } from 'zod';
import { textError } from '../auth.ts';
import type { FormItem, MeasureForm } from './form.ts';

const text = (label: string, max: number) =>
  z.string(textError(label)).trim().max(max, { error: `${label} must be at most ${max} characters` });
const itemText = text('item text', 300).min(1, { error: 'every item needs its question' });
const flag = (label: string) => z.boolean({ error: `${label} must be true or false` }).default(false);

/** One item of a therapist's own questionnaire. Only Likert and yes/no items can be risk items. */
export const customItemSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('likert'),
      text: itemText,
      /** The labels of the points, lowest first; scored 0, 1, 2... */
      labels: z
        .array(text('point label', 60).min(1, { error: 'every point needs a label' }))
        .min(2, { error: 'a Likert item needs 2 to 7 points' })
        .max(7, { error: 'a Likert item needs 2 to 7 points' }),
      required: flag('required'),
      risk: flag('risk'),
    }),
    z.strictObject({ kind: z.literal('yes_no'), text: itemText, required: flag('required'), risk: flag('risk') }),
    z
      .strictObject({
        kind: z.literal('number'),
        text: itemText,
        min: z.number({ error: 'min must be a number' }).int().min(-100000).max(100000),
        max: z.number({ error: 'max must be a number' }).int().min(-100000).max(100000),
        required: flag('required'),
      })
      .refine((i) => i.min < i.max, { error: 'min must be below max', path: ['max'] }),
    z.strictObject({ kind: z.literal('text'), text: itemText, required: flag('required') }),
  ],
  { error: 'item kind must be likert, yes_no, number or text' },
);
export type CustomItem = z.infer<typeof customItemSchema>;

export const customQuestionnaireSchema = z.strictObject({
  title: text('title', 120).min(1, { error: 'title is required' }),
  instructions: text('instructions', 500).default(''),
  items: z.array(customItemSchema).min(1, { error: 'add at least one item' }).max(40, { error: 'at most 40 items' }),
});
export type CustomQuestionnaire = z.infer<typeof customQuestionnaireSchema>;

/** A custom questionnaire version as the answering screen sees it (items keyed "1".."n"). */
export function customForm(questionnaireId: string, version: number, q: CustomQuestionnaire): MeasureForm {
  const items: FormItem[] = q.items.map((item, i): FormItem => {
    const key = String(i + 1);
    switch (item.kind) {
      case 'likert':
        return { key, kind: 'choice', text: item.text, options: item.labels.map((label, v) => ({ value: v, label })), scored: false, risk: item.risk, required: item.required };
      case 'yes_no':
        return { key, kind: 'choice', text: item.text, options: [{ value: 0, label: 'No' }, { value: 1, label: 'Yes' }], scored: false, risk: item.risk, required: item.required };
      case 'number':
        return { key, kind: 'number', text: item.text, min: item.min, max: item.max, required: item.required };
      case 'text':
        return { key, kind: 'text', text: item.text, required: item.required };
    }
  });
  return { ref: { kind: 'custom', questionnaireId, version }, title: q.title, shortName: q.title, instructions: q.instructions, items, attribution: '' };
}
