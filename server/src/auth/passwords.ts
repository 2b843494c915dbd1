import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../errors.ts';

// OWASP's argon2id minimum: 19 MiB memory, 2 iterations, 1 lane. The algorithm defaults
// to argon2id; a test checks the encoded hash says so.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

// ~49,000 most common passwords (zxcvbn-ts' list, from leaked-password corpora). Loaded on
// first use: only sign-up and password changes need it, so an idle server does not hold it.
let common: Promise<Set<string>> | undefined;
export function commonPasswords(): Promise<Set<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set<string>(dictionary['passwords-common'].map((p: string) => p.toLowerCase())),
  );
  return common;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the account does not exist makes a wrong email take as
// long as a wrong password, so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('stepwise-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}

/**
 * Rejects a new password that is common or built from the person's own details.
 * Length is checked by the schema; there are no composition rules (NIST SP 800-63B).
 */
export async function checkNewPassword(password: string, field: string, context: { email?: string; name?: string }): Promise<void> {
  const COMMON = await commonPasswords();
  const lower = password.toLowerCase();
  const own = [context.email, context.email?.split('@')[0], context.name, 'stepwise']
    .filter((s): s is string => typeof s === 'string' && s.length >= 4)
    .map((s) => s.toLowerCase());
  const stripped = lower.replace(/[\d\W_]+$/u, '');
  if (COMMON.has(lower) || COMMON.has(stripped) || own.includes(lower) || own.includes(stripped) || /^(.)\1+$/u.test(password)) {
    const message = 'this password is too common or easy to guess; try a few unrelated words';
    throw new AppError('password_too_common', 400, `${field}: ${message}`, { [field]: message });
  }
}
