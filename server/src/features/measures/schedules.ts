import type { MeasureScheduleInput, MeasureScheduleView } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { AppError, badRequest, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';
import { presentSchedule } from './present.ts';
import { replanClient } from '../reminders/planner.ts';
import { clientCalendar, loadSchedules, submittedDueDates } from './store.ts';

type Ctx = { db: Db; ctx: AuditContext; actor: Actor };

/** Every schedule of a client (ended ones too) with what is due today in the client's zone. */
export async function scheduleViews(db: Db, clientId: string, now: Date): Promise<MeasureScheduleView[]> {
  const { today, sessions } = await clientCalendar(db, clientId, now);
  const rows = await loadSchedules(db, { clientId });
  const answered = await submittedDueDates(db, rows.map((r) => r.id));
  return rows.map((r) => presentSchedule(r, today, answered.get(r.id), sessions));
}

export async function createSchedule({ db, ctx, actor, clientId, input }: Ctx & { clientId: string; input: MeasureScheduleInput }): Promise<MeasureScheduleView> {
  const { measure, cadence } = input;
  if (measure.kind === 'custom') {
    // A therapist schedules their own questionnaires; archived ones take no new schedules.
    const q = await db.selectFrom('questionnaires').select(['owner_id', 'archived_at']).where('id', '=', measure.questionnaireId).executeTakeFirst();
    if (!q || q.owner_id !== actor.userId) throw badRequest('measure.questionnaireId', 'is not one of your questionnaires');
    if (q.archived_at) throw badRequest('measure.questionnaireId', 'this questionnaire is archived');
  }
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('measure_schedules')
      .values({
        id,
        client_id: clientId,
        instrument_key: measure.kind === 'instrument' ? measure.key : null,
        questionnaire_id: measure.kind === 'custom' ? measure.questionnaireId : null,
        frequency: cadence.frequency,
        every_weeks: cadence.frequency === 'every_n_weeks' ? cadence.everyWeeks : null,
        start_date: cadence.startDate,
        created_by: actor.userId,
        created_at: ctx.now.toISOString(),
        ended_at: null,
      })
      .execute();
    await auditClientData(trx, ctx, clientId, { action: 'measure.scheduled', targetType: 'measure_schedule', targetId: id });
    await replanClient(trx, clientId, ctx.now);
  });
  return oneSchedule(db, id, ctx.now);
}

async function oneSchedule(db: Db, scheduleId: string, now: Date): Promise<MeasureScheduleView> {
  const [row] = await loadSchedules(db, { scheduleId });
  if (!row) throw notFound('schedule');
  const { today, sessions } = await clientCalendar(db, row.client_id, now);
  return presentSchedule(row, today, (await submittedDueDates(db, [row.id])).get(row.id), sessions);
}

/** Stops asking; what was answered stays. */
export async function endSchedule({ db, ctx, scheduleId }: Omit<Ctx, 'actor'> & { scheduleId: string }): Promise<MeasureScheduleView> {
  const row = await db.selectFrom('measure_schedules').select(['client_id', 'ended_at']).where('id', '=', scheduleId).executeTakeFirst();
  if (!row) throw notFound('schedule');
  if (row.ended_at) throw new AppError('already_ended', 409, 'this schedule has already ended');
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('measure_schedules').set({ ended_at: ctx.now.toISOString() }).where('id', '=', scheduleId).execute();
    await auditClientData(trx, ctx, row.client_id, { action: 'measure.schedule_ended', targetType: 'measure_schedule', targetId: scheduleId });
    await replanClient(trx, row.client_id, ctx.now);
  });
  return oneSchedule(db, scheduleId, ctx.now);
}
