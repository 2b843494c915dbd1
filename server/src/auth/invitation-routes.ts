import {
  invitationAcceptInput,
  invitationCreateInput,
  invitationLookupInput,
  invitationPreview,
  invitationView,
  meView,
} from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../http/context.ts';
import { invitationManager } from '../policy/invitation.ts';
import { anyone, therapist } from '../policy/policies.ts';
import { acceptInvitation, createInvitation, listInvitations, previewInvitation, resendInvitation, revokeInvitation } from './invitations.ts';
import { setSessionCookie } from './sessions.ts';

const idParams = z.strictObject({ id: z.string().max(64) });

export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config, mailer, clock } = app.deps;

  app.get(
    '/api/invitations',
    { config: { policy: therapist }, schema: { response: { 200: z.object({ invitations: z.array(invitationView) }) } } },
    async (req) => ({ invitations: await listInvitations(db, actorOf(req), clock.now()) }),
  );

  app.post(
    '/api/invitations',
    { config: { policy: therapist }, schema: { body: invitationCreateInput, response: { 201: invitationView } } },
    async (req, reply) => {
      const view = await createInvitation({ db, config, mailer, ctx: auditContext(req), actor: actorOf(req), input: req.body });
      return reply.status(201).send(view);
    },
  );

  app.post(
    '/api/invitations/:id/resend',
    { config: { policy: invitationManager() }, schema: { params: idParams, response: { 200: invitationView } } },
    async (req) => resendInvitation({ db, config, mailer, ctx: auditContext(req), actor: actorOf(req), id: req.params.id }),
  );

  app.post(
    '/api/invitations/:id/revoke',
    { config: { policy: invitationManager() }, schema: { params: idParams, response: { 200: invitationView } } },
    async (req) => revokeInvitation({ db, ctx: auditContext(req), id: req.params.id }),
  );

  app.post(
    '/api/invitations/preview',
    { config: { policy: anyone }, schema: { body: invitationLookupInput, response: { 200: invitationPreview } } },
    async (req) => previewInvitation(db, req.body.token, clock.now()),
  );

  app.post(
    '/api/invitations/accept',
    { config: { policy: anyone }, schema: { body: invitationAcceptInput, response: { 200: meView } } },
    async (req, reply) => {
      const result = await acceptInvitation({ db, ctx: auditContext(req), input: req.body, userAgent: req.headers['user-agent'] ?? null });
      setSessionCookie(reply, config, result.token, result.expiresAt);
      return result.me;
    },
  );
};
