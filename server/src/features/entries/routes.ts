import {
  entryEditInput,
  entryInput,
  entryQuery,
  entryView,
  insightsQuery,
  insightsView,
  monitoringSettingsInput,
  monitoringSettingsView,
  okView,
  trackerInput,
  trackerView,
} from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { clientData, clientThing } from '../../policy/client-access.ts';
import { clientRole } from '../../policy/policies.ts';
import { insightsFor } from './insights.ts';
import { createEntry, deleteEntry, editEntry, listEntries } from './service.ts';
import { readSettings, saveSettings } from './settings.ts';
import { archiveTracker, createTracker, readTrackers } from './trackers.ts';

const id = z.string().max(64);

export const entryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.post('/api/entries', { config: { policy: clientRole }, schema: { body: entryInput, response: { 200: entryView, 201: entryView } } }, async (req, reply) => {
    const { entry, created } = await createEntry({ db, ctx: auditContext(req), actor: actorOf(req), input: req.body });
    // 200 for a replay of an entry already saved under the same idempotency key.
    return reply.status(created ? 201 : 200).send(entry);
  });

  app.get(
    '/api/clients/:clientId/entries',
    { config: { policy: clientData() }, schema: { params: z.strictObject({ clientId: id }), querystring: entryQuery, response: { 200: z.object({ entries: z.array(entryView) }) } } },
    async (req) => ({ entries: await listEntries({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId, ...req.query }) }),
  );

  app.patch(
    '/api/entries/:entryId',
    { config: { policy: clientThing('entries', 'entryId', 'client') }, schema: { params: z.strictObject({ entryId: id }), body: entryEditInput, response: { 200: entryView } } },
    async (req) => editEntry({ db, ctx: auditContext(req), entryId: req.params.entryId, ...req.body }),
  );

  app.delete(
    '/api/entries/:entryId',
    { config: { policy: clientThing('entries', 'entryId', 'client') }, schema: { params: z.strictObject({ entryId: id }), response: { 200: okView } } },
    async (req) => {
      await deleteEntry({ db, ctx: auditContext(req), entryId: req.params.entryId });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/clients/:clientId/trackers',
    { config: { policy: clientData() }, schema: { params: z.strictObject({ clientId: id }), response: { 200: z.object({ trackers: z.array(trackerView) }) } } },
    async (req) => ({ trackers: await readTrackers({ db, ctx: auditContext(req), clientId: req.params.clientId }) }),
  );

  app.post(
    '/api/clients/:clientId/trackers',
    { config: { policy: clientData() }, schema: { params: z.strictObject({ clientId: id }), body: trackerInput, response: { 201: trackerView } } },
    async (req, reply) => reply.status(201).send(await createTracker({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId, input: req.body })),
  );

  app.post(
    '/api/trackers/:trackerId/archive',
    { config: { policy: clientThing('trackers', 'trackerId') }, schema: { params: z.strictObject({ trackerId: id }), response: { 200: okView } } },
    async (req) => {
      await archiveTracker({ db, ctx: auditContext(req), trackerId: req.params.trackerId });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/clients/:clientId/insights',
    { config: { policy: clientData() }, schema: { params: z.strictObject({ clientId: id }), querystring: insightsQuery, response: { 200: insightsView } } },
    async (req) => insightsFor({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId, range: req.query.range }),
  );

  const settingsParams = z.strictObject({ clientId: id });
  app.get(
    '/api/clients/:clientId/monitoring-settings',
    { config: { policy: clientData() }, schema: { params: settingsParams, response: { 200: monitoringSettingsView } } },
    async (req) => readSettings({ db, ctx: auditContext(req), clientId: req.params.clientId }),
  );

  app.put(
    '/api/clients/:clientId/monitoring-settings',
    { config: { policy: clientData() }, schema: { params: settingsParams, body: monitoringSettingsInput, response: { 200: monitoringSettingsView } } },
    async (req) => saveSettings({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId, input: req.body }),
  );
};
