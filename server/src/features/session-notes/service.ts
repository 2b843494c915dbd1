import type { SessionNoteInput, SessionNoteView } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { badRequest, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';

type Ctx = { db: Db; ctx: AuditContext; actor: Actor };

function notes(db: Db) {
  return db
    .selectFrom('session_notes as n')
    .innerJoin('users as u', 'u.id', 'n.author_id')
    .select(['n.id', 'n.client_id', 'n.appointment_id', 'n.author_id', 'u.name as author_name', 'n.text', 'n.created_at', 'n.updated_at']);
}
type Row = Awaited<ReturnType<ReturnType<typeof notes>['execute']>>[number];

const present = (r: Row): SessionNoteView => ({
  id: r.id,
  clientId: r.client_id,
  appointmentId: r.appointment_id,
  author: { id: r.author_id, name: r.author_name },
  text: r.text,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

async function one(db: Db, id: string): Promise<SessionNoteView> {
  const row = await notes(db).where('n.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('session note');
  return present(row);
}

/** Every note about the client, newest first. The route lets only the care team get here. */
export async function listSessionNotes({ db, ctx, clientId }: Omit<Ctx, 'actor'> & { clientId: string }): Promise<SessionNoteView[]> {
  const rows = await notes(db).where('n.client_id', '=', clientId).orderBy('n.created_at', 'desc').orderBy('n.id', 'desc').limit(200).execute();
  await auditClientData(db, ctx, clientId, { action: 'session_note.listed', detail: { count: rows.length } });
  return rows.map(present);
}

export async function createSessionNote({ db, ctx, actor, clientId, input }: Ctx & { clientId: string; input: SessionNoteInput }): Promise<SessionNoteView> {
  const id = newId();
  const at = ctx.now.toISOString();
  await db.transaction().execute(async (trx) => {
    if (input.appointmentId !== undefined) {
      // Only one of this client's own sessions; anything else is a mistake in the request.
      const appointment = await trx.selectFrom('appointments').select('id').where('id', '=', input.appointmentId).where('client_id', '=', clientId).executeTakeFirst();
      if (!appointment) throw badRequest('appointmentId', 'appointmentId must be one of this client’s sessions');
    }
    await trx
      .insertInto('session_notes')
      .values({ id, client_id: clientId, appointment_id: input.appointmentId ?? null, author_id: actor.userId, text: input.text, created_at: at, updated_at: at })
      .execute();
    // The text is clinical: the audit says that a note was written, never what it says.
    await auditClientData(trx, ctx, clientId, { action: 'session_note.created', targetType: 'session_note', targetId: id, detail: { length: input.text.length } });
  });
  return one(db, id);
}

export async function updateSessionNote({ db, ctx, noteId, text }: Omit<Ctx, 'actor'> & { noteId: string; text: string }): Promise<SessionNoteView> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('session_notes').select('client_id').where('id', '=', noteId).executeTakeFirst();
    if (!row) throw notFound('session note');
    await trx.updateTable('session_notes').set({ text, updated_at: ctx.now.toISOString() }).where('id', '=', noteId).execute();
    await auditClientData(trx, ctx, row.client_id, { action: 'session_note.updated', targetType: 'session_note', targetId: noteId, detail: { length: text.length } });
  });
  return one(db, noteId);
}
