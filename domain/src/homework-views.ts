import { z } from 'zod';
import { BARRIERS, OUTCOMES } from './adherence.ts';
import { GOAL_STATUSES, gasLevelsSchema } from './goals.ts';
import { ASSIGNMENT_KINDS, ASSIGNMENT_STATUSES, REVIEW_DECISIONS } from './homework.ts';
import { scheduleView } from './schedule.ts';

// Response shapes for goals, assignments, Today and resources.

export const personRef = z.object({ id: z.string(), name: z.string(), role: z.enum(['therapist', 'client']) });

export const adherenceView = z.object({
  planned: z.number(),
  done: z.number(),
  partly: z.number(),
  notDone: z.number(),
  unanswered: z.number(),
  rate: z.number().nullable(),
  barriers: z.record(z.string(), z.number()),
});
export type AdherenceView = z.infer<typeof adherenceView>;

export const practiceDaysView = z.object({ daysDone: z.number(), window: z.number(), currentRun: z.number() });

export const goalStepView = z.object({ id: z.string(), position: z.number(), title: z.string(), doneAt: z.string().nullable() });
export const gasRatingView = z.object({ id: z.string(), level: z.number(), note: z.string(), ratedAt: z.string(), ratedBy: personRef });
export const goalProposalView = z.object({
  id: z.string(),
  kind: z.enum(['create', 'edit']),
  changes: z.record(z.string(), z.unknown()),
  status: z.enum(['open', 'accepted', 'declined', 'superseded']),
  note: z.string(),
  proposedBy: personRef,
  decidedBy: personRef.nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});

export const goalView = z.object({
  id: z.string(),
  clientId: z.string(),
  status: z.enum(GOAL_STATUSES),
  title: z.string(),
  why: z.string(),
  specific: z.string(),
  measurable: z.string(),
  measureTracker: z.object({ id: z.string(), name: z.string() }).nullable(),
  measureTarget: z.string(),
  confidence: z.number().nullable(),
  relevant: z.string(),
  targetDate: z.string().nullable(),
  gasLevels: gasLevelsSchema.nullable(),
  smartHints: z.array(z.string()),
  steps: z.array(goalStepView),
  gasRatings: z.array(gasRatingView),
  /** The proposal waiting for an answer, if any, and its full history. */
  openProposal: goalProposalView.nullable(),
  proposals: z.array(goalProposalView),
  createdBy: personRef,
  createdAt: z.string(),
  updatedAt: z.string(),
  achievedAt: z.string().nullable(),
});
export type GoalView = z.infer<typeof goalView>;

export const checkInView = z.object({
  id: z.string(),
  date: z.string(),
  time: z.string(),
  outcome: z.enum(OUTCOMES),
  howItWent: z.string(),
  helpfulness: z.number().nullable(),
  note: z.string(),
  barrier: z.enum(BARRIERS).nullable(),
  barrierNote: z.string(),
  recordedAt: z.string(),
});
export type CheckInView = z.infer<typeof checkInView>;

export const reviewView = z.object({
  id: z.string(),
  decision: z.enum(REVIEW_DECISIONS),
  note: z.string(),
  reviewer: personRef,
  createdAt: z.string(),
  version: z.number(),
});

export const assignmentView = z.object({
  id: z.string(),
  clientId: z.string(),
  kind: z.enum(ASSIGNMENT_KINDS),
  status: z.enum(ASSIGNMENT_STATUSES),
  title: z.string(),
  instructions: z.string(),
  purpose: z.string(),
  goal: z.object({ id: z.string(), title: z.string() }).nullable(),
  step: z.object({ id: z.string(), title: z.string() }).nullable(),
  schedule: scheduleView,
  where: z.string(),
  ifThen: z.object({ if: z.string(), then: z.string() }).nullable(),
  obstacles: z.array(z.object({ obstacle: z.string(), copingPlan: z.string() })),
  resource: z.object({ id: z.string(), title: z.string() }).nullable(),
  dueDate: z.string().nullable(),
  createdBy: personRef,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  adherence: adherenceView,
  practice: practiceDaysView,
});
export type AssignmentView = z.infer<typeof assignmentView>;

export const assignmentVersionView = z.object({
  version: z.number(),
  snapshot: z.record(z.string(), z.unknown()),
  changedBy: personRef,
  changedAt: z.string(),
});

export const assignmentDetail = assignmentView.extend({
  checkIns: z.array(checkInView),
  reviews: z.array(reviewView),
  versions: z.array(assignmentVersionView),
});
export type AssignmentDetail = z.infer<typeof assignmentDetail>;

export const encouragementView = z.object({
  id: z.string(),
  message: z.string(),
  from: personRef,
  targetType: z.string(),
  targetId: z.string(),
  targetTitle: z.string(),
  createdAt: z.string(),
  seenAt: z.string().nullable(),
});

export const todayItem = z.object({
  assignmentId: z.string(),
  title: z.string(),
  kind: z.enum(ASSIGNMENT_KINDS),
  instructions: z.string(),
  where: z.string(),
  ifThen: z.object({ if: z.string(), then: z.string() }).nullable(),
  obstacles: z.array(z.object({ obstacle: z.string(), copingPlan: z.string() })),
  date: z.string(),
  time: z.string(),
  checkIn: checkInView.nullable(),
});
export type TodayItem = z.infer<typeof todayItem>;

export const todayView = z.object({
  date: z.string(),
  timeZone: z.string(),
  items: z.array(todayItem),
  awaitingConfirmation: z.array(assignmentView),
  encouragements: z.array(encouragementView),
  wins: z.object({
    checkInsDoneThisWeek: z.number(),
    stepsDoneThisWeek: z.number(),
    goalsAchieved: z.number(),
    practice: z.array(z.object({ assignmentId: z.string(), title: z.string(), daysDone: z.number(), window: z.number(), currentRun: z.number() })),
  }),
});
export type TodayView = z.infer<typeof todayView>;
