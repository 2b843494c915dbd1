import { emailBounceView } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { signedIn } from '../../policy/policies.ts';
import { clearEmailBounce, emailBounce } from './service.ts';

// A person sees and clears only their own bounce.
export const emailBounceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get('/api/account/email-bounce', { config: { policy: signedIn }, schema: { response: { 200: emailBounceView } } }, async (req) => emailBounce(db, actorOf(req).userId));

  app.delete('/api/account/email-bounce', { config: { policy: signedIn }, schema: { response: { 200: z.object({ ok: z.literal(true) }) } } }, async (req) => {
    await clearEmailBounce({ db, ctx: auditContext(req), actor: actorOf(req) });
    return { ok: true as const };
  });
};
