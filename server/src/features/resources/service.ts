import type { ResourceInput, ResourceView, SharedResourceView } from '@stepwise/domain';
import { audit, auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import type { ResourceTable } from '../../db/types.ts';
import { badRequest, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import { notifyResource } from '../reminders/events.ts';
import type { Actor } from '../../policy/types.ts';

type Row = ResourceTable & { owner_name: string };

function baseQuery(db: Db) {
  return db
    .selectFrom('resources')
    .innerJoin('users', 'users.id', 'resources.owner_id')
    .selectAll('resources')
    .select('users.name as owner_name')
    .where('resources.deleted_at', 'is', null);
}

export function presentResource(r: Row): ResourceView {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    body: r.body,
    url: r.url,
    tags: JSON.parse(r.tags) as string[],
    visibility: r.visibility,
    owner: { id: r.owner_id, name: r.owner_name },
    attachment: r.attachment_name && r.attachment_mime ? { name: r.attachment_name, mime: r.attachment_mime, size: r.attachment_size ?? 0 } : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The library a therapist sees: practice-wide resources and their own private ones. */
export async function listResources(db: Db, actor: Actor, filter: { q?: string; tag?: string }): Promise<ResourceView[]> {
  const rows = await baseQuery(db)
    .where('resources.practice_id', '=', actor.practiceId)
    .where((eb) => eb.or([eb('resources.visibility', '=', 'practice'), eb('resources.owner_id', '=', actor.userId)]))
    .orderBy('resources.title')
    .execute();
  const q = filter.q?.trim().toLowerCase();
  return rows
    .map(presentResource)
    .filter((r) => !filter.tag || r.tags.includes(filter.tag.toLowerCase()))
    .filter((r) => !q || `${r.title}\n${r.body}\n${r.tags.join(' ')}`.toLowerCase().includes(q));
}

export async function getResource(db: Db, resourceId: string): Promise<ResourceView> {
  const row = await baseQuery(db).where('resources.id', '=', resourceId).executeTakeFirst();
  if (!row) throw notFound('resource');
  return presentResource(row);
}

export async function createResource({ db, ctx, actor, input }: { db: Db; ctx: AuditContext; actor: Actor; input: ResourceInput }) {
  const now = ctx.now.toISOString();
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('resources')
      .values({
        id,
        practice_id: actor.practiceId,
        owner_id: actor.userId,
        visibility: input.visibility,
        kind: input.kind,
        title: input.title,
        body: input.body,
        url: input.url,
        tags: JSON.stringify(input.tags),
        attachment_name: null,
        attachment_mime: null,
        attachment_size: null,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    await audit(trx, ctx, { action: 'resource.created', targetType: 'resource', targetId: id });
  });
  return getResource(db, id);
}

export async function updateResource({ db, ctx, resourceId, input }: { db: Db; ctx: AuditContext; resourceId: string; input: ResourceInput }) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('resources')
      .set({ visibility: input.visibility, kind: input.kind, title: input.title, body: input.body, url: input.url, tags: JSON.stringify(input.tags), updated_at: ctx.now.toISOString() })
      .where('id', '=', resourceId)
      .execute();
    await audit(trx, ctx, { action: 'resource.updated', targetType: 'resource', targetId: resourceId });
  });
  return getResource(db, resourceId);
}

/** Soft delete: clients who were given it keep seeing it is gone, and assignments keep their history. */
export async function deleteResource({ db, ctx, resourceId }: { db: Db; ctx: AuditContext; resourceId: string }) {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('resources').set({ deleted_at: ctx.now.toISOString() }).where('id', '=', resourceId).execute();
    await audit(trx, ctx, { action: 'resource.deleted', targetType: 'resource', targetId: resourceId });
  });
}

/** Shares a resource with a client once; sharing again keeps the first share. */
export async function shareWithClient(db: Db, s: { resourceId: string; clientId: string; sharedBy: string; now: string }) {
  await db
    .insertInto('resource_shares')
    .values({ id: newId(), resource_id: s.resourceId, client_id: s.clientId, shared_by: s.sharedBy, shared_at: s.now, seen_at: null })
    .onConflict((oc) => oc.columns(['client_id', 'resource_id']).doNothing())
    .execute();
}

function sharedQuery(db: Db, clientId: string) {
  return db
    .selectFrom('resource_shares as s')
    .innerJoin('resources', 'resources.id', 's.resource_id')
    .innerJoin('users', 'users.id', 'resources.owner_id')
    .innerJoin('users as by', 'by.id', 's.shared_by')
    .selectAll('resources')
    .select(['users.name as owner_name', 's.shared_at', 's.seen_at', 's.shared_by', 'by.name as shared_by_name'])
    .where('s.client_id', '=', clientId)
    .where('resources.deleted_at', 'is', null);
}

type SharedRow = Row & { shared_at: string; seen_at: string | null; shared_by: string; shared_by_name: string };
const presentShared = (r: SharedRow): SharedResourceView => ({
  ...presentResource(r),
  sharedAt: r.shared_at,
  sharedBy: { id: r.shared_by, name: r.shared_by_name },
  isNew: r.seen_at === null,
});

export async function shareResource({ db, ctx, actor, clientId, resourceId }: { db: Db; ctx: AuditContext; actor: Actor; clientId: string; resourceId: string }) {
  const r = await db.selectFrom('resources').select(['practice_id', 'owner_id', 'visibility', 'title']).where('id', '=', resourceId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!r || r.practice_id !== actor.practiceId || (r.visibility === 'private' && r.owner_id !== actor.userId)) throw badRequest('resourceId', 'is not a resource you can share');
  await db.transaction().execute(async (trx) => {
    await shareWithClient(trx, { resourceId, clientId, sharedBy: actor.userId, now: ctx.now.toISOString() });
    await auditClientData(trx, ctx, clientId, { action: 'resource.shared', targetType: 'resource', targetId: resourceId });
    await notifyResource(trx, { clientId, resourceId, title: r.title, sharedByName: actor.name }, ctx.now);
  });
  return getShared({ db, ctx, clientId, resourceId, markSeen: false });
}

export async function listShared({ db, ctx, clientId }: { db: Db; ctx: AuditContext; clientId: string }) {
  const rows = await sharedQuery(db, clientId).orderBy('s.shared_at', 'desc').execute();
  await auditClientData(db, ctx, clientId, { action: 'resources.listed', detail: { count: rows.length } });
  return rows.map(presentShared);
}

export async function getShared({ db, ctx, clientId, resourceId, markSeen }: { db: Db; ctx: AuditContext; clientId: string; resourceId: string; markSeen: boolean }) {
  const row = await sharedQuery(db, clientId).where('s.resource_id', '=', resourceId).executeTakeFirst();
  if (!row) throw notFound('resource');
  const view = presentShared(row);
  await auditClientData(db, ctx, clientId, { action: 'resource.viewed', targetType: 'resource', targetId: resourceId });
  if (markSeen && row.seen_at === null) {
    await db.updateTable('resource_shares').set({ seen_at: ctx.now.toISOString() }).where('client_id', '=', clientId).where('resource_id', '=', resourceId).execute();
  }
  return view;
}
