import { addDays, auditPage, auditQuery, zonedTimeToUtc } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditContext } from '../http/context.ts';
import { admin } from '../policy/policies.ts';
import { audit } from './audit.ts';
import { readAuditPage } from './read.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get('/api/audit', { config: { policy: admin }, schema: { querystring: auditQuery, response: { 200: auditPage } } }, async (req) => {
    const actor = actorOf(req);
    const q = req.query;
    // Dates are the admin's own calendar days, turned into UTC instants here.
    const from = q.from ? zonedTimeToUtc(q.from, '00:00', actor.timeZone).toISOString() : undefined;
    const to = q.to ? zonedTimeToUtc(addDays(q.to, 1), '00:00', actor.timeZone).toISOString() : undefined;
    const page = await readAuditPage(db, { practiceId: actor.practiceId, clientId: q.clientId, from, to, before: q.before, limit: q.limit });
    await audit(db, auditContext(req), { action: 'audit.viewed', clientId: q.clientId ?? null });
    return page;
  });
};
