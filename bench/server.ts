import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connect } from '../server/src/db/connect.ts';
import { seedDemo } from '../server/src/db/demo-seed.ts';
import { migrateToLatest } from '../server/src/db/migrate.ts';

const root = path.resolve(import.meta.dirname, '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export type BenchDb = { env: Record<string, string>; label: string; cleanup: () => Promise<void> };

/** A demo-sized database: the demo practice, on SQLite in a temp folder or in a fresh PostgreSQL schema. */
export async function demoDatabase(kind: 'sqlite' | 'postgres', pgUrl?: string): Promise<BenchDb> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-bench-'));
    const handle = connect({ kind: 'sqlite', file: path.join(dir, 'stepwise.db') });
    await migrateToLatest(handle.db, 'sqlite');
    await seedDemo(handle.db);
    await handle.close();
    return { env: { DATA_DIR: dir }, label: 'SQLite (embedded, WAL)', cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  if (!pgUrl) throw new Error('PostgreSQL benchmarks need BENCH_DATABASE_URL or TEST_DATABASE_URL');
  const schema = `bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const handle = connect({ kind: 'postgres', url: pgUrl, schema });
  await migrateToLatest(handle.db, 'postgres', schema);
  await seedDemo(handle.db);
  await handle.close();
  return {
    env: { DATABASE_URL: pgUrl, DATABASE_SCHEMA: schema, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-bench-')) },
    label: 'PostgreSQL',
    cleanup: async () => {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

export type RunningServer = { url: string; pid: number; stop: () => Promise<void> };

/** The real server process, as `npm start` runs it. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'server/src/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), PUBLIC_URL: url, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 30_000;
  while (!out.includes('Stepwise is running')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** Resident memory of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 102.4) / 10 : null;
  } catch {
    return null;
  }
}
