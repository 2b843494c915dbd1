import type { FastifyReply } from 'fastify';
import { DAY, HOUR, MINUTE } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import type { User } from '../db/types.ts';
import { prepared } from '../db/prepared.ts';
import { newId } from '../ids.ts';
import type { Actor } from '../policy/types.ts';
import { hashToken, newToken } from './tokens.ts';

export const SESSION_COOKIE = 'sw_session';

/**
 * Therapists hold many clients' records, often on shared machines: 30 minutes idle,
 * 12 hours at most. Clients log from their own phones: 30 days, renewed by use.
 */
export const SESSION_RULES = {
  therapist: { idleMs: 30 * MINUTE, absoluteMs: 12 * HOUR },
  client: { idleMs: 30 * DAY, absoluteMs: null },
} as const;

// Renewing on every request would write on every request; a minute's precision is plenty.
const TOUCH_AFTER_MS = MINUTE;

type SessionMeta = { ip: string | null; userAgent: string | null; now: Date };

export async function createSession(db: Db, user: Pick<User, 'id' | 'role'>, meta: SessionMeta) {
  const rules = SESSION_RULES[user.role];
  const { token, hash } = newToken();
  const now = meta.now.getTime();
  const absolute = rules.absoluteMs === null ? null : new Date(now + rules.absoluteMs).toISOString();
  const expiresAt = new Date(now + rules.idleMs).toISOString();
  await db
    .insertInto('sessions')
    .values({
      id: newId(),
      token_hash: hash,
      user_id: user.id,
      created_at: meta.now.toISOString(),
      last_seen_at: meta.now.toISOString(),
      expires_at: expiresAt,
      absolute_expires_at: absolute,
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, expiresAt };
}

// On every signed-in request: compiled once (db/prepared.ts).
const findSession = prepared((db, p: { hash: string }) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.absolute_expires_at',
      'users.id as userId',
      'users.practice_id',
      'users.role',
      'users.is_admin',
      'users.name',
      'users.email',
      'users.time_zone',
      'users.locale',
    ])
    .where('sessions.token_hash', '=', p.hash),
);

const touchSession = prepared((db, p: { id: string; lastSeenAt: string; expiresAt: string }) =>
  db.updateTable('sessions').set({ last_seen_at: p.lastSeenAt, expires_at: p.expiresAt }).where('id', '=', p.id),
);

/**
 * Finds the live session for a cookie value and slides its idle expiry.
 * Returns the actor, and whether the cookie should be sent again with a new expiry.
 */
export async function resolveSession(db: Db, token: string, now: Date): Promise<{ actor: Actor; renewed: boolean } | null> {
  const row = (await findSession(db, { hash: hashToken(token) })).rows[0];
  if (!row) return null;
  const nowMs = now.getTime();
  const absoluteMs = row.absolute_expires_at ? Date.parse(row.absolute_expires_at) : Infinity;
  if (Date.parse(row.expires_at) <= nowMs || absoluteMs <= nowMs) {
    await db.deleteFrom('sessions').where('id', '=', row.sessionId).execute();
    return null;
  }
  let expiresAt = row.expires_at;
  let renewed = false;
  if (nowMs - Date.parse(row.last_seen_at) >= TOUCH_AFTER_MS) {
    const idle = nowMs + SESSION_RULES[row.role].idleMs;
    expiresAt = new Date(Math.min(idle, absoluteMs)).toISOString();
    await touchSession(db, { id: row.sessionId, lastSeenAt: now.toISOString(), expiresAt });
    renewed = true;
  }
  return {
    renewed,
    actor: {
      userId: row.userId,
      practiceId: row.practice_id,
      role: row.role,
      isAdmin: row.is_admin === 1,
      name: row.name,
      email: row.email,
      timeZone: row.time_zone,
      locale: row.locale,
      sessionId: row.sessionId,
      sessionExpiresAt: expiresAt,
    },
  };
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a user, optionally keeping the one in use. */
export async function endAllSessions(db: Db, userId: string, exceptSessionId?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptSessionId) q = q.where('id', '!=', exceptSessionId);
  await q.execute();
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, expiresAt: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies });
}
