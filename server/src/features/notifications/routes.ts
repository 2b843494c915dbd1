import { notificationListView, notificationPreferencesInput, notificationPreferencesView } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { signedIn } from '../../policy/policies.ts';
import { replanClient } from '../reminders/planner.ts';
import { listNotifications, markAllNotificationsRead, markNotificationRead, notificationPreferences, saveNotificationPreferences } from './service.ts';

const ok = { 200: z.object({ ok: z.literal(true) }) };

// Everyone has their own notifications and preferences; the services only ever read the
// caller's rows, so someone else's notification id answers 404.
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;

  app.get('/api/notifications', { config: { policy: signedIn }, schema: { response: { 200: notificationListView } } }, async (req) => listNotifications(db, actorOf(req).userId));

  app.post(
    '/api/notifications/:id/read',
    { config: { policy: signedIn }, schema: { params: z.strictObject({ id: z.string().max(64) }), response: ok } },
    async (req) => {
      await markNotificationRead(db, actorOf(req).userId, req.params.id, clock.now());
      return { ok: true as const };
    },
  );

  app.post('/api/notifications/read-all', { config: { policy: signedIn }, schema: { response: ok } }, async (req) => {
    await markAllNotificationsRead(db, actorOf(req).userId, clock.now());
    return { ok: true as const };
  });

  app.get('/api/account/notification-preferences', { config: { policy: signedIn }, schema: { response: { 200: notificationPreferencesView } } }, async (req) =>
    notificationPreferences(db, actorOf(req).userId),
  );

  app.put(
    '/api/account/notification-preferences',
    { config: { policy: signedIn }, schema: { body: notificationPreferencesInput, response: { 200: notificationPreferencesView } } },
    async (req) => saveNotificationPreferences({ db, ctx: auditContext(req), actor: actorOf(req), input: req.body, replan: replanClient }),
  );
};
