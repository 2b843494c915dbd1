import { sessionNoteInput, sessionNoteUpdateInput, sessionNoteView } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { clientData } from '../../policy/client-access.ts';
import { sessionNoteAuthor } from '../../policy/session-notes.ts';
import { createSessionNote, listSessionNotes, updateSessionNote } from './service.ts';

const id = z.string().max(64);

/** Private session notes: the care team's alone. The client gets 404 on every one of these routes. */
export const sessionNoteRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const clientParams = z.strictObject({ clientId: id });
  const team = clientData('team');

  app.get(
    '/api/clients/:clientId/session-notes',
    { config: { policy: team }, schema: { params: clientParams, response: { 200: z.object({ notes: z.array(sessionNoteView) }) } } },
    async (req) => ({ notes: await listSessionNotes({ db, ctx: auditContext(req), clientId: req.params.clientId }) }),
  );

  app.post(
    '/api/clients/:clientId/session-notes',
    { config: { policy: team }, schema: { params: clientParams, body: sessionNoteInput, response: { 201: sessionNoteView } } },
    async (req, reply) =>
      reply.status(201).send(await createSessionNote({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId, input: req.body })),
  );

  app.put(
    '/api/session-notes/:noteId',
    { config: { policy: sessionNoteAuthor }, schema: { params: z.strictObject({ noteId: id }), body: sessionNoteUpdateInput, response: { 200: sessionNoteView } } },
    async (req) => updateSessionNote({ db, ctx: auditContext(req), noteId: req.params.noteId, text: req.body.text }),
  );
};
