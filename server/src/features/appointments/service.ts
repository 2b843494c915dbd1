import {
  appointmentStarts,
  localDate,
  zonedTimeToUtc,
  type AppointmentChangeInput,
  type AppointmentInput,
  type AppointmentView,
} from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';
import { replanClient } from '../reminders/planner.ts';
import { dropSessionReminders, scheduleSessionReminders } from './reminders.ts';

type Ctx = { db: Db; ctx: AuditContext; actor: Actor };
const MINUTE = 60_000;

function load(db: Db) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('users as t', 't.id', 'a.therapist_id')
    .innerJoin('users as c', 'c.id', 'a.client_id')
    .select(['a.id', 'a.client_id', 'c.name as client_name', 'a.therapist_id', 't.name as therapist_name', 'a.series_id', 'a.starts_at', 'a.duration_minutes', 'a.mode', 'a.place', 'a.video_link', 'a.status'])
    .orderBy('a.starts_at');
}
type Row = Awaited<ReturnType<ReturnType<typeof load>['execute']>>[number];

const present = (r: Row): AppointmentView => ({
  id: r.id,
  clientId: r.client_id,
  clientName: r.client_name,
  therapist: { id: r.therapist_id, name: r.therapist_name },
  seriesId: r.series_id,
  startsAt: r.starts_at,
  endsAt: new Date(Date.parse(r.starts_at) + r.duration_minutes * MINUTE).toISOString(),
  durationMinutes: r.duration_minutes,
  mode: r.mode,
  place: r.place,
  videoLink: r.video_link,
  status: r.status,
});

const where = (a: { mode: string; place: string; videoLink: string }) => ({
  mode: a.mode as 'in_person' | 'video',
  place: a.place,
  video_link: a.mode === 'video' ? a.videoLink : '',
});

/** Books one session or a weekly / fortnightly series with the acting therapist. */
export async function bookAppointments({ db, ctx, actor, clientId, input }: Ctx & { clientId: string; input: AppointmentInput }): Promise<AppointmentView[]> {
  const starts = appointmentStarts(input);
  if ((starts[0]?.getTime() ?? 0) < ctx.now.getTime() - 24 * 60 * MINUTE) throw badRequest('date', 'is in the past');
  const seriesId = starts.length > 1 ? newId() : null;
  const now = ctx.now.toISOString();
  const ids = starts.map(() => newId());
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('appointments')
      .values(
        starts.map((s, i) => ({
          id: ids[i] ?? newId(),
          client_id: clientId,
          therapist_id: actor.userId,
          series_id: seriesId,
          starts_at: s.toISOString(),
          duration_minutes: input.durationMinutes,
          ...where(input),
          status: 'scheduled' as const,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    await auditClientData(trx, ctx, clientId, { action: 'appointments.booked', detail: { count: starts.length } });
  });
  const booked = (await load(db).where('a.id', 'in', ids).execute()).map(present);
  await scheduleSessionReminders(db, booked, ctx.now);
  // A measure "before each appointment" falls due with each new session.
  await replanClient(db, clientId, ctx.now);
  return booked;
}

/** A client's sessions from `from` on (cancelled ones included, marked). */
export async function listAppointments({ db, ctx, clientId, from }: { db: Db; ctx: AuditContext; clientId: string; from: string }): Promise<AppointmentView[]> {
  const rows = await load(db).where('a.client_id', '=', clientId).where('a.starts_at', '>=', from).limit(200).execute();
  await auditClientData(db, ctx, clientId, { action: 'appointments.listed' });
  return rows.map(present);
}

/** The client's next scheduled session that has not ended, or null. */
export async function nextAppointment(db: Db, clientId: string, now: Date): Promise<AppointmentView | null> {
  const rows = await load(db)
    .where('a.client_id', '=', clientId)
    .where('a.status', '=', 'scheduled')
    .where('a.starts_at', '>=', new Date(now.getTime() - 240 * MINUTE).toISOString())
    .limit(5)
    .execute();
  return rows.map(present).find((a) => Date.parse(a.endsAt) > now.getTime()) ?? null;
}

/** Local dates (in `zone`) of the client's scheduled sessions, for "before each appointment" measures. */
export async function sessionDates(db: Db, clientId: string, zone: string): Promise<string[]> {
  const rows = await db.selectFrom('appointments').select('starts_at').where('client_id', '=', clientId).where('status', '=', 'scheduled').orderBy('starts_at').execute();
  return rows.map((r) => localDate(new Date(r.starts_at), zone));
}

/** The client's scheduled sessions that ended between `since` and `now`, most recent first (session feedback). */
export async function endedAppointments(db: Db, clientId: string, since: Date, now: Date): Promise<AppointmentView[]> {
  const rows = await load(db)
    .where('a.client_id', '=', clientId)
    .where('a.status', '=', 'scheduled')
    // Sessions last at most 240 minutes, so one that ended after `since` started after this.
    .where('a.starts_at', '>=', new Date(since.getTime() - 240 * MINUTE).toISOString())
    .where('a.starts_at', '<=', now.toISOString())
    .execute();
  return rows
    .map(present)
    .filter((a) => Date.parse(a.endsAt) >= since.getTime() && Date.parse(a.endsAt) <= now.getTime())
    .reverse();
}

/** One session as a view, or null. */
export async function oneAppointment(db: Db, id: string): Promise<AppointmentView | null> {
  const row = await load(db).where('a.id', '=', id).executeTakeFirst();
  return row ? present(row) : null;
}

async function one(db: Db, id: string): Promise<Row> {
  const row = await load(db).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('appointment');
  return row;
}

export async function rescheduleAppointment({ db, ctx, id, input }: Omit<Ctx, 'actor'> & { id: string; input: AppointmentChangeInput }): Promise<AppointmentView> {
  const row = await one(db, id);
  if (row.status === 'cancelled') throw conflict('appointment_cancelled', 'this session was cancelled; book a new one instead');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('appointments')
      .set({ starts_at: zonedTimeToUtc(input.date, input.time, input.timeZone).toISOString(), duration_minutes: input.durationMinutes, ...where(input), updated_at: ctx.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await auditClientData(trx, ctx, row.client_id, { action: 'appointment.rescheduled', targetType: 'appointment', targetId: id });
  });
  const moved = present(await one(db, id));
  await dropSessionReminders(db, [id], 'session moved', ctx.now);
  await scheduleSessionReminders(db, [moved], ctx.now);
  await replanClient(db, row.client_id, ctx.now);
  return moved;
}

export async function cancelAppointment({ db, ctx, id, scope }: Omit<Ctx, 'actor'> & { id: string; scope: 'one' | 'following' }): Promise<AppointmentView[]> {
  const row = await one(db, id);
  if (row.status === 'cancelled') throw conflict('appointment_cancelled', 'this session is already cancelled');
  const ids =
    scope === 'following' && row.series_id
      ? (await db.selectFrom('appointments').select('id').where('series_id', '=', row.series_id).where('starts_at', '>=', row.starts_at).where('status', '=', 'scheduled').execute()).map((r) => r.id)
      : [id];
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('appointments').set({ status: 'cancelled', updated_at: ctx.now.toISOString() }).where('id', 'in', ids).execute();
    await auditClientData(trx, ctx, row.client_id, { action: 'appointments.cancelled', targetType: 'appointment', targetId: id, detail: { count: ids.length } });
  });
  await dropSessionReminders(db, ids, 'session cancelled', ctx.now);
  await replanClient(db, row.client_id, ctx.now);
  return (await load(db).where('a.id', 'in', ids).execute()).map(present);
}
