import type { EntryData } from '@stepwise/domain';
import type { TFunction } from 'i18next';
import type { Emotion } from './entry-values.ts';

export type ThoughtData = EntryData<'thought_record'>;
export type Thought = ThoughtData['thoughts'][number];

export interface ThoughtValues {
  situation: string;
  emotions: Emotion[];
  thoughts: Thought[];
  evidenceFor: string;
  evidenceAgainst: string;
  balancedThought: string;
  balancedBelief: number | null;
  /** Emotion name -> how strong it is now; null until re-rated. */
  after: Record<string, number | null>;
}

export const THOUGHT_STEPS = ['situation', 'emotions', 'thoughts', 'evidenceFor', 'evidenceAgainst', 'balanced', 'rerate'] as const;
export type ThoughtStep = (typeof THOUGHT_STEPS)[number];

export function toValues(data?: ThoughtData): ThoughtValues {
  if (!data) {
    return { situation: '', emotions: [], thoughts: [{ text: '', belief: 50, hot: false }], evidenceFor: '', evidenceAgainst: '', balancedThought: '', balancedBelief: null, after: {} };
  }
  return { ...data, after: Object.fromEntries(data.emotionsAfter.map((e) => [e.name, e.intensity])) };
}

export function toData(v: ThoughtValues): ThoughtData {
  const thoughts = v.thoughts.map((x) => ({ ...x, text: x.text.trim() })).filter((x) => x.text);
  return {
    situation: v.situation.trim(),
    emotions: v.emotions,
    thoughts,
    evidenceFor: v.evidenceFor.trim(),
    evidenceAgainst: v.evidenceAgainst.trim(),
    balancedThought: v.balancedThought.trim(),
    balancedBelief: v.balancedBelief,
    emotionsAfter: v.emotions.flatMap((e) => {
      const now = v.after[e.name];
      return now === null || now === undefined ? [] : [{ name: e.name, intensity: now }];
    }),
  };
}

/** What stops the client going on from a step; null when it is fine. */
export function stepProblem(t: TFunction, step: ThoughtStep, v: ThoughtValues): string | null {
  if (step === 'situation' && !v.situation.trim()) return t('thought.errors.situation');
  if (step === 'emotions' && v.emotions.length === 0) return t('thought.errors.emotions');
  if (step === 'thoughts' && !v.thoughts.some((x) => x.text.trim())) return t('thought.errors.thoughts');
  return null;
}
