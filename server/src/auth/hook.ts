import type { FastifyInstance } from 'fastify';
import { resolveSession, SESSION_COOKIE, setSessionCookie } from './sessions.ts';

/** Resolves the session cookie to `req.actor` (or null) before any policy runs. */
export function installSessionHook(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req, reply) => {
    req.actor = null;
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token || token.length > 100) return;
    const { db, clock, config } = app.deps;
    const found = await resolveSession(db, token, clock.now());
    if (!found) return;
    req.actor = found.actor;
    if (found.renewed) setSessionCookie(reply, config, token, found.actor.sessionExpiresAt);
  });
}
