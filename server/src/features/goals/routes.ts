import { goalEditSchema, goalFieldsSchema, goalView, textError } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { clientData, clientThing } from '../../policy/client-access.ts';
import { acceptProposal, declineProposal, getGoal, listGoals, proposeEdit, proposeGoal, setGoalStatus } from './service.ts';
import { addStep, deleteStep, rateGoal, updateStep } from './steps.ts';

const id = z.string().max(64);
const note = z.string(textError('note')).trim().max(1000, { error: 'note must be at most 1000 characters' }).default('');
const stepTitle = z.string(textError('title')).trim().min(1, { error: 'title is required' }).max(200, { error: 'title must be at most 200 characters' });

export const goalRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const goal = clientThing('goals', 'goalId');
  const goalParams = z.strictObject({ goalId: id });
  const proposalParams = z.strictObject({ goalId: id, proposalId: id });
  const stepParams = z.strictObject({ goalId: id, stepId: id });
  const one = { 200: goalView };

  app.get(
    '/api/clients/:clientId/goals',
    { config: { policy: clientData() }, schema: { params: z.strictObject({ clientId: id }), response: { 200: z.object({ goals: z.array(goalView) }) } } },
    async (req) => ({ goals: await listGoals({ db, ctx: auditContext(req), clientId: req.params.clientId }) }),
  );

  app.post(
    '/api/clients/:clientId/goals',
    {
      config: { policy: clientData() },
      schema: { params: z.strictObject({ clientId: id }), body: z.strictObject({ fields: goalFieldsSchema, note }), response: { 201: goalView } },
    },
    async (req, reply) =>
      reply.status(201).send(await proposeGoal({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId, ...req.body })),
  );

  app.get('/api/goals/:goalId', { config: { policy: goal }, schema: { params: goalParams, response: one } }, async (req) =>
    getGoal({ db, ctx: auditContext(req), goalId: req.params.goalId }),
  );

  app.post(
    '/api/goals/:goalId/proposals',
    { config: { policy: goal }, schema: { params: goalParams, body: z.strictObject({ changes: goalEditSchema, note }), response: { 201: goalView } } },
    async (req, reply) => reply.status(201).send(await proposeEdit({ db, ctx: auditContext(req), actor: actorOf(req), goalId: req.params.goalId, ...req.body })),
  );

  app.post(
    '/api/goals/:goalId/proposals/:proposalId/accept',
    { config: { policy: goal }, schema: { params: proposalParams, body: z.strictObject({ note }).default({ note: '' }), response: one } },
    async (req) => acceptProposal({ db, ctx: auditContext(req), actor: actorOf(req), ...req.params, note: req.body.note }),
  );

  app.post(
    '/api/goals/:goalId/proposals/:proposalId/decline',
    { config: { policy: goal }, schema: { params: proposalParams, body: z.strictObject({ note }).default({ note: '' }), response: one } },
    async (req) => declineProposal({ db, ctx: auditContext(req), actor: actorOf(req), ...req.params, note: req.body.note }),
  );

  app.post(
    '/api/goals/:goalId/status',
    {
      config: { policy: goal },
      schema: {
        params: goalParams,
        body: z.strictObject({ status: z.enum(['active', 'on_hold', 'achieved', 'let_go'], { error: 'status must be active, on_hold, achieved or let_go' }) }),
        response: one,
      },
    },
    async (req) => setGoalStatus({ db, ctx: auditContext(req), goalId: req.params.goalId, status: req.body.status }),
  );

  app.post(
    '/api/goals/:goalId/steps',
    { config: { policy: goal }, schema: { params: goalParams, body: z.strictObject({ title: stepTitle }), response: { 201: goalView } } },
    async (req, reply) => reply.status(201).send(await addStep({ db, ctx: auditContext(req), actor: actorOf(req), goalId: req.params.goalId, title: req.body.title })),
  );

  app.patch(
    '/api/goals/:goalId/steps/:stepId',
    {
      config: { policy: goal },
      schema: {
        params: stepParams,
        body: z.strictObject({ title: stepTitle.optional(), done: z.boolean().optional(), position: z.number().int().optional() }),
        response: one,
      },
    },
    async (req) => updateStep({ db, ctx: auditContext(req), actor: actorOf(req), ...req.params, ...req.body }),
  );

  app.delete('/api/goals/:goalId/steps/:stepId', { config: { policy: goal }, schema: { params: stepParams, response: one } }, async (req) =>
    deleteStep({ db, ctx: auditContext(req), actor: actorOf(req), ...req.params }),
  );

  app.post(
    '/api/goals/:goalId/gas-ratings',
    {
      config: { policy: goal },
      schema: {
        params: goalParams,
        body: z.strictObject({ level: z.number({ error: 'level must be a number from -2 to 2' }).int().min(-2).max(2), note }),
        response: { 201: goalView },
      },
    },
    async (req, reply) => reply.status(201).send(await rateGoal({ db, ctx: auditContext(req), actor: actorOf(req), goalId: req.params.goalId, ...req.body })),
  );
};
