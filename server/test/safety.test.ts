import { DEFAULT_CRISIS_LINES } from '@stepwise/domain';
import { describe, expect, it } from 'vitest';
import { testServer } from './support/server.ts';

const t = await testServer();
const owner = await t.owner();
const sam = await t.invite(owner, 'therapist', 'Sam Therapist');
const jo = await t.invite(owner, 'therapist', 'Jo Colleague');
const other = await t.invite(owner, 'therapist', 'Other Therapist');

const TODAY = '2026-11-02';
const phq9 = (item9: number | null) => ({ '1': 1, '2': 1, '3': 1, '4': 1, '5': 1, '6': 1, '7': 1, '8': 1, '9': item9, difficulty: 0 });

/** A new client of Sam's (with Jo on the care team too) who has a PHQ-9 due today. */
async function clientWithPhq9() {
  const client = await t.invite(sam, 'client');
  await t.as(sam).post(`/api/clients/${client.userId}/care-team`, { therapistId: jo.userId });
  const s = (await t.as(sam).post(`/api/clients/${client.userId}/measure-schedules`, { measure: { kind: 'instrument', key: 'phq9' }, cadence: { frequency: 'once', startDate: TODAY } })).json();
  return { client, scheduleId: s.id as string };
}
const auditOf = (clientId: string, action: string) =>
  t.db.selectFrom('audit_log').select(['actor_id', 'outcome', 'target_id']).where('client_id', '=', clientId).where('action', '=', action).execute();

describe('PHQ-9 item 9', () => {
  for (const answer of [1, 2, 3]) {
    it(`answered ${answer}: crisis help for the client, an alert in the app and by email for every therapist on the team, all audited`, async () => {
      const { client, scheduleId } = await clientWithPhq9();
      const mark = t.smtp.mark();
      const res = await t.as(client).post('/api/me/responses', { scheduleId, dueDate: TODAY, answers: phq9(answer) });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ crisis: true, score: { risk: ['9'] } });

      const alerts = (await t.as(sam).get('/api/alerts')).json().alerts.filter((a: { clientId: string }) => a.clientId === client.userId);
      expect(alerts).toEqual([
        expect.objectContaining({ shortName: 'PHQ-9', itemKey: '9', itemText: 'Thoughts that you would be better off dead or of hurting yourself in some way', acknowledgedAt: null }),
      ]);
      for (const therapist of [sam, jo]) {
        const mail = await t.smtp.latestTo(therapist.email, mark);
        expect(mail.subject).toBe('Stepwise: a safety alert needs your attention');
        expect(mail.text).toContain('http://localhost:3000/alerts');
        expect(mail.text).not.toMatch(/better off dead|PHQ/); // no clinical content in email
      }
      expect(await auditOf(client.userId, 'safety_alert.raised')).toEqual([{ actor_id: client.userId, outcome: 'success', target_id: alerts[0].id }]);
      expect((await auditOf(client.userId, 'safety_alert.emailed')).map((a) => [a.target_id, a.outcome]).sort()).toEqual(
        [[sam.userId, 'success'], [jo.userId, 'success']].sort(),
      );
    });
  }

  it('answered 0 or skipped: no alert, no email', async () => {
    for (const answer of [0, null]) {
      const { client, scheduleId } = await clientWithPhq9();
      const mark = t.smtp.mark();
      const res = await t.as(client).post('/api/me/responses', { scheduleId, dueDate: TODAY, answers: phq9(answer) });
      expect(res.json().crisis).toBe(false);
      expect((await t.as(sam).get(`/api/clients/${client.userId}/alerts`)).json().alerts).toEqual([]);
      expect(await auditOf(client.userId, 'safety_alert.raised')).toEqual([]);
      await new Promise((r) => setTimeout(r, 100));
      expect(t.smtp.mails.slice(mark).filter((m) => m.subject.includes('safety alert'))).toEqual([]);
    }
  });

  it('keeps the alert when the email cannot be sent, and audits the failure', async () => {
    const { client, scheduleId } = await clientWithPhq9();
    const mailer = t.app.deps.mailer;
    const send = mailer.send;
    mailer.send = () => Promise.reject(new Error('smtp down'));
    try {
      const res = await t.as(client).post('/api/me/responses', { scheduleId, dueDate: TODAY, answers: phq9(2) });
      expect(res.statusCode).toBe(201);
      expect(res.json().crisis).toBe(true);
    } finally {
      mailer.send = send;
    }
    expect((await t.as(sam).get(`/api/clients/${client.userId}/alerts`)).json().alerts).toHaveLength(1);
    expect((await auditOf(client.userId, 'safety_alert.emailed')).map((a) => a.outcome)).toEqual(['failure', 'failure']);
  });

  it('stays open until acknowledged with a note, by the care team only', async () => {
    const { client, scheduleId } = await clientWithPhq9();
    await t.as(client).post('/api/me/responses', { scheduleId, dueDate: TODAY, answers: phq9(1) });
    const [alert] = (await t.as(sam).get(`/api/clients/${client.userId}/alerts`)).json().alerts;
    expect((await t.as(other).get('/api/alerts')).json().alerts.some((a: { id: string }) => a.id === alert.id)).toBe(false);
    expect((await t.as(other).post(`/api/alerts/${alert.id}/acknowledge`, { note: 'Not mine' })).statusCode).toBe(404);
    expect((await t.as(client).post(`/api/alerts/${alert.id}/acknowledge`, { note: 'Me' })).statusCode).toBe(404);
    const empty = await t.as(sam).post(`/api/alerts/${alert.id}/acknowledge`, { note: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual({ note: 'write a short note on what you did' });

    const done = await t.as(sam).post(`/api/alerts/${alert.id}/acknowledge`, { note: 'Called Robin; safe, plan reviewed; seeing Thursday.' });
    expect(done.json()).toMatchObject({ acknowledgedBy: { id: sam.userId, name: 'Sam Therapist' }, note: 'Called Robin; safe, plan reviewed; seeing Thursday.' });
    expect((await t.as(jo).post(`/api/alerts/${alert.id}/acknowledge`, { note: 'Me too' })).json().error.code).toBe('already_acknowledged');
    const open = (await t.as(jo).get('/api/alerts?status=open')).json().alerts;
    expect(open.some((a: { id: string }) => a.id === alert.id)).toBe(false);
    const all = (await t.as(jo).get('/api/alerts?status=all')).json().alerts;
    expect(all.find((a: { id: string }) => a.id === alert.id)?.acknowledgedAt).toEqual(expect.any(String));
    expect(await auditOf(client.userId, 'safety_alert.acknowledged')).toEqual([{ actor_id: sam.userId, outcome: 'success', target_id: alert.id }]);
  });
});

describe('safety plan', () => {
  it('is written by both, keeps every version, and refuses a stale save', async () => {
    const client = await t.invite(sam, 'client');
    const path = `/api/clients/${client.userId}/safety-plan`;
    expect((await t.as(client).get(path)).json()).toMatchObject({ version: 0, updatedBy: null, plan: { warningSigns: [], reasonsForLiving: [] } });
    const first = await t.as(client).put(path, { baseVersion: 0, plan: { warningSigns: ['Not sleeping', 'Cancelling plans'], reasonsForLiving: ['My niece'] } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ version: 1, updatedBy: { id: client.userId } });
    const second = await t.as(sam).put(path, { baseVersion: 1, plan: { ...first.json().plan, professionals: ['Sam, weekdays 9-5'] } });
    expect(second.json()).toMatchObject({ version: 2, plan: { warningSigns: ['Not sleeping', 'Cancelling plans'], professionals: ['Sam, weekdays 9-5'] } });
    const stale = await t.as(client).put(path, { baseVersion: 1, plan: { warningSigns: ['Overwrite'] } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const versions = (await t.as(client).get(`${path}/versions`)).json().versions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[1].plan.professionals).toEqual([]);
    const bad = await t.as(client).put(path, { baseVersion: 2, plan: { warningSigns: [''] } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['plan.warningSigns.0']);
    expect((await t.as(other).get(path)).statusCode).toBe(404);
  });
});

describe('crisis help', () => {
  it('lists the practice lines (US defaults until set), the team’s instructions and the safety plan', async () => {
    const client = await t.invite(sam, 'client');
    const before = (await t.as(client).get('/api/me/crisis')).json();
    expect(before).toMatchObject({ country: 'US', lines: DEFAULT_CRISIS_LINES.US, instructions: [], safetyPlan: null });

    expect((await t.as(sam).put('/api/practice/crisis-lines', { country: 'NL', lines: DEFAULT_CRISIS_LINES.NL })).statusCode).toBe(403);
    const saved = await t.as(owner).put('/api/practice/crisis-lines', { country: 'NL', lines: DEFAULT_CRISIS_LINES.NL });
    expect(saved.statusCode, saved.body).toBe(200);
    const empty = await t.as(owner).put('/api/practice/crisis-lines', { country: 'NL', lines: [] });
    expect(empty.json().error.fields).toEqual({ lines: 'list at least one crisis line' });
    await t.as(sam).put('/api/account/crisis-instructions', { text: 'Between sessions, call the practice on 020 123 4567 (weekdays 9-17).' });
    await t.as(client).put(`/api/clients/${client.userId}/safety-plan`, { baseVersion: 0, plan: { copingAlone: ['Cold water on my face'] } });

    const after = (await t.as(client).get('/api/me/crisis')).json();
    expect(after.country).toBe('NL');
    expect(after.lines.map((l: { phone: string }) => l.phone)).toEqual(['112', '113', '0800-0113']);
    expect(after.instructions).toEqual([{ therapistName: 'Sam Therapist', text: 'Between sessions, call the practice on 020 123 4567 (weekdays 9-17).' }]);
    expect(after.safetyPlan.plan.copingAlone).toEqual(['Cold water on my face']);
    expect((await t.as(jo).get('/api/account/crisis-instructions')).json()).toEqual({ text: '' });
  });
});
