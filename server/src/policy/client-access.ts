import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/types.ts';
import { notFound, unauthenticated } from '../errors.ts';
import { hasActiveLink } from './care-team.ts';
import type { Policy } from './types.ts';

/** Who may reach a client's data through a route: the client, their care team, or both. */
export type Who = 'client' | 'team' | 'both';

function param(req: FastifyRequest, name: string): string | undefined {
  const value = (req.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The one rule for client data: the client themself, or a therapist with an active
 * care-team link. Anyone else, and anything that does not exist, answers 404.
 */
export async function requireClientAccess(req: FastifyRequest, clientId: string | undefined, who: Who, what: string): Promise<void> {
  const actor = req.actor;
  if (!actor) throw unauthenticated();
  if (clientId) {
    if (who !== 'team' && actor.role === 'client' && actor.userId === clientId) return;
    if (who !== 'client' && actor.role === 'therapist' && (await hasActiveLink(req.server.deps.db, actor.userId, clientId))) return;
  }
  throw notFound(what);
}

const label = (who: Who) => (who === 'both' ? 'client|team' : who);

/** Client data addressed by the client's id in the path. */
export function clientData(who: Who = 'both', paramName = 'clientId'): Policy {
  return { name: `${label(who)}`, check: (req) => requireClientAccess(req, param(req, paramName), who, 'client') };
}

type OwnedTable = 'goals' | 'assignments' | 'encouragements' | 'entries' | 'trackers' | 'measure_schedules' | 'safety_alerts' | 'appointments';

/** Client data addressed by the id of something the client owns (a goal, an assignment, ...). */
export function clientThing(table: OwnedTable, paramName: string, who: Who = 'both'): Policy {
  const what = table.replace(/ies$/, 'y').replace(/s$/, '').replace('measure_schedule', 'measure schedule').replace('safety_alert', 'safety alert');
  return {
    name: `${label(who)} via ${what}`,
    check: async (req) => {
      const id = param(req, paramName);
      const row = id
        ? await req.server.deps.db
            .selectFrom(table as keyof Database & OwnedTable)
            .select('client_id')
            .where('id', '=', id)
            .executeTakeFirst()
        : undefined;
      await requireClientAccess(req, row?.client_id, who, what);
    },
  };
}
