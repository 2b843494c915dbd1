import type { FastifyRequest } from 'fastify';
import type { AuditContext } from '../audit/audit.ts';
import { unauthenticated } from '../errors.ts';
import type { Actor } from '../policy/types.ts';

/** The facts a service needs about the request: who, from where, and when. */
export function auditContext(req: FastifyRequest): AuditContext {
  return { actor: req.actor, ip: req.ip, now: req.server.deps.clock.now() };
}

/** The signed-in actor; the route's policy has already required one. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthenticated();
  return req.actor;
}
