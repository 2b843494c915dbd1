import type { GasLevels, GoalEdit, GoalFields, GoalView } from '@stepwise/domain';

export const GAS_KEYS = ['-2', '-1', '0', '1', '2'] as const;
export type GasKey = (typeof GAS_KEYS)[number];

/** A scale level as people write it: +2, +1, 0, −1, −2. */
export const signed = (level: number) => (level > 0 ? `+${level}` : level < 0 ? `−${-level}` : '0');

export interface GoalFormValues {
  title: string;
  why: string;
  specific: string;
  measurable: string;
  /** A tracker of the client's whose numbers show progress, or null. */
  measureTrackerId: string | null;
  measureTarget: string;
  confidence: number | null;
  relevant: string;
  /** YYYY-MM-DD, or '' for none. */
  targetDate: string;
  useGas: boolean;
  gasLevels: Record<GasKey, string>;
}

const noLevels = (): Record<GasKey, string> => ({ '-2': '', '-1': '', '0': '', '1': '', '2': '' });

export function emptyGoalValues(): GoalFormValues {
  return {
    title: '',
    why: '',
    specific: '',
    measurable: '',
    measureTrackerId: null,
    measureTarget: '',
    confidence: null,
    relevant: '',
    targetDate: '',
    useGas: false,
    gasLevels: noLevels(),
  };
}

type GoalLike = Pick<GoalView, 'title' | 'why' | 'specific' | 'measurable' | 'measureTarget' | 'confidence' | 'relevant' | 'targetDate' | 'gasLevels'> & {
  measureTracker?: GoalView['measureTracker'];
  /** In a proposal's changes the tracker is named by id. */
  measureTrackerId?: string | null;
};

export function goalValues(goal: GoalLike): GoalFormValues {
  return {
    title: goal.title,
    why: goal.why,
    specific: goal.specific,
    measurable: goal.measurable,
    measureTrackerId: goal.measureTrackerId !== undefined ? goal.measureTrackerId : (goal.measureTracker?.id ?? null),
    measureTarget: goal.measureTarget,
    confidence: goal.confidence,
    relevant: goal.relevant,
    targetDate: goal.targetDate ?? '',
    useGas: goal.gasLevels !== null,
    gasLevels: goal.gasLevels ? { ...goal.gasLevels } : noLevels(),
  };
}

/** The goal as an open proposal would leave it: its fields with the proposed changes applied. */
export function withChanges(goal: GoalView, changes: Record<string, unknown>): GoalLike {
  return { ...goal, ...(changes as Partial<GoalLike>) };
}

export function toFields(v: GoalFormValues): GoalFields {
  const levels = Object.fromEntries(GAS_KEYS.map((k) => [k, v.gasLevels[k].trim()])) as GasLevels;
  return {
    title: v.title.trim(),
    why: v.why.trim(),
    specific: v.specific.trim(),
    measurable: v.measurable.trim(),
    measureTrackerId: v.measureTrackerId,
    measureTarget: v.measureTrackerId ? v.measureTarget.trim() : '',
    confidence: v.confidence,
    relevant: v.relevant.trim(),
    targetDate: v.targetDate || null,
    gasLevels: v.useGas ? levels : null,
  };
}

/** Only the fields that differ from the goal as it stands: an edit names what it changes. */
export function changedFields(goal: GoalLike, v: GoalFormValues): GoalEdit {
  const next = toFields(v);
  const before = toFields(goalValues(goal));
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(next) as Array<keyof GoalFields>) {
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) changes[key] = next[key];
  }
  return changes as GoalEdit;
}
