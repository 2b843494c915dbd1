import { accountUpdateInput, meView, okView, passwordChangeInput } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContext } from '../http/context.ts';
import { signedIn } from '../policy/policies.ts';
import { changePassword, updateAccount } from './account.ts';
import { presentMe } from './present.ts';
import { findPractice, findUserById } from './users.ts';

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.patch('/api/account', { config: { policy: signedIn }, schema: { body: accountUpdateInput, response: { 200: meView } } }, async (req) => {
    const actor = actorOf(req);
    await updateAccount({ db, ctx: auditContext(req), actor, input: req.body });
    const user = await findUserById(db, actor.userId);
    if (!user) throw new Error('session user vanished');
    return presentMe(user, await findPractice(db, user.practice_id), actor.sessionExpiresAt);
  });

  app.post(
    '/api/account/password',
    { config: { policy: signedIn }, schema: { body: passwordChangeInput, response: { 200: okView } } },
    async (req) => {
      const actor = actorOf(req);
      await changePassword({ db, ctx: auditContext(req), actor, ...req.body });
      return { ok: true as const };
    },
  );
};
