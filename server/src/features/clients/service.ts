import type { ClientDetail, ClientListItem } from '@stepwise/domain';
import { audit, auditClientData, type AuditContext } from '../../audit/audit.ts';
import { isUniqueViolation } from '../../auth/users.ts';
import type { Db } from '../../db/connect.ts';
import { AppError, badRequest, conflict, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';
import { activeCareTeam, activeClientsOf, findClient } from './store.ts';

/** The therapist's clients: those with an active care-team link to them, and no one else. */
export async function listClients({ db, ctx, actor }: { db: Db; ctx: AuditContext; actor: Actor }): Promise<ClientListItem[]> {
  const rows = await activeClientsOf(db, actor.userId);
  await audit(db, ctx, { action: 'clients.listed', detail: { count: rows.length } });
  return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, careTeamSince: r.started_at }));
}

export async function getClient({ db, ctx, clientId }: { db: Db; ctx: AuditContext; clientId: string }): Promise<ClientDetail> {
  const client = await findClient(db, clientId);
  if (!client) throw notFound('client');
  const team = await activeCareTeam(db, clientId);
  await auditClientData(db, ctx, clientId, { action: 'client.viewed', targetType: 'client', targetId: clientId });
  return {
    id: client.id,
    name: client.name,
    email: client.email,
    timeZone: client.time_zone,
    joinedAt: client.created_at,
    careTeam: team.map((t) => ({ therapistId: t.therapistId, name: t.name, email: t.email, since: t.started_at })),
  };
}

type CareTeamOptions = { db: Db; ctx: AuditContext; actor: Actor; clientId: string; therapistId: string };

export async function addToCareTeam({ db, ctx, actor, clientId, therapistId }: CareTeamOptions): Promise<ClientDetail> {
  const therapist = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', therapistId)
    .where('role', '=', 'therapist')
    .where('practice_id', '=', actor.practiceId)
    .executeTakeFirst();
  if (!therapist) throw badRequest('therapistId', 'is not a therapist in this practice');
  const now = ctx.now.toISOString();
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('care_team_links')
        .values({ id: newId(), client_id: clientId, therapist_id: therapistId, started_at: now, ended_at: null, started_by: actor.userId, ended_by: null })
        .execute();
      await audit(trx, ctx, { action: 'care_team.linked', clientId, targetType: 'therapist', targetId: therapistId });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('already_on_care_team', 'That therapist is already on this care team.');
    throw error;
  }
  return getClient({ db, ctx, clientId });
}

/** Ends the link at once: the therapist's next request for this client's data gets 404. */
export async function removeFromCareTeam({ db, ctx, actor, clientId, therapistId }: CareTeamOptions): Promise<ClientDetail | null> {
  await db.transaction().execute(async (trx) => {
    const ended = await trx
      .updateTable('care_team_links')
      .set({ ended_at: ctx.now.toISOString(), ended_by: actor.userId })
      .where('client_id', '=', clientId)
      .where('therapist_id', '=', therapistId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    if (Number(ended.numUpdatedRows) !== 1) throw new AppError('not_found', 404, 'that therapist is not on this care team');
    await audit(trx, ctx, { action: 'care_team.ended', clientId, targetType: 'therapist', targetId: therapistId });
  });
  // Someone who just removed themself may no longer read the client.
  if (therapistId === actor.userId && !actor.isAdmin) return null;
  return getClient({ db, ctx, clientId });
}
