import { nudgeInput, nudgeView } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { clientData } from '../../policy/client-access.ts';
import { NudgeTooSoon, nudgeClient, nudgeStatus } from './nudge.ts';

const clientParams = z.strictObject({ clientId: z.string().max(64) });

export const reminderRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, dialect, clock } = app.deps;

  app.get(
    '/api/clients/:clientId/nudge',
    { config: { policy: clientData('team') }, schema: { params: clientParams, response: { 200: z.object({ lastAt: z.string().nullable(), nextAllowedAt: z.string(), allowed: z.boolean() }) } } },
    async (req) => nudgeStatus(db, req.params.clientId, clock.now()),
  );

  app.post(
    '/api/clients/:clientId/nudge',
    { config: { policy: clientData('team') }, schema: { params: clientParams, body: nudgeInput, response: { 201: nudgeView } } },
    async (req, reply) => {
      try {
        return reply.status(201).send(await nudgeClient({ db, dialect, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId, message: req.body.message }));
      } catch (err) {
        if (err instanceof NudgeTooSoon) void reply.header('retry-after', String(err.retryAfterSeconds));
        throw err;
      }
    },
  );
};
