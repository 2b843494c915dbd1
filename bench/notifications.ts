import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { quietHoursEndAt, localTime } from '@stepwise/domain';
import type { FastifyInstance } from 'fastify';
import { type Insertable, type KyselyPlugin, SelectQueryNode, sql, UpdateQueryNode } from 'kysely';
import { buildApp } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import { connect, type ConnectOptions, type DatabaseHandle, type Db } from '../server/src/db/connect.ts';
import { migrateToLatest } from '../server/src/db/migrate.ts';
import type { NotificationTable } from '../server/src/db/types.ts';
import { newId } from '../server/src/ids.ts';
import { dispatchDue, type DispatchResult } from '../server/src/jobs/dispatcher.ts';
import type { Mail, Mailer } from '../server/src/mail/mailer.ts';

/** The dispatcher's default batch size (server/src/jobs/dispatcher.ts). */
const BATCH = 100;
import pg from 'pg';

// The delivery engine under load (issue 7): N scheduled notifications for M clients, drained
// by the real dispatcher (server/src/jobs/dispatcher.ts) with the deps buildApp makes, so a
// channel added there runs as in the server (web push: nobody here has a subscription, so it
// only looks them up), and a counting mailer instead of SMTP. Reports throughput per batch over
// time, the process's memory sampled while it runs, batch sizes, and two dispatchers on PostgreSQL.

export type Scale = { clients: number; notifications: number };
type Outcome = 'sentEmail' | 'sentInApp' | 'dropped' | 'held' | 'notDue';
type Expected = Record<Outcome, number>;

export type MemoryReport = {
  samples: number;
  everyMs: number;
  /** slopePer10kRows: least squares over all samples; ...AfterWarmUp: over those after the first 10% of rows (JIT, heap sizing). */
  rssMb: { start: number; max: number; end: number; slopePer10kRows: number; slopeAfterWarmUpPer10kRows: number };
  heapUsedMb: { start: number; max: number; end: number; slopePer10kRows: number; slopeAfterWarmUpPer10kRows: number };
  /** heapUsed right after a full GC, before and after the run: what is really retained. */
  heapAfterGcMb: { start: number; end: number };
  /** Up to 21 samples spread over the run: rows handled so far, RSS and heapUsed in MB. */
  series: Array<[number, number, number]>;
};

export type DrainReport = {
  batchSize: number;
  notifications: number;
  clients: number;
  rows: number;
  batches: number;
  seconds: number;
  perSec: number;
  /** rows/s within the batches of each tenth of the run, first to last. */
  perSecByTenth: number[];
  firstTenthPerSec: number;
  lastTenthPerSec: number;
  outcomes: DispatchResult & { emails: number };
  /** Mails for a row that already had one (from the counting mailer's bitmap): must be 0. */
  duplicateMails: number;
  expected: Expected;
  /** Every count matched what the seed predicts, no row left claimed, no mail twice. */
  correct: boolean;
  problems: string[];
  memory?: MemoryReport;
  /** Time per statement kind (batch-size runs): where a batch's time goes. */
  statements?: StatementSplit;
  /** KB this process wrote per row handled (SQLite's WAL; PostgreSQL writes in its own processes). */
  processWrittenKbPerRow?: number;
};

export type NotificationsReport = {
  database: string;
  machine: string;
  scale: Scale & { therapists: number };
  seedSeconds: number;
  /** The realistic mix at the default batch size (100), with memory. */
  main: DrainReport;
  /** Each outcome alone, on the table the main run filled: rows/s. */
  byOutcome: Array<{ outcome: string; rows: number; seconds: number; perSec: number }>;
  /** One call as the server's timer makes it (default batchSize 100, maxRounds 25). */
  defaultTick: { claimed: number; ms: number; maxEventLoopDelayMs: number };
  batchSizes: DrainReport[];
  /**
   * The same backlog (sweep scale, batch 100) drained twice on one database: into a nearly empty
   * table, then after `historyRows` sent rows were added (nothing deletes sent rows).
   */
  agedTable: { historyRows: number; empty: DrainReport; aged: DrainReport };
  /** PostgreSQL only: two dispatchers (two pools) draining the same table at once. */
  twoDispatchers?: DrainReport & { claimedBy: [number, number]; singlePerSec: number };
  /** The claim's inner SELECT: its plan with every row due, with the table drained (as left, then analyzed). */
  claimPlan: { due: string; drained: string; drainedAnalyzed: string };
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ZONES = ['UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Australia/Sydney', 'Asia/Kolkata'];

/** A small deterministic PRNG (mulberry32), so every run seeds the same mix. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20 * 10) / 10;
const round1 = (x: number) => Math.round(x * 10) / 10;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

let gcFn: (() => void) | undefined;
function fullGc() {
  if (!gcFn) {
    v8.setFlagsFromString('--expose-gc');
    gcFn = vm.runInNewContext('gc') as () => void;
  }
  gcFn();
  gcFn();
}

/**
 * Counts mails instead of sending them. Each notification's url carries its sequence number
 * (`?ref=n`), so a bitmap allocated before the run tells a second mail for the same row
 * without memory that grows with the run.
 */
export type CountingMailer = Mailer & { sent: number; duplicates: number; reset: (capacity: number) => void };
export function countingMailer(): CountingMailer {
  let seen = new Uint8Array(0);
  const m: CountingMailer = {
    sent: 0,
    duplicates: 0,
    reset(capacity) {
      seen = new Uint8Array(capacity);
      m.sent = 0;
      m.duplicates = 0;
    },
    async send(mail: Mail) {
      m.sent += 1;
      const ref = Number(/[?&]ref=(\d+)/.exec(mail.link ?? mail.text)?.[1] ?? -1);
      if (ref < 0 || ref >= seen.length) return;
      if (seen[ref]) m.duplicates += 1;
      seen[ref] = 1;
    },
    close: () => {},
  };
  return m;
}

/** The app as the server builds it, on `handle`, with the counting mailer. */
async function appOn(handle: DatabaseHandle, mailer: Mailer, dataDir: string): Promise<FastifyInstance> {
  const config = loadConfig({ DATA_DIR: dataDir, PUBLIC_URL: 'http://bench.stepwise.test', LOG_LEVEL: 'silent' });
  return buildApp({ config, database: handle, mailer, clock: { now: () => new Date() }, logger: false });
}

// --- the population --------------------------------------------------------------------------

/** How a client's preferences decide a notification's fate. */
const Prefs = {
  /** No preferences row: email on, no quiet hours. */
  Default: 0,
  InAppOnly: 1,
  EmailClinical: 2,
  /** Quiet hours set, but not now. */
  QuietInactive: 3,
  /** Inside quiet hours now. */
  Quiet: 4,
} as const;
type Prefs = (typeof Prefs)[keyof typeof Prefs];

type World = {
  practiceId: string;
  clients: string[];
  prefs: Uint8Array;
  emailOn: Uint8Array;
  therapists: string[];
  /** Client indexes by what their notifications do: for the per-outcome runs. */
  byFate: { email: number[]; inApp: number[]; quiet: number[] };
};

async function insertChunked(db: Db, table: 'users' | 'notification_preferences' | 'notifications', rows: object[], size: number) {
  for (let i = 0; i < rows.length; i += size) await db.insertInto(table).values(rows.slice(i, i + size) as never).execute();
}

/** A practice, one therapist per 100 clients, the clients and their preferences. */
async function seedPeople(db: Db, clients: number, now: Date): Promise<World> {
  const r = rng(7);
  const at = now.toISOString();
  const practiceId = newId();
  await db.insertInto('practices').values({ id: practiceId, name: 'Bench practice', created_at: at }).execute();
  const user = (id: string, role: 'client' | 'therapist', n: number, zone: string) => ({
    id, practice_id: practiceId, email: `${role[0]}${n}.${id.slice(-12)}@bench.test`, name: `${role} ${n}`, role, is_admin: 0, password_hash: 'x', time_zone: zone, locale: 'en', privacy_accepted_at: at, created_at: at, updated_at: at,
  });
  const therapists = Array.from({ length: Math.max(1, Math.ceil(clients / 100)) }, () => newId());
  const world: World = { practiceId, clients: [], prefs: new Uint8Array(clients), emailOn: new Uint8Array(clients), therapists, byFate: { email: [], inApp: [], quiet: [] } };
  const users: object[] = therapists.map((id, n) => user(id, 'therapist', n, 'Europe/London'));
  const prefs: object[] = [];
  for (let n = 0; n < clients; n += 1) {
    const id = newId();
    const zone = ZONES[n % ZONES.length] ?? 'UTC';
    world.clients.push(id);
    users.push(user(id, 'client', n, zone));
    const x = r();
    let kind: Prefs = x < 0.3 ? Prefs.Default : x < 0.7 ? Prefs.InAppOnly : x < 0.8 ? Prefs.EmailClinical : x < 0.9 ? Prefs.QuietInactive : Prefs.Quiet;
    let quiet: [string, string] | [null, null] = [null, null];
    if (kind === Prefs.Quiet) quiet = [localTime(new Date(now.getTime() - 2 * HOUR), zone), localTime(new Date(now.getTime() + 6 * HOUR), zone)];
    if (kind === Prefs.QuietInactive) quiet = [localTime(new Date(now.getTime() + HOUR), zone), localTime(new Date(now.getTime() + 7 * HOUR), zone)];
    // Decided by the same function the dispatcher uses, so the expectation cannot drift from it.
    const inQuiet = quietHoursEndAt(now, zone, quiet[0], quiet[1]) !== null;
    if (kind === Prefs.Quiet && !inQuiet) kind = Prefs.QuietInactive;
    if (kind === Prefs.QuietInactive && inQuiet) kind = Prefs.Quiet;
    const email = kind === Prefs.InAppOnly ? 0 : kind === Prefs.Quiet ? (r() < 0.5 ? 1 : 0) : 1;
    world.prefs[n] = kind;
    world.emailOn[n] = email;
    if (kind === Prefs.Quiet) world.byFate.quiet.push(n);
    else if (email) world.byFate.email.push(n);
    else world.byFate.inApp.push(n);
    if (kind !== Prefs.Default) {
      prefs.push({ user_id: id, email, quiet_hours_start: quiet[0], quiet_hours_end: quiet[1], show_clinical_content: kind === Prefs.EmailClinical ? 1 : 0, updated_at: at });
    }
  }
  await insertChunked(db, 'users', users, 1000);
  await insertChunked(db, 'notification_preferences', prefs, 1000);
  return world;
}

type Kind = { kind: string; weight: number; title: string; path: string; dropAfterMs: number | null; therapist?: boolean; urgent?: boolean; late?: number };
/**
 * The kinds the app schedules (features/reminders, appointments, safety) with their lateness
 * rules, in a plausible mix: planned reminders dominate. `late` is the share scheduled hours
 * ago (the server was down, say), which are dropped. A safety alert goes to therapists, sends
 * no email and ignores quiet hours (jobs/delivery.ts).
 */
const KINDS: Kind[] = [
  { kind: 'practice_reminder', weight: 0.3, title: 'Time for your practice', path: '/today', dropAfterMs: 2 * HOUR, late: 0.15 },
  { kind: 'check_in_reminder', weight: 0.2, title: 'How are you doing?', path: '/today', dropAfterMs: 2 * HOUR, late: 0.15 },
  { kind: 'measure_reminder', weight: 0.08, title: 'A questionnaire is ready', path: '/measures', dropAfterMs: 12 * HOUR },
  { kind: 'session_day_before', weight: 0.08, title: 'Session reminder', path: '/today', dropAfterMs: 24 * HOUR },
  { kind: 'session_hour_before', weight: 0.06, title: 'Session reminder', path: '/today', dropAfterMs: HOUR },
  { kind: 'new_message', weight: 0.12, title: 'New message', path: '/messages', dropAfterMs: null },
  { kind: 'encouragement', weight: 0.05, title: 'A note for you', path: '/today', dropAfterMs: null },
  { kind: 'new_resource', weight: 0.04, title: 'Something new to read', path: '/resources', dropAfterMs: null },
  { kind: 'nudge', weight: 0.03, title: 'A gentle nudge', path: '/today', dropAfterMs: null },
  { kind: 'therapist_digest', weight: 0.02, title: 'Daily digest', path: '/clients', dropAfterMs: 4 * HOUR, therapist: true },
  { kind: 'safety_alert', weight: 0.02, title: 'Safety alert', path: '/alerts', dropAfterMs: null, therapist: true, urgent: true },
];

type Force = 'sentEmail' | 'sentInApp' | 'dropped' | 'held';

/**
 * One notification row and what the dispatcher must do with it at `now`. Mostly due in the
 * last 90 minutes; 5% due later (not touched); some planned reminders hours late (dropped).
 */
function makeRow(r: () => number, world: World, now: Date, tag: string, seq: number, force?: Force): { row: Insertable<NotificationTable>; expect: Outcome } {
  let k: Kind = KINDS[0] as Kind;
  let user: number;
  let due: number;
  let therapist = false;
  if (force) {
    const pool = force === 'sentEmail' ? world.byFate.email : force === 'sentInApp' ? world.byFate.inApp : force === 'held' ? world.byFate.quiet : null;
    user = pool ? (pool[Math.floor(r() * pool.length)] ?? 0) : Math.floor(r() * world.clients.length);
    k = force === 'dropped' ? k : (KINDS[5] as Kind);
    due = force === 'dropped' ? now.getTime() - 3 * HOUR - r() * 5 * HOUR : now.getTime() - r() * 90 * MINUTE;
  } else {
    let x = r();
    for (const candidate of KINDS) {
      k = candidate;
      if ((x -= candidate.weight) < 0) break;
    }
    therapist = k.therapist === true;
    user = Math.floor(r() * (therapist ? world.therapists.length : world.clients.length));
    const y = r();
    due = y < 0.05 ? now.getTime() + 5 * MINUTE + r() * 24 * HOUR : y < 0.05 + (k.late ?? 0) ? now.getTime() - 2 * HOUR - r() * 6 * HOUR : now.getTime() - r() * 90 * MINUTE;
  }
  const dueAt = new Date(Math.floor(due)).toISOString();
  const dropAfter = k.dropAfterMs === null ? null : new Date(Math.floor(due) + k.dropAfterMs).toISOString();
  let expect: Outcome;
  if (due > now.getTime()) expect = 'notDue';
  else if (dropAfter !== null && now.getTime() > Date.parse(dropAfter)) expect = 'dropped';
  else if (k.urgent) expect = 'sentInApp';
  // Therapists have no preferences row: email on, no quiet hours.
  else if (therapist) expect = 'sentEmail';
  else if (world.prefs[user] === Prefs.Quiet) expect = 'held';
  else expect = world.emailOn[user] ? 'sentEmail' : 'sentInApp';
  const userId = (therapist ? world.therapists[user] : world.clients[user]) ?? '';
  return {
    expect,
    row: {
      id: newId(),
      user_id: userId,
      kind: k.kind,
      due_at: dueAt,
      drop_after: dropAfter,
      title: k.title,
      body: 'You have a reminder from Stepwise',
      clinical_body: k.kind === 'nudge' ? null : `${k.title}: the details a person may choose to see (${seq}).`,
      url: `${k.path}?ref=${seq}`,
      status: 'pending',
      attempts: 0,
      next_attempt_at: dueAt,
      claimed_by: null,
      claimed_until: null,
      delivered_at: null,
      sent_at: null,
      channels: '{}',
      reason: null,
      dedupe_key: `bench:${tag}:${seq}`,
      read_at: null,
      created_at: new Date(Math.min(due, now.getTime()) - HOUR).toISOString(),
    },
  };
}

/** Inserts `count` notifications in multi-row statements; returns what the dispatcher must do. */
export async function seedNotifications(db: Db, world: World, now: Date, tag: string, count: number, seed: number, force?: Force | 'oldSent'): Promise<Expected> {
  const r = rng(seed);
  const expected: Expected = { sentEmail: 0, sentInApp: 0, dropped: 0, held: 0, notDue: 0 };
  const write = async (trx: Db) => {
    for (let i = 0; i < count; i += 1000) {
      const rows = [];
      for (let seq = i; seq < Math.min(count, i + 1000); seq += 1) {
        const { row, expect } = makeRow(r, world, now, tag, seq, force === 'oldSent' ? undefined : force);
        if (force === 'oldSent') {
          // History: sent in the last 30 days, as a table without retention keeps it.
          const at = new Date(now.getTime() - (1 + r() * 29) * 24 * HOUR).toISOString();
          Object.assign(row, { status: 'sent', due_at: at, next_attempt_at: at, drop_after: null, delivered_at: at, sent_at: at, claimed_by: 'history', channels: '{"inApp":"delivered","email":"off"}', created_at: at });
        } else {
          expected[expect] += 1;
        }
        rows.push(row);
      }
      await trx.insertInto('notifications').values(rows).execute();
    }
  };
  // One transaction: commits, not rows, are what a bulk insert waits on.
  await db.transaction().execute(write);
  return expected;
}

// --- draining and measuring -------------------------------------------------------------------

function slopePer10k(points: Array<[number, number]>): number {
  if (points.length < 3) return 0;
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const num = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const den = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return den === 0 ? 0 : Math.round((num / den) * 10_000 * 100) / 100;
}

/** Samples RSS and heapUsed every `everyMs` into preallocated arrays (the sampler must not grow the heap itself). */
function memorySampler(progress: () => number, everyMs: number, max: number) {
  const rows = new Float64Array(max);
  const rss = new Float64Array(max);
  const heap = new Float64Array(max);
  let n = 0;
  const take = () => {
    if (n >= max) return;
    const m = process.memoryUsage();
    rows[n] = progress();
    rss[n] = m.rss;
    heap[n] = m.heapUsed;
    n += 1;
  };
  fullGc();
  const heapStart = process.memoryUsage().heapUsed;
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop(): MemoryReport {
      clearInterval(timer);
      take();
      const count = n;
      const pick = (a: Float64Array) => Array.from(a.subarray(0, count));
      const rssAll = pick(rss);
      const heapAll = pick(heap);
      const rowsAll = pick(rows);
      fullGc();
      const heapEnd = process.memoryUsage().heapUsed;
      const warm = (rowsAll[count - 1] ?? 0) / 10;
      const figures = (all: number[]) => {
        const points = rowsAll.map((x, i): [number, number] => [x, (all[i] ?? 0) / 2 ** 20]);
        return { start: mb(all[0] ?? 0), max: mb(Math.max(...all)), end: mb(all[count - 1] ?? 0), slopePer10kRows: slopePer10k(points), slopeAfterWarmUpPer10kRows: slopePer10k(points.filter(([x]) => x >= warm)) };
      };
      return {
        samples: count,
        everyMs,
        rssMb: figures(rssAll),
        heapUsedMb: figures(heapAll),
        heapAfterGcMb: { start: mb(heapStart), end: mb(heapEnd) },
        series: Array.from({ length: Math.min(21, count) }, (_, i) => Math.round((i * (count - 1)) / Math.max(1, Math.min(21, count) - 1))).map((j) => [rowsAll[j] ?? 0, mb(rssAll[j] ?? 0), mb(heapAll[j] ?? 0)]),
      };
    },
  };
}

type DispatchDepsLike = Parameters<typeof dispatchDue>[0];

/**
 * Calls the dispatcher one round at a time (maxRounds 1), so each call is one batch and can be
 * timed, until nothing is due. Yields to the event loop between batches, or a SQLite run (whose
 * driver never waits on I/O) would starve the memory sampler's timer.
 */
export async function drain(deps: DispatchDepsLike, now: Date, batchSize: number, instanceId: string, maxBatches: number, onBatch: (rows: number) => void) {
  const rows = new Uint32Array(maxBatches);
  const ms = new Float64Array(maxBatches);
  const total: DispatchResult = { claimed: 0, sent: 0, dropped: 0, held: 0, retried: 0, failed: 0 };
  let batches = 0;
  for (;;) {
    const t0 = performance.now();
    const r = await dispatchDue(deps, now, { batchSize, maxRounds: 1, instanceId });
    const elapsed = performance.now() - t0;
    if (r.claimed === 0) break;
    if (batches < maxBatches) {
      rows[batches] = r.claimed;
      ms[batches] = elapsed;
    }
    batches += 1;
    for (const key of Object.keys(total) as Array<keyof DispatchResult>) total[key] += r[key];
    onBatch(r.claimed);
    await yieldToLoop();
  }
  return { total, batches, rows: rows.subarray(0, Math.min(batches, maxBatches)), ms: ms.subarray(0, Math.min(batches, maxBatches)) };
}

function tenths(rows: Uint32Array, ms: Float64Array): number[] {
  const out: number[] = [];
  const n = rows.length;
  for (let t = 0; t < 10; t += 1) {
    const from = Math.floor((t * n) / 10);
    const to = Math.max(from + 1, Math.floor(((t + 1) * n) / 10));
    let r = 0;
    let m = 0;
    for (let i = from; i < Math.min(to, n); i += 1) {
      r += rows[i] ?? 0;
      m += ms[i] ?? 0;
    }
    out.push(m > 0 ? Math.round((r / m) * 1000) : 0);
  }
  return out;
}

async function statusCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db.selectFrom('notifications').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Compares what happened with what the seed predicts: counts, table state and mails. */
async function check(db: Db, expected: Expected, total: DispatchResult, mailer: CountingMailer, before: Record<string, number>): Promise<string[]> {
  const after = await statusCounts(db);
  const delta = (s: string) => (after[s] ?? 0) - (before[s] ?? 0);
  const problems: string[] = [];
  const want = (what: string, got: number, exp: number) => {
    if (got !== exp) problems.push(`${what}: ${got}, expected ${exp}`);
  };
  const sent = expected.sentEmail + expected.sentInApp;
  want('dispatcher sent', total.sent, sent);
  want('dispatcher dropped', total.dropped, expected.dropped);
  want('dispatcher held', total.held, expected.held);
  want('dispatcher retried + failed', total.retried + total.failed, 0);
  want('rows newly sent', delta('sent'), sent);
  want('rows newly dropped', delta('dropped'), expected.dropped);
  want('rows newly pending (held + not due)', delta('pending'), expected.held + expected.notDue);
  want('rows left claimed', after.claimed ?? 0, 0);
  want('mails', mailer.sent, expected.sentEmail);
  want('duplicate mails', mailer.duplicates, 0);
  return problems;
}

type DrainSetup = { deps: DispatchDepsLike[]; db: Db; mailer: CountingMailer; world: World; now: Date };

/** Time spent per statement kind, from a Kysely plugin: compile-to-result of each query. */
export type StatementSplit = Record<'claim' | 'recipients' | 'finish' | 'other', { count: number; ms: number; avgMs: number; share: number }>;
function statementTimer() {
  const started = new Map<object, [keyof StatementSplit, number]>();
  const totals: Record<keyof StatementSplit, { count: number; ms: number }> = { claim: { count: 0, ms: 0 }, recipients: { count: 0, ms: 0 }, finish: { count: 0, ms: 0 }, other: { count: 0, ms: 0 } };
  const plugin: KyselyPlugin = {
    transformQuery({ node, queryId }) {
      // The claim is the UPDATE ... RETURNING; a finish is a plain UPDATE; the recipients are SELECTs.
      const what = UpdateQueryNode.is(node) ? (node.returning ? 'claim' : 'finish') : SelectQueryNode.is(node) ? 'recipients' : 'other';
      started.set(queryId, [what, performance.now()]);
      return node;
    },
    async transformResult({ queryId, result }) {
      const s = started.get(queryId);
      if (s) {
        totals[s[0]].count += 1;
        totals[s[0]].ms += performance.now() - s[1];
        started.delete(queryId);
      }
      return result;
    },
  };
  return {
    wrap: (deps: DispatchDepsLike): DispatchDepsLike => ({ ...deps, db: deps.db.withPlugin(plugin) }),
    split(totalMs: number): StatementSplit {
      const out = {} as StatementSplit;
      for (const [k, v] of Object.entries(totals) as Array<[keyof StatementSplit, { count: number; ms: number }]>) {
        out[k] = { count: v.count, ms: Math.round(v.ms), avgMs: v.count ? Math.round((v.ms / v.count) * 1000) / 1000 : 0, share: Math.round((v.ms / totalMs) * 1000) / 1000 };
      }
      return out;
    },
  };
}

/** Bytes this process has written (write syscalls): SQLite's WAL and checkpoints. Linux only. */
function writtenBytes(): number | null {
  try {
    return Number(/wchar:\s+(\d+)/.exec(fs.readFileSync('/proc/self/io', 'utf8'))?.[1] ?? NaN) || null;
  } catch {
    return null;
  }
}

type DrainOptions = {
  batchSize: number;
  memory?: boolean;
  statements?: boolean;
  /** Already seeded (by a child, into an empty table): what the dispatcher must do. */
  seeded?: Expected | null;
  afterSeed?: () => Promise<void>;
};

/** Seeds `count` notifications, drains them with one or more dispatchers and checks the result. */
async function measureDrain(s: DrainSetup, tag: string, count: number, o: DrainOptions): Promise<DrainReport & { claimedBy: number[] }> {
  const before = o.seeded ? {} : await statusCounts(s.db);
  const expected = o.seeded ?? (await seedNotifications(s.db, s.world, s.now, tag, count, count + o.batchSize));
  await o.afterSeed?.();
  s.mailer.reset(count);
  let processed = 0;
  const maxBatches = Math.ceil(count / o.batchSize) + 16;
  const timer = o.statements ? statementTimer() : null;
  const deps = timer ? s.deps.map((d) => timer.wrap(d)) : s.deps;
  const sampler = o.memory ? memorySampler(() => processed, 250, 100_000) : null;
  const written0 = writtenBytes();
  const t0 = performance.now();
  const runs = await Promise.all(deps.map((d, i) => drain(d, s.now, o.batchSize, `bench-${tag}-${i}`, maxBatches, (n) => (processed += n))));
  const ms = performance.now() - t0;
  const written1 = writtenBytes();
  const memory = sampler?.stop();
  const total: DispatchResult = { claimed: 0, sent: 0, dropped: 0, held: 0, retried: 0, failed: 0 };
  for (const run of runs) for (const key of Object.keys(total) as Array<keyof DispatchResult>) total[key] += run.total[key];
  const problems = await check(s.db, expected, total, s.mailer, before);
  // Throughput per batch over time, from the first dispatcher's batches.
  const perSecByTenth = runs[0] ? tenths(runs[0].rows, runs[0].ms) : [];
  return {
    batchSize: o.batchSize,
    notifications: count,
    clients: s.world.clients.length,
    rows: total.claimed,
    batches: runs.reduce((a, r) => a + r.batches, 0),
    seconds: Math.round(ms / 10) / 100,
    perSec: Math.round(total.claimed / (ms / 1000)),
    perSecByTenth,
    firstTenthPerSec: perSecByTenth[0] ?? 0,
    lastTenthPerSec: perSecByTenth[9] ?? 0,
    outcomes: { ...total, emails: s.mailer.sent },
    duplicateMails: s.mailer.duplicates,
    expected,
    correct: problems.length === 0,
    problems,
    ...(memory ? { memory } : {}),
    ...(timer ? { statements: timer.split(ms) } : {}),
    ...(written0 !== null && written1 !== null ? { processWrittenKbPerRow: Math.round((written1 - written0) / 1024 / Math.max(1, total.claimed) * 10) / 10 } : {}),
    claimedBy: runs.map((r) => r.total.claimed),
  };
}

/** What the database plans (and, on PostgreSQL, does) for the claim's inner SELECT at `now`. */
async function claimPlan(db: Db, dialect: 'sqlite' | 'postgres', now: Date, limit: number): Promise<string> {
  const q = db
    .selectFrom('notifications')
    .select('id')
    .where('status', 'in', ['pending', 'claimed'])
    .where('next_attempt_at', '<=', now.toISOString())
    .orderBy('next_attempt_at')
    .limit(limit)
    .$if(dialect === 'postgres', (x) => x.forUpdate().skipLocked())
    .compile();
  if (dialect === 'sqlite') {
    const raw = await db.executeQuery({ ...q, sql: `explain query plan ${q.sql}` });
    return (raw.rows as Array<{ detail: string }>).map((x) => x.detail).join('; ');
  }
  const raw = await db.executeQuery({ ...q, sql: `explain (analyze, buffers, costs off) ${q.sql}` });
  return (raw.rows as Array<Record<string, string>>).map((x) => Object.values(x)[0]).join('\n');
}

async function label(db: Db, dialect: 'sqlite' | 'postgres'): Promise<string> {
  if (dialect === 'sqlite') {
    const r = await sql<{ v: string }>`select sqlite_version() as v`.execute(db);
    return `SQLite ${r.rows[0]?.v ?? ''} (embedded file, WAL, synchronous=NORMAL)`;
  }
  const r = await sql<{ v: string; s: string }>`select current_setting('server_version') as v, current_setting('synchronous_commit') as s`.execute(db);
  return `PostgreSQL ${r.rows[0]?.v ?? ''} (same machine, loopback TCP, synchronous_commit=${r.rows[0]?.s ?? '?'})`;
}

export function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export type NotificationsOptions = {
  scale: Scale;
  /** Batch sizes compared, each on a fresh database at `sweepScale`. */
  batchSizes: number[];
  sweepScale: Scale;
  /** Batch sizes also run at full `scale` besides the default 100, to confirm the sweep. */
  confirmBatchSizes: number[];
  /** Rows per outcome in the per-outcome runs. */
  perOutcome: number;
  /** Sent rows added to the table for the aged-table run. */
  historyRows: number;
  /** Notifications drained by the two concurrent dispatchers (PostgreSQL). */
  twoScale: Scale;
};

export const notificationOptions = (quick: boolean): NotificationsOptions =>
  quick
    ? { scale: { clients: 200, notifications: 2000 }, batchSizes: [25, 100], sweepScale: { clients: 100, notifications: 1000 }, confirmBatchSizes: [], perOutcome: 200, historyRows: 3000, twoScale: { clients: 200, notifications: 2000 } }
    : { scale: { clients: 10_000, notifications: 100_000 }, batchSizes: [10, 25, 50, 100, 250, 500], sweepScale: { clients: 2000, notifications: 20_000 }, confirmBatchSizes: [25], perOutcome: 5000, historyRows: 300_000, twoScale: { clients: 10_000, notifications: 100_000 } };

/** An empty place for a database: a file in a temp folder, or a new PostgreSQL schema. */
async function newLocation(kind: 'sqlite' | 'postgres', pgUrl: string | undefined): Promise<{ at: ConnectOptions; cleanup: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-notify-'));
    return { at: { kind: 'sqlite', file: path.join(dir, 'stepwise.db') }, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  if (!pgUrl) throw new Error('PostgreSQL needs BENCH_DATABASE_URL or TEST_DATABASE_URL');
  const schema = `notify_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  return {
    at: { kind: 'postgres', url: pgUrl, schema },
    cleanup: async () => {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

type SeedJob = { at: ConnectOptions; clients: number; notifications: number; now: string };

/** Migrates and seeds in this process: the people, then `notifications` rows tagged "main". */
async function seedHere(job: SeedJob): Promise<{ world: World; expected: Expected }> {
  const handle = connect(job.at);
  try {
    await migrateToLatest(handle.db, handle.dialect, handle.schema);
    const now = new Date(job.now);
    const world = await seedPeople(handle.db, job.clients, now);
    const expected = await seedNotifications(handle.db, world, now, 'main', job.notifications, job.notifications + 25);
    return { world, expected };
  } finally {
    await handle.close();
  }
}

/**
 * Seeds in a child process, so the process whose memory is sampled never held the 100,000
 * rows being built (their garbage and its return to the OS would be on the RSS curve). The
 * SQLite file is closed by the child before this process opens it (it locks exclusively).
 */
function seedInChild(job: SeedJob): Promise<Expected> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [import.meta.filename, '--seed', JSON.stringify(job)], { maxBuffer: 16 * 2 ** 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`seeding failed: ${err.message}\n${stderr}`));
      else resolve((JSON.parse(stdout) as { expected: Expected }).expected);
    });
  });
}

/** The people as seeded, read back from the database (for a process that did not seed them). */
async function loadWorld(db: Db, now: Date): Promise<World> {
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('notification_preferences as p', 'p.user_id', 'u.id')
    .select(['u.id', 'u.role', 'u.practice_id', 'u.time_zone', 'p.email as email_on', 'p.quiet_hours_start', 'p.quiet_hours_end', 'p.show_clinical_content'])
    .orderBy('u.id')
    .execute();
  const clients = rows.filter((r) => r.role === 'client');
  const world: World = { practiceId: rows[0]?.practice_id ?? '', clients: [], prefs: new Uint8Array(clients.length), emailOn: new Uint8Array(clients.length), therapists: rows.filter((r) => r.role === 'therapist').map((r) => r.id), byFate: { email: [], inApp: [], quiet: [] } };
  clients.forEach((r, n) => {
    const quiet = quietHoursEndAt(now, r.time_zone, r.quiet_hours_start, r.quiet_hours_end) !== null;
    const email = r.email_on === null || r.email_on === 1 ? 1 : 0;
    world.clients.push(r.id);
    world.prefs[n] = r.email_on === null ? Prefs.Default : quiet ? Prefs.Quiet : r.quiet_hours_start !== null ? Prefs.QuietInactive : !email ? Prefs.InAppOnly : Prefs.EmailClinical;
    world.emailOn[n] = email;
    (quiet ? world.byFate.quiet : email ? world.byFate.email : world.byFate.inApp).push(n);
  });
  return world;
}

/**
 * A fresh database with the app (or `pools` apps, each with its own pool) built on it and its
 * people seeded; with `seedMain`, the people and `seedMain` notifications are seeded by a child.
 */
export async function fresh(kind: 'sqlite' | 'postgres', pgUrl: string | undefined, clients: number, now: Date, mailer: CountingMailer, options: { pools?: number; seedMain?: number } = {}) {
  const { at, cleanup } = await newLocation(kind, pgUrl);
  let main: Expected | null = null;
  if (options.seedMain !== undefined) main = await seedInChild({ at, clients, notifications: options.seedMain, now: now.toISOString() });
  const handle = connect(at);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-notify-data-'));
  const handles: DatabaseHandle[] = [handle];
  try {
    if (!main) await migrateToLatest(handle.db, handle.dialect, handle.schema);
    for (let i = 1; i < (options.pools ?? 1); i += 1) handles.push(connect(at));
  } catch (err) {
    for (const h of handles) await h.close();
    await cleanup();
    throw err;
  }
  const apps: FastifyInstance[] = [];
  for (const h of handles) apps.push(await appOn(h, mailer, dataDir));
  const world = main ? await loadWorld(handle.db, now) : await seedPeople(handle.db, clients, now);
  return {
    handle,
    main,
    setup: { deps: apps.map((a) => a.deps), db: handle.db, mailer, world, now } satisfies DrainSetup,
    /** PostgreSQL: fresh statistics, as autovacuum would have them for a table this size. */
    analyze: async () => {
      if (kind === 'postgres') await sql`analyze`.execute(handle.db);
    },
    close: async () => {
      for (const a of apps) await a.close();
      for (const h of handles.slice(1)) await h.close();
      await handle.close();
      await cleanup();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The whole notifications case on one database. */
export async function notificationsBench(kind: 'sqlite' | 'postgres', pgUrl: string | undefined, options: NotificationsOptions, progress: (line: string) => void = () => {}): Promise<NotificationsReport> {
  const now = new Date();
  const mailer = countingMailer();
  const report: Partial<NotificationsReport> = { machine: machine(), scale: { ...options.scale, therapists: Math.ceil(options.scale.clients / 100) } };
  const n = options.scale.notifications;

  // 1. The realistic mix at the default batch size, with memory; then each outcome alone on the
  //    table it left, and one call as the server's timer makes it.
  {
    progress(`${kind}: seeding ${n} notifications for ${options.scale.clients} clients`);
    const t0 = performance.now();
    const f = await fresh(kind, pgUrl, options.scale.clients, now, mailer, { seedMain: n });
    try {
      report.seedSeconds = round1((performance.now() - t0) / 1000);
      report.database = await label(f.handle.db, kind);
      progress(`${report.database}: dispatching them, batch size 100 (the default)`);
      let due = '';
      const main = await measureDrain(f.setup, 'main', n, {
        batchSize: BATCH,
        memory: true,
        seeded: f.main,
        afterSeed: async () => {
          await f.analyze();
          due = await claimPlan(f.handle.db, kind, now, BATCH);
        },
      });
      report.main = strip(main);
      const leftAsIs = await claimPlan(f.handle.db, kind, now, BATCH);
      await f.analyze();
      report.claimPlan = { due, drained: leftAsIs, drainedAnalyzed: await claimPlan(f.handle.db, kind, now, BATCH) };

      report.byOutcome = [];
      for (const outcome of ['sentInApp', 'sentEmail', 'dropped', 'held'] as const) {
        const before = await statusCounts(f.setup.db);
        const expected = await seedNotifications(f.setup.db, f.setup.world, now, `only-${outcome}`, options.perOutcome, 99, outcome);
        await f.analyze();
        mailer.reset(options.perOutcome);
        const t1 = performance.now();
        const run = await drain(f.setup.deps[0] as DispatchDepsLike, now, BATCH, `bench-only-${outcome}`, Math.ceil(options.perOutcome / BATCH) + 16, () => {});
        const seconds = (performance.now() - t1) / 1000;
        const problems = await check(f.setup.db, expected, run.total, mailer, before);
        if (problems.length) throw new Error(`per-outcome run ${outcome}: ${problems.join('; ')}`);
        report.byOutcome.push({ outcome, rows: run.total.claimed, seconds: Math.round(seconds * 100) / 100, perSec: Math.round(run.total.claimed / seconds) });
      }

      // One call as the server's timer makes it (batchSize 100, maxRounds 25): how many rows it
      // takes and how long the event loop (every HTTP request of the instance) waits meanwhile.
      await seedNotifications(f.setup.db, f.setup.world, now, 'tick', 3000, 5, 'sentInApp');
      mailer.reset(0);
      let last = performance.now();
      let maxGap = 0;
      const timer = setInterval(() => {
        const t = performance.now();
        maxGap = Math.max(maxGap, t - last);
        last = t;
      }, 5);
      const t2 = performance.now();
      const tick = await dispatchDue(f.setup.deps[0] as DispatchDepsLike, now);
      const ms = performance.now() - t2;
      await new Promise((resolve) => setTimeout(resolve, 30));
      clearInterval(timer);
      report.defaultTick = { claimed: tick.claimed, ms: Math.round(ms), maxEventLoopDelayMs: Math.round(maxGap) };
    } finally {
      await f.close();
    }
  }

  // 2. Batch sizes, each on a fresh database, with the time per statement kind.
  report.batchSizes = [];
  const sweep: Array<[number, Scale]> = [...options.batchSizes.map((b): [number, Scale] => [b, options.sweepScale]), ...options.confirmBatchSizes.map((b): [number, Scale] => [b, options.scale])];
  for (const [batchSize, scale] of sweep) {
    progress(`${report.database}: batch size ${batchSize}, ${scale.notifications} notifications for ${scale.clients} clients`);
    const f = await fresh(kind, pgUrl, scale.clients, now, mailer);
    try {
      report.batchSizes.push(strip(await measureDrain(f.setup, `batch-${batchSize}`, scale.notifications, { batchSize, statements: true, afterSeed: f.analyze })));
    } finally {
      await f.close();
    }
  }

  // 3. The same backlog on a table that already holds a lot of history.
  {
    const scale = options.sweepScale;
    progress(`${report.database}: ${scale.notifications} notifications into an empty table, then again after ${options.historyRows} sent rows`);
    const f = await fresh(kind, pgUrl, scale.clients, now, mailer);
    try {
      const empty = await measureDrain(f.setup, 'empty', scale.notifications, { batchSize: BATCH, statements: true, afterSeed: f.analyze });
      await seedNotifications(f.setup.db, f.setup.world, now, 'history', options.historyRows, 13, 'oldSent');
      // What autovacuum would have done by then; the drained rows' dead versions go too.
      if (kind === 'postgres') await sql`vacuum analyze notifications`.execute(f.handle.db);
      const historyRows = Object.values(await statusCounts(f.setup.db)).reduce((a, b) => a + b, 0);
      const aged = await measureDrain(f.setup, 'aged', scale.notifications, { batchSize: BATCH, statements: true, afterSeed: f.analyze });
      report.agedTable = { historyRows, empty: strip(empty), aged: strip(aged) };
    } finally {
      await f.close();
    }
  }

  // 4. Two dispatchers with a pool each, on PostgreSQL: disjoint claims, every row once.
  if (kind === 'postgres') {
    const scale = options.twoScale;
    progress(`${report.database}: two dispatchers, ${scale.notifications} notifications for ${scale.clients} clients`);
    const f = await fresh(kind, pgUrl, scale.clients, now, mailer, { pools: 2 });
    try {
      const r = await measureDrain(f.setup, 'two', scale.notifications, { batchSize: BATCH, afterSeed: f.analyze });
      const single = scale.notifications === n ? report.main.perSec : (report.batchSizes.find((b) => b.batchSize === BATCH && b.notifications === scale.notifications)?.perSec ?? 0);
      report.twoDispatchers = { ...strip(r), claimedBy: [r.claimedBy[0] ?? 0, r.claimedBy[1] ?? 0], singlePerSec: single };
    } finally {
      await f.close();
    }
  }
  return report as NotificationsReport;
}

function strip<T extends { claimedBy?: number[] }>(r: T): Omit<T, 'claimedBy'> {
  const { claimedBy: _, ...rest } = r;
  return rest;
}

/**
 * Runs the case for one database in a child process and returns its report: its memory
 * figures then come from a process that did nothing else (the HTTP and growth cases run in
 * the parent leave their own heap and RSS behind). Progress goes to this process's stdout.
 */
export function notificationsInChild(kind: 'sqlite' | 'postgres', pgUrl: string | undefined, quick: boolean): Promise<NotificationsReport> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-notify-report-')), 'report.json');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [import.meta.filename, '--run', kind, out, ...(quick ? ['--quick'] : [])], {
      env: { ...process.env, ...(pgUrl ? { BENCH_DATABASE_URL: pgUrl } : {}) },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      try {
        if (code !== 0) throw new Error(`the notifications bench on ${kind} exited with ${code}`);
        resolve(JSON.parse(fs.readFileSync(out, 'utf8')) as NotificationsReport);
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      } finally {
        fs.rmSync(path.dirname(out), { recursive: true, force: true });
      }
    });
  });
}

if (import.meta.main) {
  const [mode, arg, out] = process.argv.slice(2);
  if (mode === '--seed' && arg) {
    const { expected } = await seedHere(JSON.parse(arg) as SeedJob);
    process.stdout.write(JSON.stringify({ expected }));
  } else if (mode === '--run' && (arg === 'sqlite' || arg === 'postgres') && out) {
    const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    const report = await notificationsBench(arg, pgUrl, notificationOptions(process.argv.includes('--quick')), (line) => console.log(`notifications: ${line}`));
    fs.writeFileSync(out, JSON.stringify(report));
  } else {
    console.error('usage: node bench/notifications.ts --run sqlite|postgres <report.json> [--quick]   (npm run bench -- --only notifications runs both)');
    process.exitCode = 2;
  }
}
