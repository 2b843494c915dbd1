import { z } from 'zod';
import { textError } from './auth.ts';

export const GOAL_STATUSES = ['proposed', 'active', 'on_hold', 'achieved', 'let_go'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GAS_LEVELS = [-2, -1, 0, 1, 2] as const;

const text = (label: string, max: number) =>
  z.string(textError(label)).trim().max(max, { error: `${label} must be at most ${max} characters` });

/** Goal Attainment Scale: what each level from -2 (much less than expected) to +2 (much more) looks like. */
export const gasLevelsSchema = z.strictObject({
  '-2': text('level -2', 300).min(1, { error: 'describe level -2' }),
  '-1': text('level -1', 300).min(1, { error: 'describe level -1' }),
  '0': text('level 0', 300).min(1, { error: 'describe level 0 (the expected outcome)' }),
  '1': text('level +1', 300).min(1, { error: 'describe level +1' }),
  '2': text('level +2', 300).min(1, { error: 'describe level +2' }),
});
export type GasLevels = z.infer<typeof gasLevelsSchema>;

const goalShape = {
  title: text('title', 200).min(1, { error: 'title is required' }),
  why: text('why', 1000),
  specific: text('specific', 1000),
  measurable: text('measurable', 1000),
  /** Optionally, a tracker whose numbers show progress, and the target in words. */
  measureTrackerId: z.string(textError('measure tracker')).min(1).max(64).nullable(),
  measureTarget: text('measure target', 200),
  /** The client's confidence they can do it, 0 to 10; null if not asked yet. */
  confidence: z.number({ error: 'confidence must be a number from 0 to 10' }).int().min(0).max(10).nullable(),
  relevant: text('relevant', 1000),
  targetDate: z.iso.date({ error: 'target date must be a date (YYYY-MM-DD)' }).nullable(),
  gasLevels: gasLevelsSchema.nullable(),
};

/** The SMART parts of a goal, each its own field, all in the client's words. */
export const goalFieldsSchema = z.strictObject({
  ...goalShape,
  why: goalShape.why.default(''),
  specific: goalShape.specific.default(''),
  measurable: goalShape.measurable.default(''),
  measureTrackerId: goalShape.measureTrackerId.default(null),
  measureTarget: goalShape.measureTarget.default(''),
  confidence: goalShape.confidence.default(null),
  relevant: goalShape.relevant.default(''),
  targetDate: goalShape.targetDate.default(null),
  gasLevels: goalShape.gasLevels.default(null),
});
export type GoalFields = z.infer<typeof goalFieldsSchema>;

/** An edit names only the fields it changes (no defaults: an absent field stays as it is). */
export const goalEditSchema = z
  .strictObject(goalShape)
  .partial()
  .refine((e) => Object.keys(e).length > 0, { error: 'an edit must change at least one field' });
export type GoalEdit = z.infer<typeof goalEditSchema>;

export type SmartHint = 'vague' | 'no_measure' | 'no_date' | 'low_confidence' | 'no_confidence' | 'no_reason';

/**
 * Gentle pointers to what is still vague in a goal: no date, no measure, a confidence
 * under 7 (a smaller step may fit better), a "specific" too short to say what exactly.
 */
export function smartCheck(goal: Partial<GoalFields>): SmartHint[] {
  const hints: SmartHint[] = [];
  if (!goal.specific || goal.specific.trim().split(/\s+/).length < 4) hints.push('vague');
  if (!goal.measurable?.trim() && !goal.measureTrackerId) hints.push('no_measure');
  if (!goal.targetDate) hints.push('no_date');
  if (goal.confidence === null || goal.confidence === undefined) hints.push('no_confidence');
  else if (goal.confidence < 7) hints.push('low_confidence');
  if (!goal.relevant?.trim() && !goal.why?.trim()) hints.push('no_reason');
  return hints;
}
