import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '../server/src/db/demo-seed.ts';
import { entryBytes, todayInteractiveMs } from './first-screen.ts';
import { type GrowthPoint, growthExponent, insightsGrowth } from './growth.ts';
import { caseloadGrowth, summaryGrowth } from './growth-loop.ts';
import { type CaseResult, runHttpCases, signIn } from './http.ts';
import { type TwoInstanceResult, twoInstances } from './two-instances.ts';
import { demoDatabase, rssMb, startServer } from './server.ts';

// `npm run bench`: HTTP throughput and latency on SQLite and (when a URL is given)
// PostgreSQL, with memory. `--quick` runs every case briefly to prove the harness works.
const quick = process.argv.includes('--quick');
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const opts = quick ? { seconds: 1, warmup: 0, connections: 10 } : { seconds: 10, warmup: 3, connections: 50 };

type DbReport = {
  database: string;
  rssIdleMb: number | null;
  rssAfterLoadMb: number | null;
  http: CaseResult[];
  insightsGrowth?: { points: GrowthPoint[]; exponent: number };
  summaryGrowth?: { points: GrowthPoint[]; exponent: number };
  caseloadGrowth?: { points: GrowthPoint[]; exponent: number };
  firstScreen?: { jsGzip: number; cssGzip: number; files: number; todayVisibleMs: number[] };
};
const reports: DbReport[] = [];

const kinds: Array<'sqlite' | 'postgres'> = pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];
for (const kind of kinds) {
  const db = await demoDatabase(kind, pgUrl);
  const server = await startServer(db.env);
  try {
    const client = await signIn(server.url, 'sam@demo.stepwise.test', DEMO_PASSWORD);
    const therapist = await signIn(server.url, 'maya@demo.stepwise.test', DEMO_PASSWORD);
    const today = (await (await fetch(`${server.url}/api/today`, { headers: { cookie: client } })).json()) as { date: string; items: Array<{ assignmentId: string; time: string }> };
    const samId = ((await (await fetch(`${server.url}/api/me`, { headers: { cookie: client } })).json()) as { user: { id: string } }).user.id;
    const item = today.items[0];
    if (!item) throw new Error('the demo client has nothing planned today');
    await new Promise((r) => setTimeout(r, 1000));
    const rssIdleMb = rssMb(server.pid);
    const json = { 'content-type': 'application/json', origin: server.url };
    // Reads before writes: the check-in cases add thousands of entries to one day, which would
    // turn the caseload and summary cases into a measure of that artefact.
    const http = await runHttpCases(
      server,
      [
        { name: 'baseline: GET /api/health', method: 'GET', path: '/api/health' },
        { name: 'client Today (GET /api/today)', method: 'GET', path: '/api/today', headers: { cookie: client } },
        { name: 'caseload (GET /api/caseload)', method: 'GET', path: '/api/caseload', headers: { cookie: therapist } },
        { name: 'pre-session summary (GET)', method: 'GET', path: `/api/clients/${samId}/summary`, headers: { cookie: therapist } },
        {
          name: 'mood check-in (POST /api/entries)',
          method: 'POST',
          path: '/api/entries',
          headers: { ...json, cookie: client },
          makeBody: () => JSON.stringify({ kind: 'mood', occurredAt: new Date().toISOString(), idempotencyKey: randomUUID(), data: { mood: 6 } }),
        },
        {
          name: 'homework check-in (POST)',
          method: 'POST',
          path: `/api/assignments/${item.assignmentId}/check-ins`,
          headers: { ...json, cookie: client },
          body: JSON.stringify({ date: today.date, time: item.time, outcome: 'done', helpfulness: 7 }),
        },
        { name: 'therapist client list (GET)', method: 'GET', path: '/api/clients', headers: { cookie: therapist } },
      ],
      opts,
    );
    const firstScreen = kind === 'sqlite' ? { ...entryBytes(), todayVisibleMs: await todayInteractiveMs(server, quick ? 1 : 5) } : undefined;
    const points = await insightsGrowth(kind, pgUrl, quick);
    const summary = await summaryGrowth(kind, pgUrl, quick);
    const clients = await caseloadGrowth(kind, pgUrl, quick);
    reports.push({
      database: db.label,
      rssIdleMb,
      rssAfterLoadMb: rssMb(server.pid),
      http,
      insightsGrowth: { points, exponent: growthExponent(points) },
      summaryGrowth: { points: summary, exponent: growthExponent(summary) },
      caseloadGrowth: { points: clients, exponent: growthExponent(clients) },
      firstScreen,
    });
  } finally {
    await server.stop();
    await db.cleanup();
  }
}

const twoOnPostgres: TwoInstanceResult | null = pgUrl ? await twoInstances(pgUrl, quick ? 300 : 5000) : null;

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const result = { at: new Date().toISOString(), machine, quick, connections: opts.connections, seconds: opts.seconds, reports, twoOnPostgres };
const file = path.join(import.meta.dirname, 'results', `${result.at.replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`);
fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);

console.log(`\nStepwise benchmarks on ${machine}${quick ? ' (quick: not for comparison)' : ''}`);
for (const r of reports) {
  console.log(`\n${r.database}: RSS idle ${r.rssIdleMb} MB, after load ${r.rssAfterLoadMb} MB`);
  console.log('case                                  req/s   ratio    p50 ms   p99 ms  errors');
  for (const c of r.http) {
    console.log(`${c.name.padEnd(36)} ${String(c.reqPerSec).padStart(7)}  ${String(c.ratio).padStart(6)}  ${String(c.p50).padStart(7)}  ${String(c.p99).padStart(7)}  ${String(c.errors).padStart(6)}`);
  }
  if (r.firstScreen) {
    const f = r.firstScreen;
    const sorted = [...f.todayVisibleMs].sort((a, b) => a - b);
    console.log(`client entry: ${Math.round(f.jsGzip / 1024)} KB JS + ${Math.round(f.cssGzip / 1024)} KB CSS gzipped (${f.files} files); Today visible at 375 px, 4x CPU slowdown: median ${sorted[Math.floor(sorted.length / 2)]} ms`);
  }
  if (r.insightsGrowth) {
    const g = r.insightsGrowth;
    console.log(`insights (a year's range) by data held: ${g.points.map((p) => `${p.days} days ${p.medianMs} ms`).join(', ')}; growth exponent k = ${g.exponent}`);
  }
  if (r.summaryGrowth) {
    const g = r.summaryGrowth;
    console.log(`pre-session summary by data held: ${g.points.map((p) => `${p.days} days ${p.medianMs} ms`).join(', ')}; growth exponent k = ${g.exponent}`);
  }
  if (r.caseloadGrowth) {
    const g = r.caseloadGrowth;
    console.log(`caseload by clients (a year of data each): ${g.points.map((p) => `${p.days} clients ${p.medianMs} ms`).join(', ')}; growth exponent k = ${g.exponent}`);
  }
}
if (twoOnPostgres) {
  const t = twoOnPostgres;
  console.log(`\nTwo instances on one PostgreSQL, mood check-ins: ${t.reqPerSec.join(' + ')} req/s, ${t.acknowledged} acknowledged, ${t.rowsAdded} rows added (${t.acknowledged === t.rowsAdded ? 'equal' : 'NOT equal'}), ${t.errors} errors, session valid on both: ${t.sessionValidOnBoth}`);
}
console.log(`\nWritten to ${path.relative(process.cwd(), file)}`);
