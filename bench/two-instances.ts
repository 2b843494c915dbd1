import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_PASSWORD } from '../server/src/db/demo-seed.ts';
import { signIn } from './http.ts';
import { demoDatabase, startServer } from './server.ts';

export type TwoInstanceResult = {
  acknowledged: number;
  errors: number;
  rowsAdded: number;
  sessionValidOnBoth: boolean;
  reqPerSec: [number, number];
};

/**
 * Two app instances on one PostgreSQL under the mood check-in load: every acknowledged
 * request must be exactly one row, and a session made on one instance works on the other.
 */
export async function twoInstances(pgUrl: string, requestsEach: number): Promise<TwoInstanceResult> {
  const db = await demoDatabase('postgres', pgUrl);
  const a = await startServer(db.env);
  const b = await startServer(db.env);
  const count = async () => {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    const r = await c.query(`select count(*)::int as n from ${db.env.DATABASE_SCHEMA}.entries where kind = 'mood'`);
    await c.end();
    return r.rows[0].n as number;
  };
  try {
    const cookie = await signIn(a.url, 'sam@demo.stepwise.test', DEMO_PASSWORD);
    const onB = await fetch(`${b.url}/api/me`, { headers: { cookie } });
    const before = await count();
    const load = (url: string) =>
      autocannon({
        url: `${url}/api/entries`,
        method: 'POST',
        connections: 25,
        // A fixed number of requests, so every one is answered before the rows are counted.
        amount: requestsEach,
        headers: { 'content-type': 'application/json', origin: url, cookie },
        requests: [
          {
            setupRequest: (req: object) => ({
              ...req,
              body: JSON.stringify({ kind: 'mood', occurredAt: new Date().toISOString(), idempotencyKey: randomUUID(), data: { mood: 5 } }),
            }),
          },
        ],
      });
    const [ra, rb] = await Promise.all([load(a.url), load(b.url)]);
    const after = await count();
    return {
      acknowledged: ra['2xx'] + rb['2xx'],
      errors: ra.errors + ra.timeouts + ra.non2xx + rb.errors + rb.timeouts + rb.non2xx,
      rowsAdded: after - before,
      sessionValidOnBoth: onB.ok,
      reqPerSec: [Math.round(ra['2xx'] / ra.duration), Math.round(rb['2xx'] / rb.duration)],
    };
  } finally {
    await a.stop();
    await b.stop();
    await db.cleanup();
  }
}
