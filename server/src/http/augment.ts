import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Db, Dialect } from '../db/connect.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { PushSender } from '../features/push/sender.ts';
import type { Actor, Policy } from '../policy/types.ts';

/** What every request handler can reach: passed in explicitly when the app is built. */
export type Deps = {
  config: Config;
  db: Db;
  dialect: Dialect;
  mailer: Mailer;
  clock: Clock;
  /** Web push (features/push/sender.ts); tests pass a fake one to buildApp. */
  push: PushSender;
};

export type RouteInfo = { method: string; url: string; policy: string | undefined };

declare module 'fastify' {
  interface FastifyInstance {
    deps: Deps;
    /** Every registered route and the name of its policy, for the route-walk test. */
    routeList: RouteInfo[];
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Every route names its policy; a route without one is refused (and fails a test). */
    policy?: Policy;
  }
}
