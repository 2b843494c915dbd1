import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, localDate } from '@stepwise/domain';
import pg from 'pg';
import { connect, type DatabaseHandle } from '../server/src/db/connect.ts';
import { migrateToLatest } from '../server/src/db/migrate.ts';
import { insightsFor } from '../server/src/features/entries/insights.ts';
import { newId } from '../server/src/ids.ts';
import type { Actor } from '../server/src/policy/types.ts';

export type GrowthPoint = { days: number; medianMs: number };

export async function open(kind: 'sqlite' | 'postgres', pgUrl?: string): Promise<{ handle: DatabaseHandle; cleanup: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-growth-'));
    const handle = connect({ kind: 'sqlite', file: path.join(dir, 'g.db') });
    await migrateToLatest(handle.db, 'sqlite');
    return { handle, cleanup: async () => { await handle.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
  }
  const schema = `growth_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const handle = connect({ kind: 'postgres', url: pgUrl ?? '', schema });
  await migrateToLatest(handle.db, 'postgres', schema);
  return { handle, cleanup: async () => { await handle.close(); await admin.query(`drop schema ${schema} cascade`); await admin.end(); } };
}

/** One client with `days` days of data: two mood check-ins, a skill practice and an urge log a day. */
async function seedClient(handle: DatabaseHandle, days: number, now: Date): Promise<Actor> {
  const db = handle.db;
  const practiceId = newId();
  const clientId = newId();
  const at = now.toISOString();
  await db.insertInto('practices').values({ id: practiceId, name: 'Bench', created_at: at }).execute();
  await db
    .insertInto('users')
    .values({ id: clientId, practice_id: practiceId, email: `c${clientId}@bench.test`, name: 'Client', role: 'client', is_admin: 0, password_hash: 'x', time_zone: 'UTC', locale: 'en', privacy_accepted_at: at, created_at: at, updated_at: at })
    .execute();
  const today = localDate(now, 'UTC');
  let batch = [];
  for (let i = 0; i < days; i += 1) {
    const date = addDays(today, -i);
    for (const [time, kind, data] of [
      ['08:30', 'mood', { mood: 3 + (i % 6), sleepHours: i % 3 ? 7.5 : 5, emotions: [{ name: 'calm', intensity: 50 }] }],
      ['20:00', 'mood', { mood: 4 + (i % 5), emotions: [] }],
      ['12:00', 'skill', { skill: 'Slow breathing', minutes: 10 }],
    ] as const) {
      batch.push({ id: newId(), client_id: clientId, kind, occurred_at: `${date}T${time}:00.000Z`, local_date: date, local_time: time, time_zone: 'UTC', shared: 1, data: JSON.stringify(data), idempotency_key: newId(), created_at: at, updated_at: at, deleted_at: null });
    }
    if (batch.length >= 600) {
      await db.insertInto('entries').values(batch).execute();
      batch = [];
    }
  }
  if (batch.length) await db.insertInto('entries').values(batch).execute();
  return { userId: clientId, practiceId, role: 'client', isAdmin: false, name: 'Client', email: '', timeZone: 'UTC', locale: 'en', sessionId: '', sessionExpiresAt: at };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Fits time = c * size^k on a log-log scale and returns k. */
export function growthExponent(points: GrowthPoint[]): number {
  const xs = points.map((p) => Math.log(p.days));
  const ys = points.map((p) => Math.log(Math.max(p.medianMs, 0.001)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const num = xs.reduce((a, x, i) => a + (x - mx) * ((ys[i] ?? 0) - my), 0);
  const den = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return Math.round((num / den) * 100) / 100;
}

/** The insights page (a year's range) for one client holding 30 days to 10 years of daily data. */
export async function insightsGrowth(kind: 'sqlite' | 'postgres', pgUrl: string | undefined, quick: boolean): Promise<GrowthPoint[]> {
  const sizes = quick ? [30, 365] : [30, 365, 3 * 365, 10 * 365];
  const out: GrowthPoint[] = [];
  const now = new Date();
  for (const days of sizes) {
    const { handle, cleanup } = await open(kind, pgUrl);
    try {
      const actor = await seedClient(handle, days, now);
      const ctx = { actor, ip: null, now };
      const times: number[] = [];
      for (let i = 0; i < (quick ? 3 : 25); i += 1) {
        const t0 = performance.now();
        await insightsFor({ db: handle.db, ctx, actor, clientId: actor.userId, range: 'year' });
        times.push(performance.now() - t0);
      }
      out.push({ days, medianMs: Math.round(median(times.slice(quick ? 0 : 5)) * 10) / 10 });
    } finally {
      await cleanup();
    }
  }
  return out;
}
