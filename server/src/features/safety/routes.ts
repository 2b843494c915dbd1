import {
  acknowledgeAlertInput,
  alertView,
  crisisInstructionsSchema,
  crisisLineView,
  crisisSettingsSchema,
  crisisView,
  safetyPlanSaveSchema,
  safetyPlanVersionView,
  safetyPlanView,
} from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { clientData, clientThing } from '../../policy/client-access.ts';
import { admin, clientRole, therapist } from '../../policy/policies.ts';
import { acknowledgeAlert, clientAlerts, listAlerts } from './alerts.ts';
import { clientCrisis, crisisInstructions, crisisSettings, saveCrisisInstructions, saveCrisisSettings } from './crisis.ts';
import { planVersions, readPlan, savePlan } from './safety-plan.ts';

const id = z.string().max(64);
// Response shapes carry no defaults or transforms (they would run on the way out).
const settingsView = z.object({ country: z.string(), lines: z.array(crisisLineView) });
const instructionsView = z.object({ text: z.string() });

export const safetyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const clientParams = z.strictObject({ clientId: id });
  const alerts = { 200: z.object({ alerts: z.array(alertView) }) };

  app.get(
    '/api/alerts',
    { config: { policy: therapist }, schema: { querystring: z.strictObject({ status: z.enum(['open', 'all']).default('open') }), response: alerts } },
    async (req) => ({ alerts: await listAlerts({ db, ctx: auditContext(req), actor: actorOf(req), status: req.query.status }) }),
  );

  app.get('/api/clients/:clientId/alerts', { config: { policy: clientData('team') }, schema: { params: clientParams, response: alerts } }, async (req) => ({
    alerts: await clientAlerts({ db, ctx: auditContext(req), clientId: req.params.clientId }),
  }));

  app.post(
    '/api/alerts/:alertId/acknowledge',
    { config: { policy: clientThing('safety_alerts', 'alertId', 'team') }, schema: { params: z.strictObject({ alertId: id }), body: acknowledgeAlertInput, response: { 200: alertView } } },
    async (req) => acknowledgeAlert({ db, ctx: auditContext(req), actor: actorOf(req), alertId: req.params.alertId, note: req.body.note }),
  );

  app.get('/api/clients/:clientId/safety-plan', { config: { policy: clientData() }, schema: { params: clientParams, response: { 200: safetyPlanView } } }, async (req) =>
    readPlan({ db, ctx: auditContext(req), clientId: req.params.clientId }),
  );

  app.put(
    '/api/clients/:clientId/safety-plan',
    { config: { policy: clientData() }, schema: { params: clientParams, body: safetyPlanSaveSchema, response: { 200: safetyPlanView } } },
    async (req) => savePlan({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId, ...req.body }),
  );

  app.get(
    '/api/clients/:clientId/safety-plan/versions',
    { config: { policy: clientData() }, schema: { params: clientParams, response: { 200: z.object({ versions: z.array(safetyPlanVersionView) }) } } },
    async (req) => ({ versions: await planVersions({ db, ctx: auditContext(req), clientId: req.params.clientId }) }),
  );

  app.get('/api/me/crisis', { config: { policy: clientRole }, schema: { response: { 200: crisisView } } }, async (req) => clientCrisis({ db, actor: actorOf(req) }));

  app.get('/api/practice/crisis-lines', { config: { policy: therapist }, schema: { response: { 200: settingsView } } }, async (req) => crisisSettings(db, actorOf(req).practiceId));

  app.put('/api/practice/crisis-lines', { config: { policy: admin }, schema: { body: crisisSettingsSchema, response: { 200: settingsView } } }, async (req) =>
    saveCrisisSettings({ db, ctx: auditContext(req), actor: actorOf(req), settings: req.body }),
  );

  app.get('/api/account/crisis-instructions', { config: { policy: therapist }, schema: { response: { 200: instructionsView } } }, async (req) => crisisInstructions(db, actorOf(req).userId));

  app.put(
    '/api/account/crisis-instructions',
    { config: { policy: therapist }, schema: { body: crisisInstructionsSchema, response: { 200: instructionsView } } },
    async (req) => saveCrisisInstructions({ db, ctx: auditContext(req), actor: actorOf(req), text: req.body.text }),
  );
};
