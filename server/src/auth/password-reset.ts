import { audit, type AuditContext } from '../audit/audit.ts';
import { HOUR, MINUTE } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Mailer } from '../mail/mailer.ts';
import { passwordResetMail } from '../mail/templates.ts';
import { checkNewPassword, hashPassword } from './passwords.ts';
import { endAllSessions } from './sessions.ts';
import { hashToken, newToken } from './tokens.ts';
import { findUserByEmail, findUserById } from './users.ts';

const RESET_TTL_MS = 30 * MINUTE;
const MAX_RESETS_PER_HOUR = 5;

type RequestOptions = { db: Db; ctx: AuditContext; config: Config; mailer: Mailer; email: string; log: (err: unknown) => void };

/**
 * Sends a single-use reset link if the email has an account. The caller answers the same
 * either way, and the mail goes out after the answer so timing does not tell either.
 */
export async function requestPasswordReset({ db, ctx, config, mailer, email, log }: RequestOptions): Promise<void> {
  const user = await findUserByEmail(db, email);
  if (!user) return;
  const since = new Date(ctx.now.getTime() - HOUR).toISOString();
  const recent = await db
    .selectFrom('password_resets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', user.id)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  const actor = { userId: user.id, role: user.role, practiceId: user.practice_id };
  if (Number(recent.n) >= MAX_RESETS_PER_HOUR) {
    await audit(db, { ...ctx, actor }, { action: 'auth.password_reset_requested', outcome: 'denied', detail: { reason: 'too_many' } });
    return;
  }
  const { token, hash } = newToken();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('password_resets')
      .values({
        id: newId(),
        user_id: user.id,
        token_hash: hash,
        expires_at: new Date(ctx.now.getTime() + RESET_TTL_MS).toISOString(),
        used_at: null,
        created_at: ctx.now.toISOString(),
      })
      .execute();
    await audit(trx, { ...ctx, actor }, { action: 'auth.password_reset_requested' });
  });
  const link = `${config.publicUrl}/reset-password#${token}`;
  mailer.send(passwordResetMail({ to: user.email, name: user.name, link })).catch(log);
}

type CompleteOptions = { db: Db; ctx: AuditContext; token: string; password: string };

/** Sets the new password, uses up the link and ends every session of the account. */
export async function completePasswordReset({ db, ctx, token, password }: CompleteOptions): Promise<void> {
  const invalid = new AppError('token_invalid', 400, 'This reset link is not valid any more. Ask for a new one.', {
    token: 'is used, expired or unknown',
  });
  const reset = await db.selectFrom('password_resets').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!reset || reset.used_at || Date.parse(reset.expires_at) <= ctx.now.getTime()) throw invalid;
  const user = await findUserById(db, reset.user_id);
  if (!user) throw invalid;
  await checkNewPassword(password, 'password', { email: user.email, name: user.name });
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    // The `used_at is null` condition makes the link single-use even under a race.
    const used = await trx
      .updateTable('password_resets')
      .set({ used_at: ctx.now.toISOString() })
      .where('id', '=', reset.id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) throw invalid;
    await trx
      .updateTable('password_resets')
      .set({ used_at: ctx.now.toISOString() })
      .where('user_id', '=', user.id)
      .where('used_at', 'is', null)
      .execute();
    await trx.updateTable('users').set({ password_hash: passwordHash, updated_at: ctx.now.toISOString() }).where('id', '=', user.id).execute();
    await endAllSessions(trx, user.id);
    await audit(trx, { ...ctx, actor: { userId: user.id, role: user.role, practiceId: user.practice_id } }, { action: 'auth.password_reset' });
  });
}
