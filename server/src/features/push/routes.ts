import { pushPublicKeyView, pushSubscriptionInput, pushUnsubscribeInput } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { signedIn } from '../../policy/policies.ts';
import { subscribePush, unsubscribePush } from './service.ts';
import { vapidKeys } from './vapid.ts';

// Web push: each person manages their own browsers' subscriptions. The services only touch
// the caller's rows, so someone else's endpoint answers 404.
export const pushRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;

  // The VAPID public key the browser needs to subscribe (applicationServerKey).
  app.get('/api/push/public-key', { config: { policy: signedIn }, schema: { response: { 200: pushPublicKeyView } } }, async () => ({
    publicKey: (await vapidKeys(db)).publicKey,
  }));

  app.post(
    '/api/push/subscriptions',
    { config: { policy: signedIn }, schema: { body: pushSubscriptionInput, response: { 201: z.object({ id: z.string() }) } } },
    async (req, reply) => {
      const saved = await subscribePush({ db, ctx: auditContext(req), actor: actorOf(req), input: req.body, allow: config.pushEndpointAllow });
      return reply.code(201).send(saved);
    },
  );

  app.delete(
    '/api/push/subscriptions',
    { config: { policy: signedIn }, schema: { body: pushUnsubscribeInput, response: { 200: z.object({ ok: z.literal(true) }) } } },
    async (req) => {
      await unsubscribePush({ db, ctx: auditContext(req), actor: actorOf(req), endpoint: req.body.endpoint });
      return { ok: true as const };
    },
  );
};
