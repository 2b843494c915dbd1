import { audit, type AuditContext } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policy/types.ts';
import { checkNewPassword, hashPassword, verifyPassword } from './passwords.ts';
import { endAllSessions } from './sessions.ts';
import { replanClient } from '../features/reminders/planner.ts';
import { findUserById } from './users.ts';

type UpdateOptions = { db: Db; ctx: AuditContext; actor: Actor; input: { name?: string; timeZone?: string; locale?: 'en' } };

export async function updateAccount({ db, ctx, actor, input }: UpdateOptions): Promise<void> {
  const set: { name?: string; time_zone?: string; locale?: string; updated_at: string } = { updated_at: ctx.now.toISOString() };
  if (input.name !== undefined) set.name = input.name;
  if (input.timeZone !== undefined) set.time_zone = input.timeZone;
  if (input.locale !== undefined) set.locale = input.locale;
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set(set).where('id', '=', actor.userId).execute();
    await audit(trx, ctx, { action: 'account.updated', detail: { fields: Object.keys(input).join(',') } });
    // Reminders are at wall-clock times: a new zone moves every pending one to the same time there.
    if (input.timeZone !== undefined && input.timeZone !== actor.timeZone && actor.role === 'client') await replanClient(trx, actor.userId, ctx.now);
  });
}

type ChangeOptions = { db: Db; ctx: AuditContext; actor: Actor; currentPassword: string; newPassword: string };

/** Changes the password after checking the current one; every other session of the account ends. */
export async function changePassword({ db, ctx, actor, currentPassword, newPassword }: ChangeOptions): Promise<void> {
  const user = await findUserById(db, actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, currentPassword))) {
    await audit(db, ctx, { action: 'account.password_changed', outcome: 'failure' });
    throw new AppError('wrong_password', 400, 'currentPassword: that is not your current password', {
      currentPassword: 'is not your current password',
    });
  }
  await checkNewPassword(newPassword, 'newPassword', { email: user.email, name: user.name });
  const passwordHash = await hashPassword(newPassword);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash, updated_at: ctx.now.toISOString() }).where('id', '=', user.id).execute();
    await endAllSessions(trx, user.id, actor.sessionId);
    await audit(trx, ctx, { action: 'account.password_changed' });
  });
}
