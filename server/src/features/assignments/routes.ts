import {
  actionStepsInput,
  adherenceView,
  assignmentDetail,
  assignmentInput,
  assignmentView,
  checkInInput,
  checkInView,
  encouragementInput,
  encouragementView,
  okView,
  reviewInput,
  todayView,
} from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { clientData, clientThing } from '../../policy/client-access.ts';
import { clientRole } from '../../policy/policies.ts';
import { recordCheckIn } from './check-ins.ts';
import { markEncouragementSeen, sendEncouragement } from './encouragements.ts';
import { reviewAssignment } from './reviews.ts';
import { clientToday, confirmAssignment, createAssignment, getAssignment, listAssignments } from './service.ts';
import { presentAssignments } from './present.ts';
import { loadAssignments } from './store.ts';
import { todayFor } from './today.ts';

const id = z.string().max(64);
const clientParams = z.strictObject({ clientId: id });
const assignmentParams = z.strictObject({ assignmentId: id });

export const assignmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get(
    '/api/clients/:clientId/assignments',
    {
      config: { policy: clientData() },
      schema: {
        params: clientParams,
        querystring: z.strictObject({ status: z.enum(['active', 'completed', 'awaiting_confirmation']).optional() }),
        response: { 200: z.object({ assignments: z.array(assignmentView), overall: adherenceView }) },
      },
    },
    async (req) => listAssignments({ db, ctx: auditContext(req), clientId: req.params.clientId, status: req.query.status }),
  );

  app.post(
    '/api/clients/:clientId/assignments',
    { config: { policy: clientData() }, schema: { params: clientParams, body: assignmentInput, response: { 201: assignmentDetail } } },
    async (req, reply) => {
      const ctx = auditContext(req);
      const assignmentId = await createAssignment({ db, ctx, actor: actorOf(req), clientId: req.params.clientId, input: req.body });
      return reply.status(201).send(await getAssignment({ db, ctx, assignmentId }));
    },
  );

  app.post(
    '/api/clients/:clientId/action-steps',
    {
      config: { policy: clientData('team') },
      schema: { params: clientParams, body: actionStepsInput, response: { 201: z.object({ assignments: z.array(assignmentView) }) } },
    },
    async (req, reply) => {
      const ctx = auditContext(req);
      const actor = actorOf(req);
      const { clientId } = req.params;
      // All or nothing: one bad step saves none.
      const ids = await db.transaction().execute(async (trx) => {
        const made: string[] = [];
        for (const step of req.body.steps) {
          const input = assignmentInput.parse({
            kind: step.schedule.kind === 'once' ? 'one_off' : 'practice',
            title: step.title,
            schedule: step.schedule,
            ifThen: step.ifThen,
            goalId: step.goalId,
            stepId: step.stepId,
          });
          made.push(await createAssignment({ db: trx, ctx, actor, clientId, input, status: 'awaiting_confirmation' }));
        }
        return made;
      });
      const loaded = await loadAssignments(db, { clientId, status: 'awaiting_confirmation' });
      const views = presentAssignments(loaded, await clientToday(db, clientId, ctx.now)).filter((a) => ids.includes(a.id));
      return reply.status(201).send({ assignments: views });
    },
  );

  app.get(
    '/api/assignments/:assignmentId',
    { config: { policy: clientThing('assignments', 'assignmentId') }, schema: { params: assignmentParams, response: { 200: assignmentDetail } } },
    async (req) => getAssignment({ db, ctx: auditContext(req), assignmentId: req.params.assignmentId }),
  );

  app.post(
    '/api/assignments/:assignmentId/confirm',
    { config: { policy: clientThing('assignments', 'assignmentId', 'client') }, schema: { params: assignmentParams, response: { 200: assignmentDetail } } },
    async (req) => confirmAssignment({ db, ctx: auditContext(req), assignmentId: req.params.assignmentId }),
  );

  app.post(
    '/api/assignments/:assignmentId/check-ins',
    {
      config: { policy: clientThing('assignments', 'assignmentId', 'client') },
      schema: { params: assignmentParams, body: checkInInput, response: { 200: z.object({ checkIn: checkInView, suggestSmaller: z.boolean() }) } },
    },
    async (req) => recordCheckIn({ db, ctx: auditContext(req), assignmentId: req.params.assignmentId, input: req.body }),
  );

  app.post(
    '/api/assignments/:assignmentId/reviews',
    { config: { policy: clientThing('assignments', 'assignmentId', 'team') }, schema: { params: assignmentParams, body: reviewInput, response: { 200: assignmentDetail } } },
    async (req) => reviewAssignment({ db, ctx: auditContext(req), actor: actorOf(req), assignmentId: req.params.assignmentId, ...req.body }),
  );

  app.get('/api/today', { config: { policy: clientRole }, schema: { response: { 200: todayView } } }, async (req) =>
    todayFor({ db, ctx: auditContext(req), clientId: actorOf(req).userId }),
  );

  app.post(
    '/api/clients/:clientId/encouragements',
    { config: { policy: clientData('team') }, schema: { params: clientParams, body: encouragementInput, response: { 201: encouragementView } } },
    async (req, reply) =>
      reply.status(201).send(await sendEncouragement({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId, input: req.body })),
  );

  app.post(
    '/api/encouragements/:encouragementId/seen',
    { config: { policy: clientThing('encouragements', 'encouragementId', 'client') }, schema: { params: z.strictObject({ encouragementId: id }), response: { 200: okView } } },
    async (req) => {
      await markEncouragementSeen({ db, ctx: auditContext(req), encouragementId: req.params.encouragementId });
      return { ok: true as const };
    },
  );
};
