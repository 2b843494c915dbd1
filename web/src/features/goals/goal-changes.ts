import type { TFunction } from 'i18next';
import type { useFormat } from '../../app/format.ts';

const FIELD_KEYS = {
  title: 'goals.form.title',
  why: 'goals.form.why',
  specific: 'goals.form.specific',
  measurable: 'goals.form.measurable',
  confidence: 'goals.form.confidence',
  relevant: 'goals.form.relevant',
  targetDate: 'goals.form.targetDate',
  gasLevels: 'goals.gas.scaleTitle',
} as const;

export interface ChangeLine {
  field: string;
  value: string;
}

/** A proposal's changes in words: "Target date: 2 Jan 2027". */
export function describeChanges(t: TFunction, format: ReturnType<typeof useFormat>, changes: Record<string, unknown>): ChangeLine[] {
  const lines: ChangeLine[] = [];
  for (const [key, value] of Object.entries(changes)) {
    if (!(key in FIELD_KEYS)) continue;
    const field = t(FIELD_KEYS[key as keyof typeof FIELD_KEYS]);
    let text: string;
    if (key === 'confidence') text = typeof value === 'number' ? t('goals.form.confidenceValue', { value }) : t('goals.form.confidenceUnset');
    else if (key === 'targetDate') text = typeof value === 'string' ? format.calendarDate(value) : t('goals.changes.none');
    else if (key === 'gasLevels') text = value ? t('goals.changes.scaleSet') : t('goals.changes.scaleRemoved');
    else text = typeof value === 'string' && value.length > 0 ? value : t('goals.changes.empty');
    lines.push({ field, value: text });
  }
  return lines;
}
