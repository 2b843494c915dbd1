import { createHash, randomBytes } from 'node:crypto';

/** A fresh secret for a link or a session: 256 random bits, URL-safe. Only its hash is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** SHA-256 is enough here: the token has full entropy, so it cannot be guessed from the hash. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
