import { agendaItemInput, agendaItemView, agendaView, okView } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { agendaItem } from '../../policy/agenda.ts';
import { clientData } from '../../policy/client-access.ts';
import { addAgendaItem, deleteAgendaItem, listAgenda, markDiscussed } from './service.ts';

const id = z.string().max(64);

/** "For my next session": the client's agenda, which the care team reads and marks discussed. */
export const agendaRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const clientParams = z.strictObject({ clientId: id });
  const itemParams = z.strictObject({ itemId: id });

  app.get('/api/clients/:clientId/agenda', { config: { policy: clientData() }, schema: { params: clientParams, response: { 200: agendaView } } }, async (req) =>
    listAgenda({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId }),
  );

  app.post(
    '/api/clients/:clientId/agenda',
    { config: { policy: clientData() }, schema: { params: clientParams, body: agendaItemInput, response: { 201: agendaItemView } } },
    async (req, reply) => reply.status(201).send(await addAgendaItem({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId, input: req.body })),
  );

  app.post(
    '/api/agenda/:itemId/discussed',
    { config: { policy: agendaItem('team') }, schema: { params: itemParams, response: { 200: agendaItemView } } },
    async (req) => markDiscussed({ db, ctx: auditContext(req), actor: actorOf(req), itemId: req.params.itemId }),
  );

  app.delete('/api/agenda/:itemId', { config: { policy: agendaItem('client') }, schema: { params: itemParams, response: { 200: okView } } }, async (req) => {
    await deleteAgendaItem({ db, ctx: auditContext(req), actor: actorOf(req), itemId: req.params.itemId });
    return { ok: true as const };
  });
};
