import type { Db } from '../db/connect.ts';
import { newId } from '../ids.ts';
import type { Actor } from '../policy/types.ts';

export type AuditEvent = {
  action: string;
  outcome?: 'success' | 'failure' | 'denied';
  clientId?: string | null;
  targetType?: string;
  targetId?: string;
  /** Extra facts. Never put passwords, tokens or clinical content here. */
  detail?: Record<string, string | number | boolean | null>;
};

export type AuditContext = {
  actor: Pick<Actor, 'userId' | 'role' | 'practiceId'> | null;
  ip: string | null;
  now: Date;
};

/** Appends one entry to the audit log, in the caller's transaction when given one. */
export async function audit(db: Db, ctx: AuditContext, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: ctx.now.toISOString(),
      actor_id: ctx.actor?.userId ?? null,
      actor_role: ctx.actor?.role ?? null,
      practice_id: ctx.actor?.practiceId ?? null,
      action: event.action,
      client_id: event.clientId ?? null,
      target_type: event.targetType ?? null,
      target_id: event.targetId ?? null,
      ip: ctx.ip,
      outcome: event.outcome ?? 'success',
      detail: event.detail ? JSON.stringify(event.detail) : null,
    })
    .execute();
}

/**
 * Records a read or write of a client's data. The rule "audit everyone but the client
 * themself" lives here, once, so feature code cannot forget or get it wrong.
 */
export async function auditClientData(
  db: Db,
  ctx: AuditContext,
  clientId: string,
  event: Omit<AuditEvent, 'clientId'>,
): Promise<void> {
  if (ctx.actor?.role === 'client' && ctx.actor.userId === clientId) return;
  await audit(db, ctx, { ...event, clientId });
}

/** One read of many clients' data (a list view): one row per client, in one statement. */
export async function auditClientsRead(db: Db, ctx: AuditContext, clientIds: string[], action: string): Promise<void> {
  if (clientIds.length === 0 || ctx.actor?.role === 'client') return;
  const at = ctx.now.toISOString();
  await db
    .insertInto('audit_log')
    .values(
      clientIds.map((clientId) => ({
        id: newId(),
        at,
        actor_id: ctx.actor?.userId ?? null,
        actor_role: ctx.actor?.role ?? null,
        practice_id: ctx.actor?.practiceId ?? null,
        action,
        client_id: clientId,
        target_type: null,
        target_id: null,
        ip: ctx.ip,
        outcome: 'success' as const,
        detail: null,
      })),
    )
    .execute();
}
