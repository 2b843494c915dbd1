import {
  checkAnswers,
  localDate,
  dueNow,
  scoreInstrument,
  type Answers,
  type AnswerSessionView,
  type DueMeasureView,
  type ResponseSubmitInput,
  type SubmitResultView,
} from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { AppError, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';
import { raiseAlerts } from '../safety/alerts.ts';
import { currentForm, formOfResponse, type ResolvedForm } from './forms.ts';
import { measureLabel } from './present.ts';
import { dropMeasureReminder } from '../reminders/planner.ts';
import { clientCalendar, loadSchedules, submittedDueDates, type ScheduleRow } from './store.ts';

type Ctx = { db: Db; ctx: AuditContext; actor: Actor };

const notAssigned = () => new AppError('measure_not_assigned', 400, 'scheduleId: no such questionnaire is assigned to you', { scheduleId: 'no such questionnaire is assigned to you' });
const notDue = (field = 'dueDate') => new AppError('measure_not_due', 400, `${field}: this questionnaire is not due on that date`, { [field]: 'this questionnaire is not due on that date' });

function answerErrors(errors: { field: string; message: string }[]) {
  const fields = Object.fromEntries(errors.map((e) => [e.field, e.message]));
  return new AppError('validation_failed', 400, errors.map((e) => `${e.field}: ${e.message}`).join('; '), fields);
}


/** The client's own active schedule, or the error the caller asks for. */
async function ownSchedule(db: Db, clientId: string, scheduleId: string, missing: () => AppError): Promise<ScheduleRow> {
  const [row] = await loadSchedules(db, { scheduleId });
  if (!row || row.client_id !== clientId || row.ended_at) throw missing();
  return row;
}

const cadenceOf = (s: ScheduleRow) => ({ frequency: s.frequency, everyWeeks: s.every_weeks, startDate: s.start_date });

async function dueFor(db: Db, s: ScheduleRow, now: Date) {
  const { today, sessions, zone } = await clientCalendar(db, s.client_id, now);
  const answered = (await submittedDueDates(db, [s.id])).get(s.id)?.dates ?? new Set<string>();
  return { due: dueNow(cadenceOf(s), today, answered, sessions), zone, today };
}

function draftRow(db: Db, scheduleId: string, dueDate: string) {
  return db.selectFrom('measure_responses').selectAll().where('schedule_id', '=', scheduleId).where('due_date', '=', dueDate).executeTakeFirst();
}

/** A draft keeps the version it started on, so resuming never shows different items. */
async function formFor(db: Db, s: ScheduleRow, draft: Awaited<ReturnType<typeof draftRow>>): Promise<ResolvedForm> {
  return draft ? formOfResponse(db, draft) : currentForm(db, s);
}

export async function dueMeasures({ db, actor, now }: { db: Db; actor: Actor; now: Date }): Promise<DueMeasureView[]> {
  const { today, sessions } = await clientCalendar(db, actor.userId, now);
  const schedules = (await loadSchedules(db, { clientId: actor.userId })).filter((s) => !s.ended_at);
  const answered = await submittedDueDates(db, schedules.map((s) => s.id));
  const out: DueMeasureView[] = [];
  for (const s of schedules) {
    const due = dueNow(cadenceOf(s), today, answered.get(s.id)?.dates ?? new Set(), sessions);
    if (!due) continue;
    const draft = await draftRow(db, s.id, due.dueDate);
    const { form } = await formFor(db, s, draft);
    const answers = draft ? (JSON.parse(draft.answers) as Answers) : {};
    const label = measureLabel(s);
    out.push({
      scheduleId: s.id,
      ...due,
      shortName: label.shortName,
      title: label.title,
      itemCount: form.items.length,
      answeredCount: Object.keys(answers).length,
    });
  }
  return out.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

export async function answerSession({ db, actor, scheduleId, now }: { db: Db; actor: Actor; scheduleId: string; now: Date }): Promise<AnswerSessionView> {
  const s = await ownSchedule(db, actor.userId, scheduleId, () => notFound('questionnaire'));
  const { due } = await dueFor(db, s, now);
  if (!due) throw new AppError('measure_not_due', 400, 'nothing is due for this questionnaire right now');
  const draft = await draftRow(db, s.id, due.dueDate);
  const { form } = await formFor(db, s, draft);
  return { scheduleId: s.id, dueDate: due.dueDate, overdue: due.overdue, form, answers: draft ? (JSON.parse(draft.answers) as Answers) : {} };
}

/** Checks that this schedule is the client's and due on that date; returns the form and any draft. */
async function prepare(db: Db, actor: Actor, input: ResponseSubmitInput, now: Date) {
  const s = await ownSchedule(db, actor.userId, input.scheduleId, notAssigned);
  const { due, zone } = await dueFor(db, s, now);
  if (!due || due.dueDate !== input.dueDate) throw notDue();
  const draft = await draftRow(db, s.id, input.dueDate);
  return { s, draft, zone, ...(await formFor(db, s, draft)) };
}

function versionColumns(resolved: ResolvedForm) {
  const ref = resolved.form.ref;
  return ref.kind === 'instrument'
    ? { instrument_key: ref.key, instrument_version: ref.version, questionnaire_id: null, questionnaire_version: null }
    : { instrument_key: null, instrument_version: null, questionnaire_id: ref.questionnaireId, questionnaire_version: ref.version };
}

export async function saveDraft({ db, actor, input, now }: { db: Db; actor: Actor; input: ResponseSubmitInput; now: Date }) {
  const p = await prepare(db, actor, input, now);
  const errors = checkAnswers(p.form, input.answers, { complete: false });
  if (errors.length) throw answerErrors(errors);
  const answers = JSON.stringify(input.answers);
  if (p.draft) {
    await db.updateTable('measure_responses').set({ answers }).where('id', '=', p.draft.id).where('status', '=', 'draft').execute();
  } else {
    await db
      .insertInto('measure_responses')
      .values({
        id: newId(),
        client_id: actor.userId,
        schedule_id: p.s.id,
        due_date: input.dueDate,
        ...versionColumns(p),
        status: 'draft',
        answers,
        score: null,
        total: null,
        started_at: now.toISOString(),
        submitted_at: null,
        local_date: null,
        time_zone: null,
      })
      // Two drafts racing for the same due date: the second one's answers win below.
      .onConflict((oc) => oc.columns(['schedule_id', 'due_date']).doUpdateSet({ answers }).where('measure_responses.status', '=', 'draft'))
      .execute();
  }
  return { ok: true as const, answeredCount: Object.keys(input.answers).length };
}

/**
 * Validates, scores and stores a complete response; risk answers open safety alerts in
 * the same transaction. Any 400 leaves nothing written. Emails go out after the commit.
 */
export async function submitResponse({ db, ctx, actor, input }: Ctx & { input: ResponseSubmitInput }): Promise<SubmitResultView & { alertIds: string[] }> {
  const p = await prepare(db, actor, input, ctx.now);
  const errors = checkAnswers(p.form, input.answers, { complete: true });
  if (errors.length) throw answerErrors(errors);
  const score = p.instrument ? scoreInstrument(p.instrument, input.answers) : null;
  const responseId = p.draft?.id ?? newId();
  const nowIso = ctx.now.toISOString();
  const row = {
    ...versionColumns(p),
    status: 'submitted' as const,
    answers: JSON.stringify(input.answers),
    score: score ? JSON.stringify(score) : null,
    total: score?.total ?? null,
    submitted_at: nowIso,
    local_date: localDate(ctx.now, p.zone),
    time_zone: p.zone,
  };
  const alertIds = await db.transaction().execute(async (trx) => {
    if (p.draft) {
      const done = await trx.updateTable('measure_responses').set(row).where('id', '=', responseId).where('status', '=', 'draft').executeTakeFirst();
      if (Number(done.numUpdatedRows) !== 1) throw notDue();
    } else {
      await trx.insertInto('measure_responses').values({ id: responseId, client_id: actor.userId, schedule_id: p.s.id, due_date: input.dueDate, started_at: nowIso, ...row }).execute();
    }
    await auditClientData(trx, ctx, actor.userId, { action: 'measure.submitted', targetType: 'measure_response', targetId: responseId });
    await dropMeasureReminder(trx, actor.userId, p.s.id, input.dueDate, ctx.now);
    return raiseAlerts(trx, ctx, { clientId: actor.userId, responseId, form: p.form, answers: input.answers });
  });
  return { responseId, shortName: p.form.shortName, score, crisis: alertIds.length > 0, alertIds };
}
