import { meView, okView, resetCompleteInput, resetRequestInput, signInInput } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { audit } from '../audit/audit.ts';
import { actorOf, auditContext } from '../http/context.ts';
import { anyone, signedIn } from '../policy/policies.ts';
import { completePasswordReset, requestPasswordReset } from './password-reset.ts';
import { presentMe } from './present.ts';
import { clearSessionCookie, endAllSessions, endSession, setSessionCookie } from './sessions.ts';
import { forgetAllPushDevices } from '../features/push/service.ts';
import { signIn } from './sign-in.ts';
import { findPractice, findUserById } from './users.ts';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config, mailer } = app.deps;

  app.post(
    '/api/auth/sign-in',
    { config: { policy: anyone }, schema: { body: signInInput, response: { 200: meView } } },
    async (req, reply) => {
      const result = await signIn({ db, ctx: auditContext(req), input: req.body, userAgent: req.headers['user-agent'] ?? null });
      setSessionCookie(reply, config, result.token, result.expiresAt);
      return result.me;
    },
  );

  app.post('/api/auth/sign-out', { config: { policy: signedIn }, schema: { response: { 200: okView } } }, async (req, reply) => {
    const actor = actorOf(req);
    await endSession(db, actor.sessionId);
    await audit(db, auditContext(req), { action: 'auth.sign_out' });
    clearSessionCookie(reply, config);
    return { ok: true as const };
  });

  app.post('/api/auth/sign-out-all', { config: { policy: signedIn }, schema: { response: { 200: okView } } }, async (req, reply) => {
    const actor = actorOf(req);
    await endAllSessions(db, actor.userId);
    const pushDevices = await forgetAllPushDevices(db, actor.userId);
    await audit(db, auditContext(req), { action: 'auth.sign_out_all', ...(pushDevices > 0 ? { detail: { pushDevicesRemoved: pushDevices } } : {}) });
    clearSessionCookie(reply, config);
    return { ok: true as const };
  });

  app.get('/api/me', { config: { policy: signedIn }, schema: { response: { 200: meView } } }, async (req) => {
    const actor = actorOf(req);
    const user = await findUserById(db, actor.userId);
    if (!user) throw new Error('session user vanished');
    return presentMe(user, await findPractice(db, user.practice_id), actor.sessionExpiresAt);
  });

  app.post(
    '/api/auth/password-reset/request',
    { config: { policy: anyone }, schema: { body: resetRequestInput, response: { 202: okView } } },
    async (req, reply) => {
      await requestPasswordReset({
        db,
        config,
        mailer,
        ctx: auditContext(req),
        email: req.body.email,
        log: (err) => req.log.error({ err }, 'password reset mail failed'),
      });
      return reply.status(202).send({ ok: true as const });
    },
  );

  app.post(
    '/api/auth/password-reset/complete',
    { config: { policy: anyone }, schema: { body: resetCompleteInput, response: { 200: okView } } },
    async (req) => {
      await completePasswordReset({ db, ctx: auditContext(req), token: req.body.token, password: req.body.password });
      return { ok: true as const };
    },
  );
};
