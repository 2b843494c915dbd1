import { type CheckInInput, type CheckInView, localDate, occurrences, type Schedule } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { presentCheckIn } from './present.ts';
import { dropOccurrenceReminder } from '../reminders/planner.ts';
import { clientTimeZone, findAssignment } from './store.ts';

type Options = { db: Db; ctx: AuditContext; assignmentId: string; input: CheckInInput };

/**
 * Records how one planned occurrence went. Answering the same occurrence again replaces
 * the answer (people correct themselves). Only planned occurrences up to the client's
 * today can be answered.
 */
export async function recordCheckIn({ db, ctx, assignmentId, input }: Options): Promise<{ checkIn: CheckInView; suggestSmaller: boolean }> {
  const a = await findAssignment(db, assignmentId);
  if (!a) throw notFound('assignment');
  if (a.status === 'completed') throw conflict('assignment_completed', 'This assignment is completed; it takes no more check-ins.');
  if (a.status === 'awaiting_confirmation') throw conflict('assignment_unconfirmed', 'Confirm this step first.');
  const { time_zone } = await clientTimeZone(db, a.client_id);
  const schedule = JSON.parse(a.schedule) as Schedule;
  const planned = occurrences(schedule, { from: input.date, to: input.date });
  if (!planned.some((o) => o.time === input.time)) {
    throw badRequest(planned.length === 0 ? 'date' : 'time', planned.length === 0 ? 'is not a planned day of this assignment' : 'is not a planned time on this day');
  }
  const today = localDate(ctx.now, time_zone);
  if (input.date > today) throw badRequest('date', 'is in the future; answer it on the day');
  const row = {
    outcome: input.outcome,
    how_it_went: input.outcome === 'not_done' ? '' : input.howItWent,
    helpfulness: input.outcome === 'not_done' ? null : input.helpfulness,
    note: input.note,
    barrier: input.outcome === 'done' ? null : input.barrier,
    barrier_note: input.outcome === 'done' ? '' : input.barrierNote,
    time_zone,
    recorded_at: ctx.now.toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('assignment_check_ins')
      .values({ id: newId(), assignment_id: assignmentId, client_id: a.client_id, occurrence_date: input.date, occurrence_time: input.time, ...row })
      .onConflict((oc) => oc.columns(['assignment_id', 'occurrence_date', 'occurrence_time']).doUpdateSet(row))
      .execute();
    await auditClientData(trx, ctx, a.client_id, { action: 'assignment.checked_in', targetType: 'assignment', targetId: assignmentId, detail: { outcome: input.outcome } });
    if (input.time) await dropOccurrenceReminder(trx, a.client_id, assignmentId, input.date, input.time, ctx.now);
  });
  const saved = await db
    .selectFrom('assignment_check_ins')
    .selectAll()
    .where('assignment_id', '=', assignmentId)
    .where('occurrence_date', '=', input.date)
    .where('occurrence_time', '=', input.time)
    .executeTakeFirstOrThrow();
  // Not done: offer to make the next step smaller rather than repeat the same one.
  return { checkIn: presentCheckIn(saved), suggestSmaller: input.outcome === 'not_done' };
}
