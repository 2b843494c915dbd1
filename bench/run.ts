import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '../server/src/db/demo-seed.ts';
import { entryBytes, firstScreenMs } from './first-screen.ts';
import { type GrowthPoint, growthExponent, insightsGrowth, median } from './growth.ts';
import { caseloadGrowth, summaryGrowth } from './growth-loop.ts';
import { type CaseResult, runHttpCases, signIn } from './http.ts';
import { type NotificationsReport, notificationsInChild } from './notifications.ts';
import { type PlannerResult, plannerScale } from './planner.ts';
import { type TwoInstanceResult, twoInstances } from './two-instances.ts';
import { demoDatabase, rssMb, startServer } from './server.ts';

// `npm run bench`: HTTP throughput and latency on SQLite and (when a URL is given)
// PostgreSQL, with memory, and the notification dispatcher under load. `--quick` runs every
// case briefly to prove the harness works. `--only http` or `--only notifications` runs one part.
const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const parts = ['http', 'notifications'];
if (onlyAt >= 0 && (!only || !parts.includes(only))) throw new Error(`--only takes one of: ${parts.join(', ')}`);
const runs = (part: string) => !only || only === part;
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const opts = quick ? { seconds: 1, warmup: 0, connections: 10 } : { seconds: 10, warmup: 3, connections: 50 };

type DbReport = {
  database: string;
  rssIdleMb?: number | null;
  rssAfterLoadMb?: number | null;
  http?: CaseResult[];
  insightsGrowth?: { points: GrowthPoint[]; exponent: number };
  summaryGrowth?: { points: GrowthPoint[]; exponent: number };
  caseloadGrowth?: { points: GrowthPoint[]; exponent: number };
  firstScreen?: { jsGzip: number; cssGzip: number; files: number; todayVisibleMs: number[]; checkInSavedMs: number[] };
  notifications?: NotificationsReport;
  planner?: PlannerResult;
};
const reports: DbReport[] = [];

const kinds: Array<'sqlite' | 'postgres'> = pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];
const dbLabel = { sqlite: 'SQLite (embedded, WAL)', postgres: 'PostgreSQL' } as const;
for (const kind of kinds) {
  if (!runs('http')) continue;
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
    const firstScreen = kind === 'sqlite' ? { ...entryBytes(), ...(await firstScreenMs(server, quick ? 1 : 5)) } : undefined;
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

// The notification dispatcher: N due notifications for M clients (bench/notifications.ts), in a
// child process per database so its memory figures are its own.
for (const kind of kinds) {
  if (!runs('notifications')) continue;
  const notifications = await notificationsInChild(kind, pgUrl, quick);
  // The reminder planner's rounds at the same number of clients.
  const planner = await plannerScale(kind, quick ? 500 : 10_000, pgUrl);
  const existing = reports.find((r) => r.database === dbLabel[kind]);
  if (existing) Object.assign(existing, { notifications, planner });
  else reports.push({ database: dbLabel[kind], notifications, planner });
}

const twoOnPostgres: TwoInstanceResult | null = pgUrl && runs('http') ? await twoInstances(pgUrl, quick ? 300 : 5000) : null;

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const result = { at: new Date().toISOString(), machine, quick, only: only ?? null, connections: opts.connections, seconds: opts.seconds, reports, twoOnPostgres };
const file = path.join(import.meta.dirname, 'results', `${result.at.replace(/[:.]/g, '-')}${quick ? '-quick' : ''}${only ? `-${only}` : ''}.json`);
fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);

console.log(`\nStepwise benchmarks on ${machine}${quick ? ' (quick: not for comparison)' : ''}`);
for (const r of reports) {
  if (r.http) {
    console.log(`\n${r.database}: RSS idle ${r.rssIdleMb} MB, after load ${r.rssAfterLoadMb} MB`);
    console.log('case                                  req/s   ratio    p50 ms   p99 ms  errors');
    for (const c of r.http) {
      console.log(`${c.name.padEnd(36)} ${String(c.reqPerSec).padStart(7)}  ${String(c.ratio).padStart(6)}  ${String(c.p50).padStart(7)}  ${String(c.p99).padStart(7)}  ${String(c.errors).padStart(6)}`);
    }
    if (r.firstScreen) {
      const f = r.firstScreen;
      console.log(`client entry: ${Math.round(f.jsGzip / 1024)} KB JS + ${Math.round(f.cssGzip / 1024)} KB CSS gzipped (${f.files} files); at 375 px, 4x CPU slowdown: Today visible median ${median(f.todayVisibleMs)} ms, then a saved mood check-in median ${median(f.checkInSavedMs)} ms`);
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
  if (r.notifications) printNotifications(r.notifications);
  if (r.planner) {
    const p = r.planner;
    const ms = (x: number) => Math.round(x * 10) / 10;
    console.log(`reminder planner, ${p.clients} clients: first round ${ms(p.firstRoundMs)} ms for ${p.firstRoundRows} reminders (36 hours), a minute's round ${ms(p.minuteRoundMs)} ms, one client's re-plan ${ms(p.replanMs)} ms`);
  }
}
if (twoOnPostgres) {
  const t = twoOnPostgres;
  console.log(`\nTwo instances on one PostgreSQL, mood check-ins: ${t.reqPerSec.join(' + ')} req/s, ${t.acknowledged} acknowledged, ${t.rowsAdded} rows added (${t.acknowledged === t.rowsAdded ? 'equal' : 'NOT equal'}), ${t.errors} errors, session valid on both: ${t.sessionValidOnBoth}`);
}
console.log(`\nWritten to ${path.relative(process.cwd(), file)}`);
// A dispatcher that loses, repeats or misfiles a notification fails the run (and CI's --quick).
const wrong = reports
  .flatMap((r) => {
    const n = r.notifications;
    return n ? [n.main, ...n.batchSizes, n.agedTable.empty, n.agedTable.aged, ...(n.twoDispatchers ? [n.twoDispatchers] : [])] : [];
  })
  .filter((d) => !d.correct);
if (wrong.length > 0) {
  console.error(`notification dispatch was not correct in ${wrong.length} run(s)`);
  process.exitCode = 1;
}

function printNotifications(n: NotificationsReport) {
  const m = n.main;
  const yes = (ok: boolean, problems: string[]) => (ok ? 'correct' : `NOT CORRECT: ${problems.join('; ')}`);
  console.log(`\nNotification dispatch on ${n.database}; ${n.machine}`);
  console.log(`${m.notifications} notifications for ${m.clients} clients (${n.scale.therapists} therapists), seeded in ${n.seedSeconds} s; ${m.rows} due, dispatched in ${m.seconds} s = ${m.perSec} rows/s (batch size ${m.batchSize}); ${yes(m.correct, m.problems)}`);
  const o = m.expected;
  console.log(`outcomes: ${o.sentEmail} sent with email, ${o.sentInApp} in-app only, ${o.dropped} dropped (too late), ${o.held} held (quiet hours), ${o.notDue} not yet due; ${m.outcomes.emails} mails, ${m.duplicateMails} duplicates`);
  console.log(`rows/s per batch by tenth of the run: ${m.perSecByTenth.join(' ')} (first 10% ${m.firstTenthPerSec}, last 10% ${m.lastTenthPerSec})`);
  if (m.memory) {
    const x = m.memory;
    const line = (name: string, f: typeof x.rssMb) => `${name} start ${f.start} max ${f.max} end ${f.end} MB, slope ${f.slopePer10kRows} MB/10k rows (${f.slopeAfterWarmUpPer10kRows} after the first 10%)`;
    console.log(`memory of the dispatching process, ${x.samples} samples every ${x.everyMs} ms: ${line('RSS', x.rssMb)}; ${line('heapUsed', x.heapUsedMb)}; heapUsed after a full GC ${x.heapAfterGcMb.start} -> ${x.heapAfterGcMb.end} MB`);
  }
  if (m.processWrittenKbPerRow !== undefined && n.database.startsWith('SQLite')) console.log(`written by the process (WAL, checkpoints): ${m.processWrittenKbPerRow} KB per row`);
  console.log(`each outcome alone (batch 100, on the drained table): ${n.byOutcome.map((b) => `${b.outcome} ${b.perSec}/s`).join(', ')}`);
  console.log(`one timer tick with the defaults (batch 100, at most 25 rounds): ${n.defaultTick.claimed} rows in ${n.defaultTick.ms} ms; event loop blocked up to ${n.defaultTick.maxEventLoopDelayMs} ms`);
  console.log('batch size  notifications   rows/s  first10%  last10%  claim avg ms  claim  recipients  finish  check');
  for (const b of n.batchSizes) {
    const s = b.statements;
    const pct = (x: number | undefined) => `${Math.round((x ?? 0) * 100)}%`.padStart(5);
    console.log(`${String(b.batchSize).padStart(10)}  ${String(b.notifications).padStart(13)}  ${String(b.perSec).padStart(7)}  ${String(b.firstTenthPerSec).padStart(8)}  ${String(b.lastTenthPerSec).padStart(7)}  ${String(s?.claim.avgMs ?? '').padStart(12)}  ${pct(s?.claim.share)}  ${pct(s?.recipients.share).padStart(10)}  ${pct(s?.finish.share).padStart(6)}  ${b.correct ? 'ok' : 'WRONG'}`);
  }
  const a = n.agedTable;
  console.log(`the same ${a.empty.notifications} notifications (batch 100) into a nearly empty table: ${a.empty.perSec} rows/s (finish avg ${a.empty.statements?.finish.avgMs} ms); with ${a.historyRows} rows already in the table: ${a.aged.perSec} rows/s (finish avg ${a.aged.statements?.finish.avgMs} ms); ${a.empty.correct && a.aged.correct ? 'correct' : 'NOT CORRECT'}`);
  if (n.twoDispatchers) {
    const t = n.twoDispatchers;
    console.log(`two dispatchers, a pool each: ${t.perSec} rows/s together (one alone: ${t.singlePerSec}), claimed ${t.claimedBy.join(' + ')} of ${t.rows}; rows sent ${t.outcomes.sent} = expected ${t.expected.sentEmail + t.expected.sentInApp}, ${t.outcomes.emails} mails, ${t.duplicateMails} duplicates; ${yes(t.correct, t.problems)}`);
  }
}
