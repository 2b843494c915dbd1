import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, okView, resourceInput, resourceQuery, resourceView, sharedResourceView } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { clientData } from '../../policy/client-access.ts';
import { therapist } from '../../policy/policies.ts';
import { attachmentReader, resourceEditor, resourceReader } from '../../policy/resources.ts';
import { putAttachment, readAttachment, removeAttachment } from './attachments.ts';
import { createResource, deleteResource, getResource, getShared, listResources, listShared, shareResource, updateResource } from './service.ts';

const id = z.string().max(64);
const resourceParams = z.strictObject({ resourceId: id });

export const resourceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  // Attachments arrive as raw bytes; only in this plugin, and only up to the attachment limit.
  app.addContentTypeParser([...ATTACHMENT_TYPES], { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES }, (_req, body, done) => done(null, body));

  app.get(
    '/api/resources',
    { config: { policy: therapist }, schema: { querystring: resourceQuery, response: { 200: z.object({ resources: z.array(resourceView) }) } } },
    async (req) => ({ resources: await listResources(db, actorOf(req), req.query) }),
  );

  app.post('/api/resources', { config: { policy: therapist }, schema: { body: resourceInput, response: { 201: resourceView } } }, async (req, reply) =>
    reply.status(201).send(await createResource({ db, ctx: auditContext(req), actor: actorOf(req), input: req.body })),
  );

  app.get('/api/resources/:resourceId', { config: { policy: resourceReader }, schema: { params: resourceParams, response: { 200: resourceView } } }, async (req) =>
    getResource(db, req.params.resourceId),
  );

  app.put(
    '/api/resources/:resourceId',
    { config: { policy: resourceEditor }, schema: { params: resourceParams, body: resourceInput, response: { 200: resourceView } } },
    async (req) => updateResource({ db, ctx: auditContext(req), resourceId: req.params.resourceId, input: req.body }),
  );

  app.delete('/api/resources/:resourceId', { config: { policy: resourceEditor }, schema: { params: resourceParams, response: { 200: okView } } }, async (req) => {
    await deleteResource({ db, ctx: auditContext(req), resourceId: req.params.resourceId });
    return { ok: true as const };
  });

  app.put(
    '/api/resources/:resourceId/attachment',
    {
      config: { policy: resourceEditor },
      bodyLimit: ATTACHMENT_MAX_BYTES,
      schema: { params: resourceParams, querystring: z.strictObject({ name: z.string().max(200).optional() }), response: { 200: resourceView } },
    },
    async (req) =>
      putAttachment({
        db,
        ctx: auditContext(req),
        resourceId: req.params.resourceId,
        declared: (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '',
        data: req.body as Buffer,
        name: req.query.name,
      }),
  );

  app.delete('/api/resources/:resourceId/attachment', { config: { policy: resourceEditor }, schema: { params: resourceParams, response: { 200: resourceView } } }, async (req) =>
    removeAttachment({ db, ctx: auditContext(req), resourceId: req.params.resourceId }),
  );

  app.get('/api/resources/:resourceId/attachment', { config: { policy: attachmentReader }, schema: { params: resourceParams } }, async (req, reply) => {
    const file = await readAttachment(db, req.params.resourceId);
    const disposition = file.mime === 'application/pdf' ? 'attachment' : 'inline';
    return reply
      .type(file.mime)
      .header('content-disposition', `${disposition}; filename="${file.name}"`)
      .header('cache-control', 'private, no-store')
      .send(file.data);
  });

  app.post(
    '/api/clients/:clientId/resources',
    {
      config: { policy: clientData('team') },
      schema: { params: z.strictObject({ clientId: id }), body: z.strictObject({ resourceId: id }), response: { 201: sharedResourceView } },
    },
    async (req, reply) =>
      reply.status(201).send(await shareResource({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId, resourceId: req.body.resourceId })),
  );

  app.get(
    '/api/clients/:clientId/resources',
    { config: { policy: clientData() }, schema: { params: z.strictObject({ clientId: id }), response: { 200: z.object({ resources: z.array(sharedResourceView) }) } } },
    async (req) => ({ resources: await listShared({ db, ctx: auditContext(req), clientId: req.params.clientId }) }),
  );

  app.get(
    '/api/clients/:clientId/resources/:resourceId',
    { config: { policy: clientData() }, schema: { params: z.strictObject({ clientId: id, resourceId: id }), response: { 200: sharedResourceView } } },
    async (req) => {
      const actor = actorOf(req);
      return getShared({ db, ctx: auditContext(req), ...req.params, markSeen: actor.role === 'client' });
    },
  );
};
