import type { AuditPage } from '@stepwise/domain';
import type { Db } from '../db/connect.ts';

type Filter = { practiceId: string; clientId?: string; from?: string; to?: string; before?: string; limit: number };

/** Newest first; `before` is the cursor "<at>_<id>" of the last entry already shown. */
export async function readAuditPage(db: Db, f: Filter): Promise<AuditPage> {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('users as actor', 'actor.id', 'a.actor_id')
    .leftJoin('users as client', 'client.id', 'a.client_id')
    .select([
      'a.id',
      'a.at',
      'a.actor_id',
      'a.actor_role',
      'a.action',
      'a.client_id',
      'a.target_type',
      'a.target_id',
      'a.ip',
      'a.outcome',
      'a.detail',
      'actor.name as actor_name',
      'client.name as client_name',
    ])
    .where('a.practice_id', '=', f.practiceId)
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(f.limit + 1);
  if (f.clientId) q = q.where('a.client_id', '=', f.clientId);
  if (f.from) q = q.where('a.at', '>=', f.from);
  if (f.to) q = q.where('a.at', '<', f.to);
  if (f.before) {
    const cut = f.before.lastIndexOf('_');
    const at = f.before.slice(0, cut);
    const id = f.before.slice(cut + 1);
    if (cut > 0 && !Number.isNaN(Date.parse(at))) {
      q = q.where((eb) => eb.or([eb('a.at', '<', at), eb.and([eb('a.at', '=', at), eb('a.id', '<', id)])]));
    }
  }
  const rows = await q.execute();
  const more = rows.length > f.limit;
  const shown = more ? rows.slice(0, f.limit) : rows;
  const last = shown.at(-1);
  return {
    entries: shown.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '', role: r.actor_role ?? '' } : null,
      action: r.action,
      client: r.client_id ? { id: r.client_id, name: r.client_name ?? '' } : null,
      targetType: r.target_type,
      targetId: r.target_id,
      ip: r.ip,
      outcome: r.outcome,
      detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
    })),
    nextBefore: more && last ? `${last.at}_${last.id}` : null,
  };
}
