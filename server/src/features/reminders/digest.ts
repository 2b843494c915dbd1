import { addDays, localDate, zonedTimeToUtc, type AttentionReason } from '@stepwise/domain';
import type { Db } from '../../db/connect.ts';
import { caseload } from '../caseload/service.ts';
import { scheduleNotification } from '../notifications/service.ts';

const HOUR = 3_600_000;
/** A digest is written when its time has come (its content is of that moment), up to this late. */
const DIGEST_WINDOW_MS = 2 * HOUR;
const DIGEST_LATE_AFTER_MS = 4 * HOUR;

const REASON_TEXT: Record<AttentionReason, string> = {
  open_alert: 'open safety alert',
  reliable_worsening: 'reliable worsening',
  feedback_drop: 'session feedback dropped',
  no_activity: 'no activity for 7 days',
  overdue_measure: 'overdue questionnaire',
};

export const digestKey = (therapistId: string, date: string) => `digest:${therapistId}:${date}`;

/** The digest's clinical text from the caseload; null when nothing needs attention (no digest that day). */
export function digestText(rows: Array<{ name: string; attention: AttentionReason[]; unreadMessages: number }>): string | null {
  const attention = rows.filter((r) => r.attention.length > 0);
  const unread = rows.reduce((n, r) => n + r.unreadMessages, 0);
  if (attention.length === 0 && unread === 0) return null;
  const lines: string[] = [];
  if (attention.length > 0) {
    const who = attention.map((r) => `${r.name} (${r.attention.map((a) => REASON_TEXT[a]).join(', ')})`);
    lines.push(`${attention.length} ${attention.length === 1 ? 'client needs' : 'clients need'} attention: ${who.join('; ')}.`);
  }
  if (unread > 0) lines.push(`${unread} unread ${unread === 1 ? 'message' : 'messages'} from clients.`);
  return lines.join(' ');
}

/**
 * Each therapist who chose a digest time gets one digest a day, written when that time comes
 * in their zone (so it says what needs attention then), on days when anything does.
 */
export async function planDigests(db: Db, now: Date): Promise<number> {
  const therapists = await db
    .selectFrom('notification_preferences as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.id', 'u.practice_id', 'u.time_zone', 'p.digest_time'])
    .where('u.role', '=', 'therapist')
    .where('p.digest_time', 'is not', null)
    .execute();
  let written = 0;
  for (const t of therapists) {
    const today = localDate(now, t.time_zone);
    // Yesterday's too: a digest at 23:30 is still due at 00:10.
    for (const date of [addDays(today, -1), today]) {
      const at = zonedTimeToUtc(date, t.digest_time ?? '08:00', t.time_zone);
      if (at > now || now.getTime() - at.getTime() > DIGEST_WINDOW_MS) continue;
      const key = digestKey(t.id, date);
      const exists = await db.selectFrom('notifications').select('id').where('dedupe_key', '=', key).executeTakeFirst();
      if (exists) continue;
      const view = await caseload({ db, ctx: { actor: { userId: t.id, role: 'therapist', practiceId: t.practice_id }, ip: null, now }, actor: { userId: t.id }, auditAction: 'digest.composed' });
      const text = digestText(view.clients);
      // Nothing to say: the key is still taken (as a dropped row), so the day is not looked at
      // again. One transaction, so no dispatcher ever sees (and sends) the empty one as pending.
      const id = await db.transaction().execute(async (trx) => {
        const inserted = await scheduleNotification(
          trx,
          { userId: t.id, kind: 'therapist_digest', dueAt: at, dropAfter: new Date(at.getTime() + DIGEST_LATE_AFTER_MS), title: 'Daily digest', body: 'Your daily Stepwise digest is ready', clinicalBody: text, url: '/clients', dedupeKey: key },
          now,
        );
        if (inserted && text === null) {
          await trx.updateTable('notifications').set({ status: 'dropped', reason: 'nothing needs attention today' }).where('id', '=', inserted).execute();
        }
        return inserted;
      });
      if (id && text !== null) written += 1;
    }
  }
  return written;
}
