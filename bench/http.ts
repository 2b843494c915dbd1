import fs from 'node:fs';
import autocannon from 'autocannon';
import type { RunningServer } from './server.ts';

/**
 * `cpuUsPerReq`: the server process's CPU time (user + system, all its threads) per request.
 * Unlike req/s it hardly moves with other load on a shared machine, so it is the number to
 * compare across runs; req/s and ratios only within one run.
 */
export type CaseResult = { name: string; reqPerSec: number; p50: number; p99: number; errors: number; ratio: number | null; cpuUsPerReq: number | null };
export type Case = {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** A fresh body for every request (e.g. a new idempotency key). */
  makeBody?: () => string;
};

async function fire(url: string, c: Case, seconds: number, connections: number) {
  const make = c.makeBody;
  return autocannon({
    url: `${url}${c.path}`,
    method: c.method,
    headers: c.headers,
    body: c.body,
    connections,
    duration: seconds,
    ...(make ? { requests: [{ setupRequest: (req: object) => ({ ...req, body: make() }) }] } : {}),
  });
}

/**
 * Each case after a warm-up, 50 connections; req/s as a ratio of the first case (the
 * baseline), all measured in this one run on this machine.
 */
export async function runHttpCases(server: RunningServer, cases: Case[], opts: { seconds: number; warmup: number; connections: number }): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases) {
    if (opts.warmup > 0) await fire(server.url, c, opts.warmup, opts.connections);
    const cpuBefore = cpuMs(server.pid);
    const r = await fire(server.url, c, opts.seconds, opts.connections);
    const cpuAfter = cpuMs(server.pid);
    const reqPerSec = Math.round(r.requests.average);
    const baseline = results[0]?.reqPerSec;
    results.push({
      name: c.name,
      reqPerSec,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors + r.timeouts + r.non2xx,
      ratio: baseline ? Math.round((reqPerSec / baseline) * 1000) / 1000 : 1,
      cpuUsPerReq: cpuBefore !== null && cpuAfter !== null && r.requests.total > 0 ? Math.round(((cpuAfter - cpuBefore) * 1000) / r.requests.total) : null,
    });
  }
  return results;
}

/** CPU time used so far by a process, in ms, from /proc (Linux; null elsewhere). */
function cpuMs(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks (100 a second)
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

/** Signs in through the API and returns the session cookie. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`sign-in failed for ${email}: ${res.status}`);
  return cookie;
}
