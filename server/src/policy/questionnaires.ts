import { notFound, unauthenticated } from '../errors.ts';
import type { Policy } from './types.ts';

/** A custom questionnaire is its owner's alone to change; to anyone else it does not exist. */
export const questionnaireOwner: Policy = {
  name: 'questionnaireOwner',
  check: async (req) => {
    if (!req.actor) throw unauthenticated();
    const id = (req.params as Record<string, unknown> | undefined)?.questionnaireId;
    const row =
      typeof id === 'string'
        ? await req.server.deps.db.selectFrom('questionnaires').select('owner_id').where('id', '=', id).where('archived_at', 'is', null).executeTakeFirst()
        : undefined;
    if (!row || row.owner_id !== req.actor.userId) throw notFound('questionnaire');
  },
};
