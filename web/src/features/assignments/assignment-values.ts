import type { AssignmentInput, AssignmentView } from '@stepwise/domain';
import type { TFunction } from 'i18next';
import type { AssignmentKind } from './assignments-api.ts';
import { toIfThen, type IfThenValues } from './if-then-fields.tsx';
import type { ObstacleValues } from './obstacles-editor.tsx';
import { defaultSchedule, scheduleErrors, scheduleValues, toSchedule, withPrefix, type ScheduleFormValues } from './schedule-values.ts';

export interface AssignmentFormValues {
  kind: AssignmentKind;
  title: string;
  instructions: string;
  purpose: string;
  goalId: string | null;
  stepId: string | null;
  schedule: ScheduleFormValues;
  where: string;
  ifThen: IfThenValues;
  obstacles: ObstacleValues[];
  resourceId: string | null;
  /** YYYY-MM-DD or ''. */
  dueDate: string;
}

export interface AssignmentPrefill {
  title?: string;
  goalId?: string | null;
  stepId?: string | null;
  ifThen?: IfThenValues | null;
  kind?: AssignmentKind;
}

/** A step to plan, handed over from a goal's step list or a check-in ("Smaller: …"). */
export interface StepPrefill {
  title: string;
  goalId?: string | null;
  stepId?: string | null;
  ifThen?: IfThenValues | null;
  /** The day it happens, YYYY-MM-DD; today when left out. */
  date?: string;
}

export function emptyAssignment(today: string, prefill: AssignmentPrefill = {}): AssignmentFormValues {
  const kind = prefill.kind ?? 'practice';
  return {
    kind,
    title: prefill.title ?? '',
    instructions: '',
    purpose: '',
    goalId: prefill.goalId ?? null,
    stepId: prefill.stepId ?? null,
    schedule: defaultSchedule(today, kind === 'one_off' ? 'once' : 'daily'),
    where: '',
    ifThen: prefill.ifThen ?? { if: '', then: '' },
    obstacles: [],
    resourceId: null,
    dueDate: '',
  };
}

export function assignmentValues(a: AssignmentView, today: string): AssignmentFormValues {
  return {
    kind: a.kind,
    title: a.title,
    instructions: a.instructions,
    purpose: a.purpose,
    goalId: a.goal?.id ?? null,
    stepId: a.step?.id ?? null,
    schedule: scheduleValues(a.schedule, today),
    where: a.where,
    ifThen: a.ifThen ? { ...a.ifThen } : { if: '', then: '' },
    obstacles: a.obstacles.map((o) => ({ ...o })),
    resourceId: a.resource?.id ?? null,
    dueDate: a.dueDate ?? '',
  };
}

export function toAssignmentInput(v: AssignmentFormValues): AssignmentInput {
  return {
    kind: v.kind,
    title: v.title.trim(),
    instructions: v.instructions.trim(),
    purpose: v.purpose.trim(),
    goalId: v.goalId,
    stepId: v.goalId ? v.stepId : null,
    schedule: toSchedule(v.kind === 'one_off' ? { ...v.schedule, kind: 'once' } : v.schedule),
    where: v.where.trim(),
    ifThen: toIfThen(v.ifThen),
    obstacles: v.obstacles.map((o) => ({ obstacle: o.obstacle.trim(), copingPlan: o.copingPlan.trim() })),
    resourceId: v.resourceId,
    dueDate: v.dueDate || null,
  };
}

/** The fields an adjustment changes, compared with the assignment as it stands. */
export function changedAssignmentFields(before: AssignmentFormValues, after: AssignmentFormValues): Partial<AssignmentInput> {
  const a = toAssignmentInput(before);
  const b = toAssignmentInput(after);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(b) as Array<keyof AssignmentInput>) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) changes[key] = b[key];
  }
  return changes as Partial<AssignmentInput>;
}

/** The form's own checks before the server's: a title, and a schedule that can happen. */
export function assignmentFormErrors(t: TFunction, title: string, schedule: ScheduleFormValues): Record<string, string | null> {
  return {
    title: title.trim() ? null : t('form.required'),
    ...withPrefix('schedule', scheduleErrors(schedule, { required: t('form.required'), order: t('schedule.errors.order'), weekdays: t('schedule.errors.weekdays') })),
  };
}
