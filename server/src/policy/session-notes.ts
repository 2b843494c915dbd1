import { notFound, unauthenticated } from '../errors.ts';
import { hasActiveLink } from './care-team.ts';
import type { Policy } from './types.ts';

/**
 * A private session note is changed only by the therapist who wrote it, and only while they
 * are still on the client's care team. To anyone else (the client included) it does not exist.
 */
export const sessionNoteAuthor: Policy = {
  name: 'sessionNoteAuthor',
  check: async (req) => {
    const actor = req.actor;
    if (!actor) throw unauthenticated();
    const id = (req.params as Record<string, unknown> | undefined)?.noteId;
    const db = req.server.deps.db;
    const row =
      typeof id === 'string' && actor.role === 'therapist'
        ? await db.selectFrom('session_notes').select(['client_id', 'author_id']).where('id', '=', id).executeTakeFirst()
        : undefined;
    if (!row || row.author_id !== actor.userId || !(await hasActiveLink(db, actor.userId, row.client_id))) throw notFound('session note');
  },
};
