import { summaryView } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditContext } from '../../http/context.ts';
import { clientData } from '../../policy/client-access.ts';
import { preSessionSummary } from './service.ts';

export const summaryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  app.get(
    '/api/clients/:clientId/summary',
    { config: { policy: clientData('team') }, schema: { params: z.strictObject({ clientId: z.string().max(64) }), response: { 200: summaryView } } },
    async (req) => preSessionSummary({ db, ctx: auditContext(req), clientId: req.params.clientId }),
  );
};
