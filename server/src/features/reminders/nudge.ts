import { NUDGE_INTERVAL_MINUTES, type NudgeView } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db, Dialect } from '../../db/connect.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../policy/types.ts';
import { scheduleNotification } from '../notifications/service.ts';

const INTERVAL_MS = NUDGE_INTERVAL_MINUTES * 60_000;

/** Refused: the client was nudged too recently. Says when the next nudge is possible. */
export class NudgeTooSoon extends AppError {
  readonly retryAfterSeconds: number;
  constructor(last: Date, now: Date) {
    const next = new Date(last.getTime() + INTERVAL_MS);
    super('nudge_too_soon', 429, `this client was nudged at ${last.toISOString()}; the next nudge is possible from ${next.toISOString()} (one an hour)`);
    this.retryAfterSeconds = Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000));
  }
}

/**
 * A therapist's "nudge now": a notification to the client at once, through their channels and
 * preferences (quiet hours hold it, the lock screen shows the neutral text unless they allowed
 * more). One an hour per client, whoever on the care team sends it; each is audited.
 */
export async function nudgeClient({ db, dialect, ctx, actor, clientId, message }: { db: Db; dialect: Dialect; ctx: AuditContext; actor: Actor; clientId: string; message: string }): Promise<NudgeView> {
  const now = ctx.now;
  return db.transaction().execute(async (trx) => {
    // On PostgreSQL two nudges for one client take turns here (SQLite runs one transaction at
    // a time anyway), so the second sees the first: racing across the turn of an hour-long
    // bucket, the key alone would let both through.
    if (dialect === 'postgres') await trx.selectFrom('users').select('id').where('id', '=', clientId).forUpdate().execute();
    const last = await trx
      .selectFrom('notifications')
      .select('created_at')
      .where('user_id', '=', clientId)
      .where('kind', '=', 'nudge')
      .where('created_at', '>', new Date(now.getTime() - INTERVAL_MS).toISOString())
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    if (last) throw new NudgeTooSoon(new Date(last.created_at), now);
    // The key holds one nudge per client per interval-long bucket, as a second guard.
    const stored = await scheduleNotification(
      trx,
      {
        userId: clientId,
        kind: 'nudge',
        dueAt: now,
        dropAfter: null,
        title: 'A nudge from your therapist',
        clinicalBody: message ? `${actor.name}: ${message}` : `${actor.name} is thinking of you. Open Stepwise to see what is planned today.`,
        url: '/today',
        dedupeKey: `nudge:${clientId}:${Math.floor(now.getTime() / INTERVAL_MS)}`,
      },
      now,
    );
    if (stored === null) throw new NudgeTooSoon(now, now);
    await auditClientData(trx, ctx, clientId, { action: 'client.nudged', targetType: 'notification', detail: { withMessage: message.length > 0 } });
    return { sentAt: now.toISOString(), nextAllowedAt: new Date(now.getTime() + INTERVAL_MS).toISOString() };
  });
}

/** When the client can next be nudged (now or later), for the button's state. */
export async function nudgeStatus(db: Db, clientId: string, now: Date): Promise<{ lastAt: string | null; nextAllowedAt: string; allowed: boolean }> {
  const last = await db.selectFrom('notifications').select('created_at').where('user_id', '=', clientId).where('kind', '=', 'nudge').orderBy('created_at', 'desc').executeTakeFirst();
  const next = last ? Math.max(now.getTime(), Date.parse(last.created_at) + INTERVAL_MS) : now.getTime();
  return { lastAt: last?.created_at ?? null, nextAllowedAt: new Date(next).toISOString(), allowed: next <= now.getTime() };
}
