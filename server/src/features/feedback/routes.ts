import { appointmentView, clientFeedbackView, feedbackInput, feedbackView } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { clientData } from '../../policy/client-access.ts';
import { clientRole } from '../../policy/policies.ts';
import { clientFeedback, pendingFeedback, sendFeedback } from './service.ts';

/** Session feedback: the client answers after a session; the care team reads the answers and the trend. */
export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;

  app.get('/api/me/feedback/pending', { config: { policy: clientRole }, schema: { response: { 200: z.object({ appointment: appointmentView.nullable() }) } } }, async (req) => ({
    appointment: await pendingFeedback(db, actorOf(req).userId, clock.now()),
  }));

  app.post('/api/me/feedback', { config: { policy: clientRole }, schema: { body: feedbackInput, response: { 201: feedbackView } } }, async (req, reply) =>
    reply.status(201).send(await sendFeedback({ db, ctx: auditContext(req), clientId: actorOf(req).userId, input: req.body })),
  );

  app.get(
    '/api/clients/:clientId/feedback',
    { config: { policy: clientData('team') }, schema: { params: z.strictObject({ clientId: z.string().max(64) }), response: { 200: clientFeedbackView } } },
    async (req) => clientFeedback({ db, ctx: auditContext(req), clientId: req.params.clientId }),
  );
};
