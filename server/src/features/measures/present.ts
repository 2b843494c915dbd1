import {
  dueNow,
  isRiskAnswer,
  latestInstrument,
  nextDueDate,
  type Answers,
  type InstrumentKey,
  type MeasureForm,
  type MeasureScheduleView,
  type ResponseView,
  type ScoreView,
} from '@stepwise/domain';
import type { MeasureResponseTable } from '../../db/types.ts';
import type { ScheduleRow } from './store.ts';

export function measureLabel(s: Pick<ScheduleRow, 'instrument_key' | 'questionnaire_id' | 'questionnaire_definition'>) {
  if (s.instrument_key) {
    const def = latestInstrument(s.instrument_key as InstrumentKey);
    return { kind: 'instrument' as const, key: s.instrument_key, questionnaireId: null, shortName: def.shortName, title: def.title };
  }
  const title = s.questionnaire_definition ? (JSON.parse(s.questionnaire_definition) as { title: string }).title : '';
  return { kind: 'custom' as const, key: null, questionnaireId: s.questionnaire_id, shortName: title, title };
}

export function presentSchedule(s: ScheduleRow, today: string, answered: { dates: Set<string>; last: string | null } | undefined, sessions: readonly string[]): MeasureScheduleView {
  const cadence = { frequency: s.frequency, everyWeeks: s.every_weeks, startDate: s.start_date };
  const active = s.ended_at === null;
  return {
    id: s.id,
    clientId: s.client_id,
    measure: measureLabel(s),
    frequency: s.frequency,
    everyWeeks: s.every_weeks,
    startDate: s.start_date,
    createdAt: s.created_at,
    createdBy: { id: s.created_by, name: s.created_by_name },
    endedAt: s.ended_at,
    due: active ? dueNow(cadence, today, answered?.dates ?? new Set(), sessions) : null,
    nextDueDate: active ? nextDueDate(cadence, today, sessions) : null,
    lastSubmittedAt: answered?.last ?? null,
  };
}

/** Each item with its answer in words, for the therapist's item-level view. */
export function itemAnswers(form: MeasureForm, answers: Answers): ResponseView['items'] {
  return form.items.map((item) => {
    const value = answers[item.key] ?? null;
    const label =
      value === null ? null : item.kind === 'choice' ? (item.options.find((o) => o.value === value)?.label ?? String(value)) : String(value);
    return { key: item.key, text: item.text, value, label, risk: isRiskAnswer(item, value) };
  });
}

type ResponseRow = Pick<
  MeasureResponseTable,
  'id' | 'schedule_id' | 'due_date' | 'submitted_at' | 'local_date' | 'answers' | 'score' | 'instrument_key' | 'instrument_version' | 'questionnaire_id' | 'questionnaire_version'
>;

export function presentResponse(r: ResponseRow, form: MeasureForm): ResponseView {
  const ref =
    r.instrument_key !== null
      ? { kind: 'instrument' as const, key: r.instrument_key, version: r.instrument_version ?? 0 }
      : { kind: 'custom' as const, questionnaireId: r.questionnaire_id ?? '', version: r.questionnaire_version ?? 0 };
  return {
    id: r.id,
    scheduleId: r.schedule_id,
    dueDate: r.due_date,
    submittedAt: r.submitted_at ?? '',
    localDate: r.local_date ?? r.due_date,
    ref,
    shortName: form.shortName,
    score: r.score ? (JSON.parse(r.score) as ScoreView) : null,
    items: itemAnswers(form, JSON.parse(r.answers) as Answers),
  };
}
