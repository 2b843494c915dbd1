import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { HelmetOptions } from 'helmet';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;
// The helmet that @fastify/helmet itself depends on, so the headers stay helmet's.
const helmet = createRequire(import.meta.resolve('@fastify/helmet'))('helmet') as (options: HelmetOptions) => Middleware;

/** The headers helmet sets for these options. They depend on nothing in the request. */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (err) => {
    if (err) throw err;
  });
  return headers;
}

/**
 * Helmet's headers on every answer. @fastify/helmet builds helmet's middleware anew for each
 * request (parsing the CSP directives every time: 4% of a check-in's CPU in a profile); the
 * headers never change, so they are computed once here and added by one synchronous hook.
 */
export function installSecurityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const headers = securityHeaders(options);
  app.addHook('onRequest', (_req, reply, done) => {
    void reply.headers(headers);
    done();
  });
}
