import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../src/db/demo-seed.ts';
import { testServer } from './support/server.ts';

const t = await testServer();
await seedDemo(t.db, t.clock.now());
const maya = await t.signIn('maya@demo.stepwise.test', DEMO_PASSWORD);
const jonas = await t.signIn('jonas@demo.stepwise.test', DEMO_PASSWORD);

type Row = { name: string; feedbackDrop: boolean; unreadMessages: number; attention: string[]; scores: { key: string; improved: boolean; deteriorated: boolean }[]; openAlerts: number; nextSession: string | null; lastActivity: string | null; adherence: { planned: number; done: number }; mood: { average: number | null; entries: number } };

describe('caseload', () => {
  it('lists every client on the care teams, needs-attention first, with the reasons', async () => {
    const res = await t.as(maya).get('/api/caseload');
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().clients as Row[];
    expect(rows.map((r) => r.name)).toEqual(['Priya Nair', 'Alex Morgan', 'Sam Rivera']);
    const [priya, , sam] = rows as [Row, Row, Row];
    expect(priya.attention[0]).toBe('reliable_worsening'); // her alert is acknowledged
    expect(priya.openAlerts).toBe(0);
    expect(priya).toMatchObject({ feedbackDrop: true, attention: expect.arrayContaining(['reliable_worsening', 'feedback_drop']) });
    expect(priya.scores.find((s) => s.key === 'phq9')).toMatchObject({ deteriorated: true });
    expect(sam.scores.find((s) => s.key === 'phq9')).toMatchObject({ improved: true });
    for (const r of rows) {
      expect(r.nextSession).not.toBeNull();
      expect(r.lastActivity).not.toBeNull();
      expect(r.mood.entries).toBeGreaterThan(0);
    }
    const lee = ((await t.as(jonas).get('/api/caseload')).json().clients as Row[]).find((r) => r.name === 'Lee Okafor');
    expect(lee).toMatchObject({ openAlerts: 1, unreadMessages: 1, attention: expect.arrayContaining(['open_alert']) });
  });

  it('audits the read once per client shown', async () => {
    const before = await t.db.selectFrom('audit_log').select('client_id').where('action', '=', 'caseload.viewed').where('actor_id', '=', maya.userId).execute();
    await t.as(maya).get('/api/caseload');
    const after = await t.db.selectFrom('audit_log').select('client_id').where('action', '=', 'caseload.viewed').where('actor_id', '=', maya.userId).execute();
    expect(after.length - before.length).toBe(3);
  });

  it('is for therapists only, and empty for one without clients', async () => {
    const sam = await t.signIn('sam@demo.stepwise.test', DEMO_PASSWORD);
    expect((await t.as(sam).get('/api/caseload')).statusCode).toBe(403);
    const owner = await t.invite(maya, 'therapist', 'New Colleague');
    expect((await t.as(owner).get('/api/caseload')).json().clients).toEqual([]);
  });
});
