import type { FastifyRequest } from 'fastify';
import { requireClientAccess, type Who } from './client-access.ts';
import type { Policy } from './types.ts';

/**
 * An item on a client's "For my next session" list, addressed by its id. A removed item
 * no longer exists for anyone, so it answers 404 like someone else's.
 */
export function agendaItem(who: Who): Policy {
  return {
    name: `${who === 'both' ? 'client|team' : who} via agenda item`,
    check: async (req: FastifyRequest) => {
      const id = (req.params as Record<string, unknown> | undefined)?.itemId;
      const row =
        typeof id === 'string'
          ? await req.server.deps.db.selectFrom('agenda_items').select('client_id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst()
          : undefined;
      await requireClientAccess(req, row?.client_id, who, 'agenda item');
    },
  };
}
