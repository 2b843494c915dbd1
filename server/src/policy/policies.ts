import type { FastifyRequest } from 'fastify';
import { forbidden, notFound, unauthenticated } from '../errors.ts';
import { hasActiveLink } from './care-team.ts';
import type { Actor, Policy } from './types.ts';

function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthenticated();
  return req.actor;
}

function param(req: FastifyRequest, name: string): string {
  const value = (req.params as Record<string, unknown> | undefined)?.[name];
  // The route schema validates params first, so a missing one is a programming error.
  if (typeof value !== 'string') throw new Error(`policy needs route param ${name}`);
  return value;
}

/** Anyone, signed in or not: health, setup, sign-in, invitation and reset links, the web app. */
export const anyone: Policy = { name: 'anyone', check: () => {} };

export const signedIn: Policy = { name: 'signedIn', check: (req) => void requireActor(req) };

export const therapist: Policy = {
  name: 'therapist',
  check: (req) => {
    if (requireActor(req).role !== 'therapist') throw forbidden('only therapists may do this');
  },
};

/** Any signed-in client, for pages about their own day. */
export const clientRole: Policy = {
  name: 'clientRole',
  check: (req) => {
    if (requireActor(req).role !== 'client') throw forbidden('only clients may do this');
  },
};

export const admin: Policy = {
  name: 'admin',
  check: (req) => {
    const actor = requireActor(req);
    if (actor.role !== 'therapist' || !actor.isAdmin) throw forbidden('only practice admins may do this');
  },
};

/** A therapist on the client's active care team, or an admin of the client's practice. */
export function careTeamManager(paramName = 'clientId'): Policy {
  return {
    name: 'careTeamManager',
    check: async (req) => {
      const actor = requireActor(req);
      const clientId = param(req, paramName);
      if (actor.role !== 'therapist') throw notFound('client');
      const db = req.server.deps.db;
      if (await hasActiveLink(db, actor.userId, clientId)) return;
      if (actor.isAdmin) {
        const client = await db
          .selectFrom('users')
          .select('id')
          .where('id', '=', clientId)
          .where('role', '=', 'client')
          .where('practice_id', '=', actor.practiceId)
          .executeTakeFirst();
        if (client) return;
      }
      throw notFound('client');
    },
  };
}
