import type { Db } from '../db/connect.ts';
import { AppError } from '../errors.ts';

const WINDOW_MS = 15 * 60_000;
const MAX_PER_ACCOUNT = 10;
const MAX_PER_IP = 50;

// Keys name the email typed, not an account, so an email with no account is throttled
// exactly like one that has an account and the answers cannot tell them apart.
const accountKey = (email: string) => `email:${email}`;
const ipKey = (ip: string) => `ip:${ip}`;

/** Throws 429 if this email or this address has failed too often in the last 15 minutes. */
export async function checkSignInThrottle(db: Db, email: string, ip: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  const rows = await db
    .selectFrom('sign_in_failures')
    .select(['key', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('at').as('first')])
    .where('key', 'in', [accountKey(email), ipKey(ip)])
    .where('at', '>', since)
    .groupBy('key')
    .execute();
  for (const row of rows) {
    const limit = row.key.startsWith('email:') ? MAX_PER_ACCOUNT : MAX_PER_IP;
    if (Number(row.n) >= limit) {
      const retryAt = new Date(new Date(String(row.first)).getTime() + WINDOW_MS);
      const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
      throw new AppError(
        'too_many_attempts',
        429,
        `Too many sign-in attempts. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
      );
    }
  }
}

export async function recordSignInFailure(db: Db, email: string, ip: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('sign_in_failures')
    .values([
      { key: accountKey(email), at },
      { key: ipKey(ip), at },
    ])
    .execute();
  // Keep the table small: old rows no longer count for anything.
  await db
    .deleteFrom('sign_in_failures')
    .where('at', '<', new Date(now.getTime() - 2 * WINDOW_MS).toISOString())
    .execute();
}

export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', accountKey(email)).execute();
}
