import { notFound, unauthenticated } from '../errors.ts';
import type { Policy } from './types.ts';

/** The therapist who sent the invitation, or an admin of its practice. Anyone else: 404. */
export function invitationManager(paramName = 'id'): Policy {
  return {
    name: 'invitationManager',
    check: async (req) => {
      const actor = req.actor;
      if (!actor) throw unauthenticated();
      const id = (req.params as Record<string, unknown>)[paramName];
      if (actor.role !== 'therapist' || typeof id !== 'string') throw notFound('invitation');
      const inv = await req.server.deps.db
        .selectFrom('invitations')
        .select(['invited_by', 'practice_id'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!inv || inv.practice_id !== actor.practiceId) throw notFound('invitation');
      if (inv.invited_by !== actor.userId && !actor.isAdmin) throw notFound('invitation');
    },
  };
}
