import { appointmentCancelInput, appointmentChangeInput, appointmentInput, appointmentView } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { clientData, clientThing } from '../../policy/client-access.ts';
import { clientRole } from '../../policy/policies.ts';
import { bookAppointments, cancelAppointment, listAppointments, nextAppointment, rescheduleAppointment } from './service.ts';

const id = z.string().max(64);
const list = { 200: z.object({ appointments: z.array(appointmentView) }) };

export const appointmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;
  const clientParams = z.strictObject({ clientId: id });
  const one = clientThing('appointments', 'appointmentId', 'team');
  const params = z.strictObject({ appointmentId: id });

  app.get(
    '/api/clients/:clientId/appointments',
    { config: { policy: clientData() }, schema: { params: clientParams, querystring: z.strictObject({ from: z.iso.datetime({ error: 'from must be an ISO instant' }).optional() }), response: list } },
    async (req) => {
      // By default: from 90 days back, so the recent past shows beside what is coming.
      const from = req.query.from ?? new Date(clock.now().getTime() - 90 * 86_400_000).toISOString();
      return { appointments: await listAppointments({ db, ctx: auditContext(req), clientId: req.params.clientId, from }) };
    },
  );

  app.post(
    '/api/clients/:clientId/appointments',
    { config: { policy: clientData('team') }, schema: { params: clientParams, body: appointmentInput, response: { 201: z.object({ appointments: z.array(appointmentView) }) } } },
    async (req, reply) =>
      reply.status(201).send({ appointments: await bookAppointments({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId, input: req.body }) }),
  );

  app.put(
    '/api/appointments/:appointmentId',
    { config: { policy: one }, schema: { params, body: appointmentChangeInput, response: { 200: appointmentView } } },
    async (req) => rescheduleAppointment({ db, ctx: auditContext(req), id: req.params.appointmentId, input: req.body }),
  );

  app.post(
    '/api/appointments/:appointmentId/cancel',
    { config: { policy: one }, schema: { params, body: appointmentCancelInput, response: list } },
    async (req) => ({ appointments: await cancelAppointment({ db, ctx: auditContext(req), id: req.params.appointmentId, scope: req.body.scope }) }),
  );

  app.get('/api/me/next-appointment', { config: { policy: clientRole }, schema: { response: { 200: z.object({ appointment: appointmentView.nullable() }) } } }, async (req) => ({
    appointment: await nextAppointment(db, actorOf(req).userId, clock.now()),
  }));
};
