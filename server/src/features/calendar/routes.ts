import { calendarFeedCreated, calendarFeedStatus as statusView } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../errors.ts';
import { actorOf, auditContext } from '../../http/context.ts';
import { anyone, signedIn } from '../../policy/policies.ts';
import { calendarFeedStatus, createCalendarFeed, feedOwner, revokeCalendarFeed } from './feeds.ts';
import { buildFeed } from './ics.ts';

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock, config } = app.deps;

  app.get('/api/account/calendar-feed', { config: { policy: signedIn }, schema: { response: { 200: statusView } } }, async (req) => calendarFeedStatus(db, actorOf(req).userId));

  app.post('/api/account/calendar-feed', { config: { policy: signedIn }, schema: { response: { 201: calendarFeedCreated } } }, async (req, reply) =>
    reply.status(201).send(await createCalendarFeed({ db, ctx: auditContext(req), actor: actorOf(req), publicUrl: config.publicUrl })),
  );

  app.delete('/api/account/calendar-feed', { config: { policy: signedIn }, schema: { response: { 200: z.object({ ok: z.literal(true) }) } } }, async (req) => {
    await revokeCalendarFeed({ db, ctx: auditContext(req), actor: actorOf(req) });
    return { ok: true as const };
  });

  // Public on purpose: calendar apps fetch it without a session. The secret token in the path
  // is the access; an unknown, replaced or stopped token answers 404 like any missing page.
  app.get('/api/calendar/:token.ics', { config: { policy: anyone }, schema: { params: z.strictObject({ token: z.string().max(128) }) } }, async (req, reply) => {
    const owner = await feedOwner(db, req.params.token);
    if (!owner) throw notFound('calendar');
    const body = await buildFeed(db, owner, clock.now(), config.publicUrl);
    return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, no-store').send(body);
  });
};
