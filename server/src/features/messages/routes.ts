import { inboxItemView, messageInput, messageView, messagingStatusView, replyTimeInput, threadView, unreadCountView } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { clientData } from '../../policy/client-access.ts';
import { clientRole, therapist } from '../../policy/policies.ts';
import { clientUnreadCount, listInbox, teamUnreadCount } from './inbox.ts';
import { readThread, sendMessage } from './service.ts';
import { replyTime, saveReplyTime, setMessagingPaused } from './settings.ts';

const id = z.string().max(64);
const replyTimeView = z.object({ text: z.string() });

export const messageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const params = z.strictObject({ clientId: id });

  app.get('/api/clients/:clientId/messages', { config: { policy: clientData() }, schema: { params, response: { 200: threadView } } }, async (req) =>
    readThread({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId }),
  );

  app.post(
    '/api/clients/:clientId/messages',
    { config: { policy: clientData() }, schema: { params, body: messageInput, response: { 201: messageView } } },
    async (req, reply) => reply.status(201).send(await sendMessage({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId, body: req.body.body })),
  );

  for (const [action, paused] of [['pause', true], ['resume', false]] as const) {
    app.post(
      `/api/clients/:clientId/messaging/${action}`,
      { config: { policy: clientData('team') }, schema: { params, response: { 200: messagingStatusView } } },
      async (req) => setMessagingPaused({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId, paused }),
    );
  }

  app.get('/api/messages/inbox', { config: { policy: therapist }, schema: { response: { 200: z.object({ clients: z.array(inboxItemView) }) } } }, async (req) => ({
    clients: await listInbox({ db, ctx: auditContext(req), actor: actorOf(req) }),
  }));

  app.get('/api/messages/unread', { config: { policy: therapist }, schema: { response: { 200: unreadCountView } } }, async (req) => ({
    count: await teamUnreadCount(db, actorOf(req).userId),
  }));

  app.get('/api/me/messages/unread', { config: { policy: clientRole }, schema: { response: { 200: unreadCountView } } }, async (req) => ({
    count: await clientUnreadCount(db, actorOf(req).userId),
  }));

  app.get('/api/account/reply-time', { config: { policy: therapist }, schema: { response: { 200: replyTimeView } } }, async (req) => replyTime(db, actorOf(req).userId));

  app.put('/api/account/reply-time', { config: { policy: therapist }, schema: { body: replyTimeInput, response: { 200: replyTimeView } } }, async (req) =>
    saveReplyTime({ db, ctx: auditContext(req), actor: actorOf(req), text: req.body.text }),
  );
};
