import crypto from 'node:crypto';
import type { PushSubscriptionInput } from '@stepwise/domain';
import { audit, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { badRequest, notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';
import { pushEndpointProblem } from './endpoint.ts';

/** Whether the browser's key is a point on P-256: a bad one would fail every send later. */
function isP256Point(base64url: string): boolean {
  try {
    const ecdh = crypto.createECDH('prime256v1');
    ecdh.generateKeys();
    ecdh.computeSecret(Buffer.from(base64url, 'base64url'));
    return true;
  } catch {
    return false;
  }
}

/**
 * Stores (or refreshes) this browser's subscription for the caller. The endpoint is the key:
 * subscribing again updates the keys, and a shared device that someone else turned push on
 * for now belongs to the caller. Audited without the endpoint or keys.
 */
export async function subscribePush({ db, ctx, actor, input, allow }: { db: Db; ctx: AuditContext; actor: Actor; input: PushSubscriptionInput; allow: readonly string[] }): Promise<{ id: string }> {
  const problem = pushEndpointProblem(input.endpoint, allow);
  if (problem) throw badRequest('endpoint', problem);
  if (!isP256Point(input.keys.p256dh)) throw badRequest('keys.p256dh', 'p256dh must be a P-256 public key');
  const at = ctx.now.toISOString();
  const label = input.label || null;
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('push_subscriptions').select('user_id').where('endpoint', '=', input.endpoint).executeTakeFirst();
    const changes = { user_id: actor.userId, p256dh: input.keys.p256dh, auth: input.keys.auth, label, updated_at: at, last_failure_at: null, last_failure: null };
    const row = await trx
      .insertInto('push_subscriptions')
      .values({ id: newId(), endpoint: input.endpoint, created_at: at, last_success_at: null, ...changes })
      .onConflict((oc) => oc.column('endpoint').doUpdateSet(changes))
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, ctx, {
      action: 'push_subscription.created',
      targetType: 'push_subscription',
      targetId: row.id,
      detail: { renewed: before?.user_id === actor.userId, fromAnotherPerson: before !== undefined && before.user_id !== actor.userId },
    });
    return { id: row.id };
  });
}

/** Removes the caller's own subscription with this endpoint; anyone else's is "not found". */
export async function unsubscribePush({ db, ctx, actor, endpoint }: { db: Db; ctx: AuditContext; actor: Actor; endpoint: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('push_subscriptions').select('id').where('endpoint', '=', endpoint).where('user_id', '=', actor.userId).executeTakeFirst();
    if (!row) throw notFound('push subscription');
    await trx.deleteFrom('push_subscriptions').where('id', '=', row.id).execute();
    await audit(trx, ctx, { action: 'push_subscription.removed', targetType: 'push_subscription', targetId: row.id });
  });
}

export type StoredSubscription = { id: string; user_id: string; endpoint: string; p256dh: string; auth: string };

/** The subscriptions of these people, for a dispatcher round. */
export async function subscriptionsOf(db: Db, userIds: string[]): Promise<Map<string, StoredSubscription[]>> {
  const out = new Map<string, StoredSubscription[]>();
  if (userIds.length === 0) return out;
  const rows = await db.selectFrom('push_subscriptions').select(['id', 'user_id', 'endpoint', 'p256dh', 'auth']).where('user_id', 'in', userIds).orderBy('created_at').execute();
  for (const r of rows) out.set(r.user_id, [...(out.get(r.user_id) ?? []), r]);
  return out;
}

/** The push service said this subscription is gone (404/410): the browser unsubscribed or it expired. */
export async function forgetGoneSubscription(db: Db, id: string, now: Date, status: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const gone = await trx.deleteFrom('push_subscriptions').where('id', '=', id).executeTakeFirst();
    if (Number(gone.numDeletedRows) > 0) {
      await audit(trx, { actor: null, ip: null, now }, { action: 'push_subscription.expired', targetType: 'push_subscription', targetId: id, detail: { status } });
    }
  });
}

export async function recordPushOutcome(db: Db, id: string, now: Date, failure: string | null): Promise<void> {
  const at = now.toISOString();
  await db
    .updateTable('push_subscriptions')
    .set(failure === null ? { last_success_at: at } : { last_failure_at: at, last_failure: failure.slice(0, 300) })
    .where('id', '=', id)
    .execute();
}

/** "Sign out everywhere" (a lost phone): no device keeps getting the person's notifications. */
export async function forgetAllPushDevices(db: Db, userId: string): Promise<number> {
  const result = await db.deleteFrom('push_subscriptions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
