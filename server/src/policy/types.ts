import type { FastifyRequest } from 'fastify';

/** Who is making a request, resolved from the session cookie. */
export type Actor = {
  userId: string;
  practiceId: string;
  role: 'therapist' | 'client';
  isAdmin: boolean;
  name: string;
  email: string;
  timeZone: string;
  locale: string;
  sessionId: string;
  sessionExpiresAt: string;
};

/**
 * A policy decides whether a request may reach its handler. It throws an AppError
 * (401, 403, or 404 for someone else's resource) or returns normally. `name` is what
 * the route-walk test and the docs show.
 */
export type Policy = {
  name: string;
  check: (req: FastifyRequest) => Promise<void> | void;
};
