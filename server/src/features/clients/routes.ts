import { clientDetail, clientListItem } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { clientData } from '../../policy/client-access.ts';
import { careTeamManager, therapist } from '../../policy/policies.ts';
import { addToCareTeam, getClient, listClients, removeFromCareTeam } from './service.ts';

const clientParams = z.strictObject({ clientId: z.string().max(64) });
const memberParams = z.strictObject({ clientId: z.string().max(64), therapistId: z.string().max(64) });
const addBody = z.strictObject({ therapistId: z.string({ error: 'therapistId is required' }).min(1).max(64) });

export const clientRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get(
    '/api/clients',
    { config: { policy: therapist }, schema: { response: { 200: z.object({ clients: z.array(clientListItem) }) } } },
    async (req) => ({ clients: await listClients({ db, ctx: auditContext(req), actor: actorOf(req) }) }),
  );

  app.get(
    '/api/clients/:clientId',
    { config: { policy: clientData() }, schema: { params: clientParams, response: { 200: clientDetail } } },
    async (req) => getClient({ db, ctx: auditContext(req), clientId: req.params.clientId }),
  );

  app.post(
    '/api/clients/:clientId/care-team',
    { config: { policy: careTeamManager() }, schema: { params: clientParams, body: addBody, response: { 200: clientDetail } } },
    async (req) => addToCareTeam({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId, therapistId: req.body.therapistId }),
  );

  app.delete(
    '/api/clients/:clientId/care-team/:therapistId',
    {
      config: { policy: careTeamManager() },
      schema: { params: memberParams, response: { 200: z.object({ client: clientDetail.nullable() }) } },
    },
    async (req) => ({
      client: await removeFromCareTeam({ db, ctx: auditContext(req), actor: actorOf(req), ...req.params }),
    }),
  );
};
