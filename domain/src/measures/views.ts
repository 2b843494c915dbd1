import { z } from 'zod';
import { textError } from '../auth.ts';
import { SAFETY_PLAN_SECTIONS } from '../safety.ts';
import { cadenceSchema, MEASURE_FREQUENCIES } from './due.ts';
import { INSTRUMENT_KEYS } from './instruments/index.ts';

// Response shapes of the measures and safety API (validated by the server on the way out).

const choiceOption = z.object({ value: z.number(), label: z.string() });
export const formItemView = z.discriminatedUnion('kind', [
  z.object({
    key: z.string(),
    kind: z.literal('choice'),
    text: z.string(),
    options: z.array(choiceOption),
    scored: z.boolean(),
    risk: z.boolean(),
    required: z.boolean(),
    loinc: z.string().optional(),
  }),
  z.object({ key: z.string(), kind: z.literal('number'), text: z.string(), min: z.number(), max: z.number(), required: z.boolean() }),
  z.object({ key: z.string(), kind: z.literal('text'), text: z.string(), required: z.boolean() }),
]);

export const formRefView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('instrument'), key: z.string(), version: z.number() }),
  z.object({ kind: z.literal('custom'), questionnaireId: z.string(), version: z.number() }),
]);

export const measureFormView = z.object({
  ref: formRefView,
  title: z.string(),
  shortName: z.string(),
  instructions: z.string(),
  items: z.array(formItemView),
  attribution: z.string(),
});
export type MeasureFormView = z.infer<typeof measureFormView>;

export const bandView = z.object({ key: z.string(), min: z.number(), max: z.number(), label: z.string() });
export type BandView = z.infer<typeof bandView>;

/** What a chart and a result line need to know about a validated instrument. */
export const instrumentInfoView = z.object({
  key: z.string(),
  version: z.number(),
  shortName: z.string(),
  title: z.string(),
  period: z.string(),
  itemCount: z.number(),
  better: z.enum(['lower', 'higher']),
  range: z.object({ min: z.number(), max: z.number() }),
  bands: z.array(bandView),
  caseness: z.object({ op: z.enum(['>=', '<=']), value: z.number(), label: z.string() }).nullable(),
  screen: z.object({ atLeast: z.number() }).nullable(),
  change: z.object({ points: z.number(), kind: z.enum(['reliable', 'clinically_meaningful']) }).nullable(),
  /** The missing-item rule in words, with its source. */
  missingRule: z.object({ kind: z.enum(['prorate', 'none']), maxMissing: z.number(), source: z.string() }),
  attribution: z.string(),
  loinc: z.object({ panel: z.string().optional(), total: z.string().optional() }).nullable(),
});
export type InstrumentInfoView = z.infer<typeof instrumentInfoView>;

export const scoreView = z.object({
  total: z.number().nullable(),
  rawSum: z.number(),
  answered: z.number(),
  missing: z.array(z.string()),
  prorated: z.boolean(),
  noTotalReason: z.enum(['too_many_missing', 'missing_not_allowed']).nullable(),
  band: bandView.nullable(),
  caseness: z.boolean().nullable(),
  positiveScreen: z.boolean().nullable(),
  subscales: z.array(z.object({ key: z.string(), label: z.string(), total: z.number().nullable() })),
  risk: z.array(z.string()),
});
export type ScoreView = z.infer<typeof scoreView>;

export const changeView = z.object({
  delta: z.number(),
  direction: z.enum(['better', 'worse', 'same']),
  significant: z.boolean().nullable(),
  improved: z.boolean(),
  deteriorated: z.boolean(),
  recovered: z.boolean().nullable(),
  reliablyRecovered: z.boolean().nullable(),
});
export type ChangeView = z.infer<typeof changeView>;

/** Which questionnaire a schedule gives: a validated instrument or the therapist's own. */
export const measureRefInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('instrument'), key: z.enum(INSTRUMENT_KEYS, { error: `instrument must be one of ${INSTRUMENT_KEYS.join(', ')}` }) }),
    z.strictObject({ kind: z.literal('custom'), questionnaireId: z.string(textError('questionnaire')).min(1).max(64) }),
  ],
  { error: 'measure kind must be instrument or custom' },
);

export const measureScheduleInput = z.strictObject({
  measure: measureRefInput,
  cadence: cadenceSchema,
});
export type MeasureScheduleInput = z.infer<typeof measureScheduleInput>;

const measureLabel = z.object({
  kind: z.enum(['instrument', 'custom']),
  key: z.string().nullable(),
  questionnaireId: z.string().nullable(),
  shortName: z.string(),
  title: z.string(),
});

export const measureScheduleView = z.object({
  id: z.string(),
  clientId: z.string(),
  measure: measureLabel,
  frequency: z.enum(MEASURE_FREQUENCIES),
  everyWeeks: z.number().nullable(),
  startDate: z.string(),
  createdAt: z.string(),
  createdBy: z.object({ id: z.string(), name: z.string() }),
  endedAt: z.string().nullable(),
  /** Due now (client's local date), with overdue marked; null if nothing is due. */
  due: z.object({ dueDate: z.string(), overdue: z.boolean() }).nullable(),
  nextDueDate: z.string().nullable(),
  lastSubmittedAt: z.string().nullable(),
});
export type MeasureScheduleView = z.infer<typeof measureScheduleView>;

/** One answered item as the therapist reads it. */
export const itemAnswerView = z.object({
  key: z.string(),
  text: z.string(),
  value: z.union([z.number(), z.string()]).nullable(),
  /** The option's words for a choice item; the value itself otherwise. */
  label: z.string().nullable(),
  risk: z.boolean(),
});

export const responseView = z.object({
  id: z.string(),
  scheduleId: z.string(),
  dueDate: z.string(),
  submittedAt: z.string(),
  localDate: z.string(),
  ref: formRefView,
  shortName: z.string(),
  score: scoreView.nullable(),
  items: z.array(itemAnswerView),
});
export type ResponseView = z.infer<typeof responseView>;

export const seriesPointView = z.object({
  responseId: z.string(),
  localDate: z.string(),
  submittedAt: z.string(),
  total: z.number().nullable(),
  band: bandView.nullable(),
  prorated: z.boolean(),
  version: z.number(),
});

/** One instrument's history for one client: the chart, the latest result, and the changes. */
export const measureSeriesView = z.object({
  instrument: instrumentInfoView,
  points: z.array(seriesPointView),
  /** Every answered response, oldest first, with its item-level answers. */
  responses: z.array(responseView),
  latest: responseView.nullable(),
  sinceFirst: changeView.nullable(),
  sinceLast: changeView.nullable(),
});
export type MeasureSeriesView = z.infer<typeof measureSeriesView>;

/** A custom questionnaire's history: answers per item, no totals. */
export const customSeriesView = z.object({
  questionnaireId: z.string(),
  title: z.string(),
  responses: z.array(responseView),
});
export type CustomSeriesView = z.infer<typeof customSeriesView>;

export const clientMeasuresView = z.object({
  schedules: z.array(measureScheduleView),
  series: z.array(measureSeriesView),
  custom: z.array(customSeriesView),
});
export type ClientMeasuresView = z.infer<typeof clientMeasuresView>;

export const dueMeasureView = z.object({
  scheduleId: z.string(),
  dueDate: z.string(),
  overdue: z.boolean(),
  shortName: z.string(),
  title: z.string(),
  itemCount: z.number(),
  /** Items already answered in a saved draft (to resume). */
  answeredCount: z.number(),
});
export type DueMeasureView = z.infer<typeof dueMeasureView>;

const answerValue = z.union([z.number(), z.string()]).nullable();

export const answerSessionView = z.object({
  scheduleId: z.string(),
  dueDate: z.string(),
  overdue: z.boolean(),
  form: measureFormView,
  answers: z.record(z.string(), answerValue),
});
export type AnswerSessionView = z.infer<typeof answerSessionView>;

const answersInput = z.record(z.string().max(20), z.union([z.number(), z.string().max(1000)]).nullable(), { error: 'answers must be an object of item: answer' });

export const responseDraftInput = z.strictObject({
  scheduleId: z.string(textError('schedule')).min(1).max(64),
  dueDate: z.iso.date({ error: 'due date must be a date (YYYY-MM-DD)' }),
  answers: answersInput,
});
export const responseSubmitInput = responseDraftInput;
export type ResponseSubmitInput = z.infer<typeof responseSubmitInput>;

export const submitResultView = z.object({
  responseId: z.string(),
  shortName: z.string(),
  score: scoreView.nullable(),
  /** A risk item was answered above its lowest option: show crisis help now. */
  crisis: z.boolean(),
});
export type SubmitResultView = z.infer<typeof submitResultView>;

export const questionnaireView = z.object({
  id: z.string(),
  title: z.string(),
  version: z.number(),
  ownerId: z.string(),
  ownerName: z.string(),
  definition: z.object({
    title: z.string(),
    instructions: z.string(),
    items: z.array(z.record(z.string(), z.unknown())),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
});
export type QuestionnaireView = z.infer<typeof questionnaireView>;

export const alertView = z.object({
  id: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  responseId: z.string(),
  shortName: z.string(),
  itemKey: z.string(),
  itemText: z.string(),
  answerLabel: z.string(),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  note: z.string().nullable(),
});
export type AlertView = z.infer<typeof alertView>;

export const acknowledgeAlertInput = z.strictObject({
  note: z.string(textError('note')).trim().min(1, { error: 'write a short note on what you did' }).max(2000, { error: 'note must be at most 2000 characters' }),
});

/** Plain shapes for answers (the input schemas trim and default, which must not run on the way out). */
export const safetyPlanPlainView = z.object(Object.fromEntries(SAFETY_PLAN_SECTIONS.map((k) => [k, z.array(z.string())])) as Record<(typeof SAFETY_PLAN_SECTIONS)[number], z.ZodArray<z.ZodString>>);
export const crisisLineView = z.object({ name: z.string(), phone: z.string(), sms: z.string(), hours: z.string(), description: z.string() });

export const safetyPlanView = z.object({
  clientId: z.string(),
  version: z.number(),
  plan: safetyPlanPlainView,
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type SafetyPlanView = z.infer<typeof safetyPlanView>;

export const safetyPlanVersionView = safetyPlanView.extend({ id: z.string() });

export const crisisView = z.object({
  country: z.string(),
  lines: z.array(crisisLineView),
  instructions: z.array(z.object({ therapistName: z.string(), text: z.string() })),
  safetyPlan: safetyPlanView.nullable(),
});
export type CrisisView = z.infer<typeof crisisView>;
