import { FEEDBACK_WINDOW_DAYS, feedbackDrop, type AppointmentView, type ClientFeedbackView, type FeedbackInput, type FeedbackView } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import { isUniqueViolation } from '../../auth/users.ts';
import type { Db } from '../../db/connect.ts';
import { badRequest, conflict } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { endedAppointments, oneAppointment } from '../appointments/service.ts';

const DAY = 86_400_000;
const answered = () => conflict('feedback_exists', 'you already gave feedback on this session');

function load(db: Db) {
  return db
    .selectFrom('session_feedback as f')
    .innerJoin('appointments as a', 'a.id', 'f.appointment_id')
    .select(['f.id', 'f.appointment_id', 'a.starts_at', 'f.rating', 'f.helped', 'f.did_not_help', 'f.do_differently', 'f.created_at']);
}
type Row = Awaited<ReturnType<ReturnType<typeof load>['execute']>>[number];

const present = (r: Row): FeedbackView => ({
  id: r.id,
  appointmentId: r.appointment_id,
  sessionStartsAt: r.starts_at,
  rating: r.rating,
  helped: r.helped,
  didNotHelp: r.did_not_help,
  doDifferently: r.do_differently,
  createdAt: r.created_at,
});

/**
 * The session to ask about: the client's most recent session that ended in the last 7 days,
 * if it has no answer yet. Only the latest is asked about: after answering (or skipping past)
 * a newer session, a question about an older one would be confusing.
 */
export async function pendingFeedback(db: Db, clientId: string, now: Date): Promise<AppointmentView | null> {
  const [latest] = await endedAppointments(db, clientId, new Date(now.getTime() - FEEDBACK_WINDOW_DAYS * DAY), now);
  if (!latest) return null;
  const done = await db.selectFrom('session_feedback').select('id').where('appointment_id', '=', latest.id).executeTakeFirst();
  return done ? null : latest;
}

/** Stores the client's answer about one of their own sessions that has ended; one answer per session. */
export async function sendFeedback({ db, ctx, clientId, input }: { db: Db; ctx: AuditContext; clientId: string; input: FeedbackInput }): Promise<FeedbackView> {
  const appointment = await oneAppointment(db, input.appointmentId);
  // Someone else's session reads exactly like one that does not exist.
  if (!appointment || appointment.clientId !== clientId) throw badRequest('appointmentId', 'is not one of your sessions');
  if (appointment.status === 'cancelled') throw badRequest('appointmentId', 'this session was cancelled');
  if (Date.parse(appointment.endsAt) > ctx.now.getTime()) throw badRequest('appointmentId', 'this session has not ended yet');
  if (await db.selectFrom('session_feedback').select('id').where('appointment_id', '=', appointment.id).executeTakeFirst()) throw answered();
  const id = newId();
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('session_feedback')
        .values({
          id,
          client_id: clientId,
          appointment_id: appointment.id,
          rating: input.rating,
          helped: input.helped,
          did_not_help: input.didNotHelp,
          do_differently: input.doDifferently,
          created_at: ctx.now.toISOString(),
        })
        .execute();
      await auditClientData(trx, ctx, clientId, { action: 'feedback.sent', targetType: 'appointment', targetId: appointment.id });
    });
  } catch (error) {
    // Two sends racing (a double tap on a slow phone): the unique appointment_id lets one win.
    if (isUniqueViolation(error)) throw answered();
    throw error;
  }
  const row = await load(db).where('f.id', '=', id).executeTakeFirstOrThrow();
  return present(row);
}

/** Every answer about the client's sessions, oldest session first, with the drop flag. */
export async function clientFeedback({ db, ctx, clientId }: { db: Db; ctx: AuditContext; clientId: string }): Promise<ClientFeedbackView> {
  const rows = await load(db).where('f.client_id', '=', clientId).orderBy('a.starts_at').limit(500).execute();
  await auditClientData(db, ctx, clientId, { action: 'feedback.listed' });
  const answers = rows.map(present);
  return { answers, drop: feedbackDrop(answers.map((a) => a.rating)) };
}
