import type { FastifyRequest } from 'fastify';
import { notFound, unauthenticated } from '../errors.ts';
import type { Policy } from './types.ts';

function resourceId(req: FastifyRequest): string {
  const id = (req.params as Record<string, unknown>).resourceId;
  return typeof id === 'string' ? id : '';
}

async function load(req: FastifyRequest) {
  return req.server.deps.db
    .selectFrom('resources')
    .select(['practice_id', 'owner_id', 'visibility'])
    .where('id', '=', resourceId(req))
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** A therapist of the practice, for practice-wide resources, or the owner of a private one. */
export const resourceReader: Policy = {
  name: 'resourceReader',
  check: async (req) => {
    const actor = req.actor;
    if (!actor) throw unauthenticated();
    const r = await load(req);
    const ok = actor.role === 'therapist' && r && r.practice_id === actor.practiceId && (r.visibility === 'practice' || r.owner_id === actor.userId);
    if (!ok) throw notFound('resource');
  },
};

/** The owner, or an admin of the practice for a practice-wide resource. */
export const resourceEditor: Policy = {
  name: 'resourceEditor',
  check: async (req) => {
    const actor = req.actor;
    if (!actor) throw unauthenticated();
    const r = await load(req);
    const ok = actor.role === 'therapist' && r && r.practice_id === actor.practiceId && (r.owner_id === actor.userId || (actor.isAdmin && r.visibility === 'practice'));
    if (!ok) throw notFound('resource');
  },
};

/** Who may download an attachment: a therapist who can read the resource, or a client it was shared with. */
export const attachmentReader: Policy = {
  name: 'attachmentReader',
  check: async (req) => {
    const actor = req.actor;
    if (!actor) throw unauthenticated();
    if (actor.role === 'therapist') return resourceReader.check(req);
    const share = await req.server.deps.db
      .selectFrom('resource_shares')
      .select('id')
      .where('resource_id', '=', resourceId(req))
      .where('client_id', '=', actor.userId)
      .executeTakeFirst();
    if (!share) throw notFound('resource');
  },
};
