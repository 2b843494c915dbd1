import type { Db } from '../db/connect.ts';
import type { NewUser, User } from '../db/types.ts';

export function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Db, id: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

type Account = {
  id: string;
  practiceId: string;
  email: string;
  name: string;
  role: 'therapist' | 'client';
  isAdmin: boolean;
  passwordHash: string;
  timeZone: string;
  /** When they accepted the privacy notice, which is also when the account is made. */
  now: string;
};

/** Creates an account that has accepted the privacy notice. */
export async function insertUser(db: Db, a: Account): Promise<void> {
  const row: NewUser = {
    id: a.id,
    practice_id: a.practiceId,
    email: a.email,
    name: a.name,
    role: a.role,
    is_admin: a.isAdmin ? 1 : 0,
    password_hash: a.passwordHash,
    time_zone: a.timeZone,
    locale: 'en',
    privacy_accepted_at: a.now,
    created_at: a.now,
    updated_at: a.now,
  };
  await db.insertInto('users').values(row).execute();
}

export async function findPractice(db: Db, id: string): Promise<{ id: string; name: string }> {
  return db.selectFrom('practices').select(['id', 'name']).where('id', '=', id).executeTakeFirstOrThrow();
}

/** True when the error is a unique-constraint violation, in either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
