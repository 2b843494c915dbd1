import { customQuestionnaireSchema, type CustomItem, type CustomQuestionnaire, type QuestionnaireView } from '@stepwise/domain';

export type ItemKind = CustomItem['kind'];
export const ITEM_KINDS: readonly ItemKind[] = ['likert', 'yes_no', 'number', 'text'];
export const MAX_ITEMS = 40;
export const MIN_POINTS = 2;
export const MAX_POINTS = 7;

/**
 * Every kind's fields at once, so switching an item's kind keeps what was typed; `id`
 * only keys the row in React (items move up and down) and is never sent.
 */
export interface ItemValues {
  id: string;
  kind: ItemKind;
  text: string;
  labels: string[];
  min: number | string;
  max: number | string;
  required: boolean;
  risk: boolean;
}

export interface QuestionnaireValues {
  title: string;
  instructions: string;
  items: ItemValues[];
}

let nextId = 0;
const rowId = () => `item-${++nextId}`;

export function emptyItem(defaultLabels: string[], kind: ItemKind = 'likert'): ItemValues {
  return { id: rowId(), kind, text: '', labels: [...defaultLabels], min: 0, max: 10, required: false, risk: false };
}

export function emptyValues(defaultLabels: string[]): QuestionnaireValues {
  return { title: '', instructions: '', items: [emptyItem(defaultLabels)] };
}

/** A saved version as form values (the server stores what the schema accepted). */
export function questionnaireValues(q: QuestionnaireView, defaultLabels: string[]): QuestionnaireValues {
  const parsed = customQuestionnaireSchema.safeParse(q.definition);
  if (!parsed.success) return { ...emptyValues(defaultLabels), title: q.title };
  const { title, instructions, items } = parsed.data;
  return {
    title,
    instructions,
    items: items.map((item) => ({
      ...emptyItem(defaultLabels, item.kind),
      text: item.text,
      required: item.required,
      ...(item.kind === 'likert' ? { labels: [...item.labels], risk: item.risk } : {}),
      ...(item.kind === 'yes_no' ? { risk: item.risk } : {}),
      ...(item.kind === 'number' ? { min: item.min, max: item.max } : {}),
    })),
  };
}

function toItem(v: ItemValues): CustomItem {
  const text = v.text.trim();
  switch (v.kind) {
    case 'likert':
      return { kind: 'likert', text, labels: v.labels.map((l) => l.trim()), required: v.required, risk: v.risk };
    case 'yes_no':
      return { kind: 'yes_no', text, required: v.required, risk: v.risk };
    case 'number':
      return { kind: 'number', text, min: Number(v.min), max: Number(v.max), required: v.required };
    case 'text':
      return { kind: 'text', text, required: v.required };
  }
}

export function toQuestionnaire(v: QuestionnaireValues): CustomQuestionnaire {
  return { title: v.title.trim(), instructions: v.instructions.trim(), items: v.items.map(toItem) };
}

const isWhole = (x: number | string) => x !== '' && Number.isInteger(Number(x));

/** Quick checks before a round trip, keyed as the server keys them; the server's still count. */
export function questionnaireErrors(v: QuestionnaireValues, m: { required: string; label: string; whole: string; order: string; noItems: string }) {
  const errors: Record<string, string> = {};
  if (!v.title.trim()) errors.title = m.required;
  if (v.items.length === 0) errors.items = m.noItems;
  v.items.forEach((item, i) => {
    if (!item.text.trim()) errors[`items.${i}.text`] = m.required;
    if (item.kind === 'likert') {
      item.labels.forEach((l, j) => {
        if (!l.trim()) errors[`items.${i}.labels.${j}`] = m.label;
      });
    }
    if (item.kind === 'number') {
      if (!isWhole(item.min)) errors[`items.${i}.min`] = m.whole;
      if (!isWhole(item.max)) errors[`items.${i}.max`] = m.whole;
      else if (isWhole(item.min) && Number(item.min) >= Number(item.max)) errors[`items.${i}.max`] = m.order;
    }
  });
  return errors;
}
