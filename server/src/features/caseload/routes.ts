import { caseloadView } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { therapist } from '../../policy/policies.ts';
import { caseload } from './service.ts';

export const caseloadRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  app.get('/api/caseload', { config: { policy: therapist }, schema: { response: { 200: caseloadView } } }, async (req) =>
    caseload({ db, ctx: auditContext(req), actor: actorOf(req) }),
  );
};
