import { localTime, type AppointmentView } from '@stepwise/domain';
import type { Db } from '../../db/connect.ts';
import { dropPending, scheduleNotification } from '../notifications/service.ts';

const HOUR = 3_600_000;
const key = (a: Pick<AppointmentView, 'id'>) => `session:${a.id}:`;

/**
 * The client is reminded of a session the day before and an hour before, in their own
 * zone's words. Past the session's start a reminder is pointless, so that is its
 * lateness limit. The session's time is in the keys, so a moved session gets new ones.
 */
export async function scheduleSessionReminders(db: Db, sessions: AppointmentView[], now: Date): Promise<void> {
  const zones = new Map<string, string>();
  for (const a of sessions) {
    if (a.status !== 'scheduled') continue;
    const starts = new Date(a.startsAt);
    if (!zones.has(a.clientId)) {
      const row = await db.selectFrom('users').select('time_zone').where('id', '=', a.clientId).executeTakeFirst();
      zones.set(a.clientId, row?.time_zone ?? 'UTC');
    }
    const at = localTime(starts, zones.get(a.clientId) ?? 'UTC');
    const where = a.mode === 'video' ? 'by video' : a.place ? `at ${a.place}` : 'in person';
    for (const [kind, before, when] of [
      ['session_day_before', 24 * HOUR, 'tomorrow'],
      ['session_hour_before', HOUR, 'in an hour'],
    ] as const) {
      const dueAt = new Date(starts.getTime() - before);
      if (dueAt <= now) continue;
      await scheduleNotification(
        db,
        {
          userId: a.clientId,
          kind,
          dueAt,
          dropAfter: starts,
          title: 'Session reminder',
          clinicalBody: `Your session with ${a.therapist.name} is ${when}, at ${at}, ${where}.`,
          url: '/today',
          dedupeKey: `${key(a)}${a.startsAt}:${kind}`,
        },
        now,
      );
    }
  }
}

/** Withdraws the pending reminders of sessions that were moved or cancelled. */
export function dropSessionReminders(db: Db, sessionIds: string[], reason: string, now: Date): Promise<number> {
  return dropPending(db, sessionIds.map((id) => key({ id })), reason, now);
}
