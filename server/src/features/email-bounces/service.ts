import type { EmailBounceView } from '@stepwise/domain';
import { audit, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../policy/types.ts';

/**
 * A permanent SMTP rejection of the recipient: a 5xx answer to the recipient or the message
 * (550 mailbox unknown, 553 bad address, 554 rejected), and nothing else. A 5xx anywhere
 * before that (the greeting, our login, our sender) is the mail server's or our own
 * configuration, not the person's address, and would otherwise stop everyone's email; it is
 * retried like a 4xx or no answer at all.
 */
export function isBounce(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { responseCode, command, code } = err as { responseCode?: unknown; command?: unknown; code?: unknown };
  if (typeof responseCode !== 'number' || responseCode < 500 || responseCode > 599) return false;
  return code === 'EENVELOPE' || code === 'EMESSAGE' || (typeof command === 'string' && /^(RCPT TO|DATA)\b/i.test(command));
}

/** The server's own words for the bounce, e.g. "550 5.1.1 Mailbox unknown". */
export function bounceReason(err: unknown): string {
  const e = err as { response?: unknown; message?: unknown };
  const text = typeof e.response === 'string' && e.response ? e.response : typeof e.message === 'string' ? e.message : String(err);
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}

export async function recordEmailBounce(db: Db, userId: string, address: string, reason: string, now: Date): Promise<void> {
  const values = { address, reason, bounced_at: now.toISOString() };
  await db
    .insertInto('email_bounces')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

export type BounceFacts = { address: string | null; bouncedAt: string | null };
export type EmailFacts = { email: string; emailOn: boolean; prefsUpdatedAt: string | null };

/**
 * A bounce stops notification email while it stands: for the same address (a new address is
 * tried), and until the person switches email on again after it (saving their settings with
 * email on, or "Try email again", which removes it).
 */
export function bounceStands(b: BounceFacts, p: EmailFacts): boolean {
  if (b.address === null || b.bouncedAt === null) return false;
  if (b.address.toLowerCase() !== p.email.toLowerCase()) return false;
  return !(p.emailOn && p.prefsUpdatedAt !== null && p.prefsUpdatedAt > b.bouncedAt);
}

/** The caller's standing bounce, for the Account page. */
export async function emailBounce(db: Db, userId: string): Promise<EmailBounceView> {
  const row = await db
    .selectFrom('email_bounces as b')
    .innerJoin('users as u', 'u.id', 'b.user_id')
    .leftJoin('notification_preferences as p', 'p.user_id', 'b.user_id')
    .select(['b.address', 'b.reason', 'b.bounced_at', 'u.email', 'p.email as email_on', 'p.updated_at'])
    .where('b.user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return { bounce: null };
  const stands = bounceStands({ address: row.address, bouncedAt: row.bounced_at }, { email: row.email, emailOn: row.email_on !== 0, prefsUpdatedAt: row.updated_at });
  return { bounce: stands ? { address: row.address, reason: row.reason, bouncedAt: row.bounced_at } : null };
}

/** "Try email again": the bounce is forgotten and the next notification is emailed. */
export async function clearEmailBounce({ db, ctx, actor }: { db: Db; ctx: AuditContext; actor: Actor }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const gone = await trx.deleteFrom('email_bounces').where('user_id', '=', actor.userId).executeTakeFirst();
    if (Number(gone.numDeletedRows) > 0) await audit(trx, ctx, { action: 'email_bounce.cleared', targetType: 'user', targetId: actor.userId });
  });
}
