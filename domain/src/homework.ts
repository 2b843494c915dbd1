import { z } from 'zod';
import { BARRIERS, OUTCOMES } from './adherence.ts';
import { textError } from './auth.ts';
import { scheduleSchema } from './schedule.ts';

export const ASSIGNMENT_KINDS = ['one_off', 'practice', 'worksheet'] as const;
export const ASSIGNMENT_STATUSES = ['awaiting_confirmation', 'active', 'completed'] as const;
export const REVIEW_DECISIONS = ['continue', 'adjust', 'complete'] as const;

const text = (label: string, max: number) =>
  z.string(textError(label)).trim().max(max, { error: `${label} must be at most ${max} characters` });
const id = (label: string) => z.string(textError(label)).min(1).max(64);

export const obstacleSchema = z.strictObject({
  obstacle: text('obstacle', 300).min(1, { error: 'obstacle is required' }),
  copingPlan: text('coping plan', 500).min(1, { error: 'write what you will do if this happens' }),
});

/** "If <situation>, then I will <action>": where and when the plan kicks in. */
export const ifThenSchema = z.strictObject({
  if: text('if', 300).min(1, { error: 'write the situation (If ...)' }),
  then: text('then', 300).min(1, { error: 'write what you will do (then I will ...)' }),
});

const assignmentShape = {
  kind: z.enum(ASSIGNMENT_KINDS, { error: 'kind must be one_off, practice or worksheet' }),
  title: text('title', 200).min(1, { error: 'title is required' }),
  instructions: text('instructions', 4000),
  purpose: text('purpose', 1000),
  goalId: id('goalId').nullable(),
  stepId: id('stepId').nullable(),
  schedule: scheduleSchema,
  where: text('where', 300),
  ifThen: ifThenSchema.nullable(),
  obstacles: z.array(obstacleSchema).max(10, { error: 'at most 10 obstacles' }),
  resourceId: id('resourceId').nullable(),
  dueDate: z.iso.date({ error: 'due date must be a date (YYYY-MM-DD)' }).nullable(),
};

const assignmentFields = {
  ...assignmentShape,
  instructions: assignmentShape.instructions.default(''),
  purpose: assignmentShape.purpose.default(''),
  goalId: assignmentShape.goalId.default(null),
  stepId: assignmentShape.stepId.default(null),
  where: assignmentShape.where.default(''),
  ifThen: assignmentShape.ifThen.default(null),
  obstacles: assignmentShape.obstacles.default([]),
  resourceId: assignmentShape.resourceId.default(null),
  dueDate: assignmentShape.dueDate.default(null),
};

const oneOffIsOnce = (a: { kind: string; schedule: { kind: string } }) => a.kind !== 'one_off' || a.schedule.kind === 'once';
const oneOffMessage = { error: 'a one-off step happens once: use a schedule of kind once', path: ['schedule', 'kind'] };

export const assignmentInput = z.strictObject(assignmentFields).refine(oneOffIsOnce, oneOffMessage);
export type AssignmentInput = z.infer<typeof assignmentInput>;

/** "Action steps for this week": several commitments entered fast at the end of a session. */
export const actionStepsInput = z.strictObject({
  steps: z
    .array(
      z.strictObject({
        title: assignmentFields.title,
        schedule: scheduleSchema,
        ifThen: assignmentFields.ifThen,
        goalId: assignmentFields.goalId,
        stepId: assignmentFields.stepId,
      }),
    )
    .min(1, { error: 'add at least one step' })
    .max(10, { error: 'at most 10 steps at a time' }),
});

export const checkInInput = z
  .strictObject({
    date: z.iso.date({ error: 'date must be a date (YYYY-MM-DD)' }),
    time: z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/, { error: 'time must be HH:MM or empty' }).default(''),
    outcome: z.enum(OUTCOMES, { error: 'outcome must be done, partly or not_done' }),
    howItWent: text('how it went', 2000).default(''),
    helpfulness: z.number({ error: 'helpfulness must be a number from 0 to 10' }).int().min(0).max(10).nullable().default(null),
    note: text('note', 2000).default(''),
    barrier: z.enum(BARRIERS, { error: 'barrier is not one of the listed reasons' }).nullable().default(null),
    barrierNote: text('barrier note', 1000).default(''),
  })
  .refine((c) => c.outcome === 'done' || c.barrier !== null, {
    error: 'say what got in the way',
    path: ['barrier'],
  });
export type CheckInInput = z.infer<typeof checkInInput>;

export const reviewInput = z
  .strictObject({
    decision: z.enum(REVIEW_DECISIONS, { error: 'decision must be continue, adjust or complete' }),
    note: text('note', 4000).default(''),
    /** With `adjust`: the fields that change (absent fields stay as they are). */
    changes: z.strictObject(assignmentShape).partial().optional(),
  })
  .refine((r) => r.decision !== 'adjust' || (r.changes && Object.keys(r.changes).length > 0), {
    error: 'adjust needs the changes to make',
    path: ['changes'],
  });

export const encouragementInput = z.strictObject({
  message: text('message', 280).min(1, { error: 'message is required' }),
  targetType: z.enum(['assignment', 'check_in', 'goal', 'goal_step'], { error: 'targetType is not known' }),
  targetId: id('targetId'),
});
