import { describe, expect, it } from 'vitest';
import { prepared } from '../src/db/prepared.ts';
import type { EntryTable } from '../src/db/types.ts';
import { insertEntry } from '../src/features/entries/write-batch.ts';
import { newId } from '../src/ids.ts';
import { testDialect } from './support/db.ts';
import { testServer } from './support/server.ts';

// The check-in's write path (features/entries/write-batch.ts, db/prepared.ts): entries
// that arrive together share one statement and one commit; every answer still means saved.
const t = await testServer();
t.clock.set('2026-11-04T15:00:00.000Z');
const owner = await t.owner();
const sam = await t.invite(owner, 'therapist', 'Sam');
const robin = await t.invite(sam, 'client', 'Robin');

const mood = (key: string, value = 6) => ({ kind: 'mood', occurredAt: t.clock.now().toISOString(), idempotencyKey: key, data: { mood: value } });

describe('the check-in write path', () => {
  it('answers each of many concurrent check-ins after saving it, once per idempotency key', async () => {
    const keys = Array.from({ length: 40 }, (_, i) => `batch-${i}-abcdef`);
    // Each key twice: a device that retried before its first answer came.
    const answers = await Promise.all([...keys, ...keys.slice(0, 10)].map((key, i) => t.as(robin).post('/api/entries', mood(key, (i % 10) + 1))));
    const byKey = new Map<string, Array<{ status: number; id: string }>>();
    for (const res of answers) {
      const body = res.json() as { id: string };
      expect([200, 201]).toContain(res.statusCode);
      const entry = await t.db.selectFrom('entries').select(['idempotency_key']).where('id', '=', body.id).executeTakeFirstOrThrow();
      byKey.set(entry.idempotency_key, [...(byKey.get(entry.idempotency_key) ?? []), { status: res.statusCode, id: body.id }]);
    }
    expect(byKey.size).toBe(40);
    for (const [key, got] of byKey) {
      // One 201 per key, and a retry gets the same entry with 200.
      expect(got.filter((g) => g.status === 201)).toHaveLength(1);
      expect(new Set(got.map((g) => g.id)).size).toBe(1);
      expect(got).toHaveLength(keys.indexOf(key) < 10 ? 2 : 1);
    }
    const rows = await t.db.selectFrom('entries').select('id').where('client_id', '=', robin.userId).where('idempotency_key', 'like', 'batch-%').execute();
    expect(rows).toHaveLength(40);
  });

  it('fails only the row that cannot be saved when a batch statement fails', async () => {
    const now = t.clock.now().toISOString();
    const row = (clientId: string, key: string): EntryTable => ({
      id: newId(),
      client_id: clientId,
      kind: 'mood',
      occurred_at: now,
      local_date: '2026-11-04',
      local_time: '10:00',
      time_zone: 'America/New_York',
      shared: 1,
      data: '{"mood":5}',
      idempotency_key: key,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
    // No such user: the foreign key refuses this row, and with it the batch's one statement.
    const results = await Promise.allSettled([
      insertEntry(t.db, row(robin.userId, 'good-1-abcdef')),
      insertEntry(t.db, row('no-such-client', 'bad-1-abcdef')),
      insertEntry(t.db, row(robin.userId, 'good-2-abcdef')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results.filter((r) => r.status === 'fulfilled').map((r) => r.value)).toEqual([true, true]);
    const saved = await t.db.selectFrom('entries').select('idempotency_key').where('idempotency_key', 'in', ['good-1-abcdef', 'bad-1-abcdef', 'good-2-abcdef']).execute();
    expect(saved.map((s) => s.idempotency_key).sort()).toEqual(['good-1-abcdef', 'good-2-abcdef']);
  });

  it('writes inside the caller’s transaction when given one', async () => {
    const now = t.clock.now().toISOString();
    const entry = { id: newId(), client_id: robin.userId, kind: 'mood' as const, occurred_at: now, local_date: '2026-11-04', local_time: '10:00', time_zone: 'UTC', shared: 1, data: '{"mood":4}', idempotency_key: 'in-trx-abcdef', created_at: now, updated_at: now, deleted_at: null };
    await expect(
      t.db.transaction().execute(async (trx) => {
        expect(await insertEntry(trx, entry)).toBe(true);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await t.db.selectFrom('entries').select('id').where('idempotency_key', '=', 'in-trx-abcdef').executeTakeFirst()).toBeUndefined();
  });
});

describe('prepared queries', () => {
  const findUser = prepared((db, p: { id: string; role: 'client' | 'therapist' }) =>
    db.selectFrom('users').innerJoin('practices', 'practices.id', 'users.practice_id').select(['users.id', 'users.name']).where('users.id', '=', p.id).where('users.role', '=', p.role).orderBy('users.name'),
  );

  it('binds new values to the statement built once, on every run', async () => {
    expect((await findUser(t.db, { id: robin.userId, role: 'client' })).rows).toEqual([{ id: robin.userId, name: 'Robin' }]);
    expect((await findUser(t.db, { id: sam.userId, role: 'therapist' })).rows).toEqual([{ id: sam.userId, name: 'Sam' }]);
    expect((await findUser(t.db, { id: sam.userId, role: 'client' })).rows).toEqual([]);
    // In a transaction too (the same dialect, so the same statement).
    await t.db.transaction().execute(async (trx) => {
      expect((await findUser(trx, { id: robin.userId, role: 'client' })).rows).toHaveLength(1);
    });
  });

  it('refuses to run with a value missing', async () => {
    await expect(findUser(t.db, { id: robin.userId } as { id: string; role: 'client' })).rejects.toThrow(/no value for role/);
  });

  it('writes SQLite parameters as +? so plans never depend on bound values; PostgreSQL keeps $n', () => {
    const { sql } = t.db.selectFrom('users').select('id').where('id', '=', 'x').limit(1).compile();
    if (testDialect === 'sqlite') expect(sql).toBe('select "id" from "users" where "id" = +? limit +?');
    else expect(sql).toMatch(/"users" where "id" = \$1 limit \$2$/);
  });
});
