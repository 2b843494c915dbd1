import type { MeView } from '@stepwise/domain';
import { audit, type AuditContext } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { AppError } from '../errors.ts';
import { burnVerifyTime, verifyPassword } from './passwords.ts';
import { presentMe } from './present.ts';
import { createSession } from './sessions.ts';
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure } from './throttle.ts';
import { findPractice, findUserByEmail } from './users.ts';

type SignInOptions = {
  db: Db;
  ctx: AuditContext;
  input: { email: string; password: string };
  userAgent: string | null;
};

/** Checks the password and opens a session. Every outcome is audited; none says whether the email exists. */
export async function signIn({ db, ctx, input, userAgent }: SignInOptions): Promise<{ me: MeView; token: string; expiresAt: string }> {
  const ip = ctx.ip ?? 'unknown';
  const user = await findUserByEmail(db, input.email);
  const asActor = user ? { userId: user.id, role: user.role, practiceId: user.practice_id } : null;
  try {
    await checkSignInThrottle(db, input.email, ip, ctx.now);
  } catch (error) {
    await audit(db, { ...ctx, actor: asActor }, { action: 'auth.sign_in', outcome: 'denied', detail: { reason: 'throttled' } });
    throw error;
  }
  const ok = user ? await verifyPassword(user.password_hash, input.password) : (await burnVerifyTime(input.password), false);
  if (!user || !ok) {
    await recordSignInFailure(db, input.email, ip, ctx.now);
    await audit(db, { ...ctx, actor: asActor }, {
      action: 'auth.sign_in',
      outcome: 'failure',
      detail: { reason: user ? 'wrong_password' : 'unknown_email' },
    });
    throw new AppError('invalid_credentials', 401, 'That email and password do not match an account.');
  }
  await clearSignInFailures(db, input.email);
  const session = await createSession(db, user, { ip: ctx.ip, userAgent, now: ctx.now });
  await audit(db, { ...ctx, actor: asActor }, { action: 'auth.sign_in' });
  const practice = await findPractice(db, user.practice_id);
  return { me: presentMe(user, practice, session.expiresAt), token: session.token, expiresAt: session.expiresAt };
}
