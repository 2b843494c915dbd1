import { describe, expect, it } from 'vitest';
import { testServer } from './support/server.ts';

const t = await testServer();
const owner = await t.owner();
const sam = await t.invite(owner, 'therapist', 'Sam');
const alex = await t.invite(owner, 'therapist', 'Alex');
const robin = await t.invite(sam, 'client', 'Robin');

describe('care team', () => {
  it('gives a therapist a client only through an active link', async () => {
    expect((await t.as(sam).get(`/api/clients/${robin.userId}`)).statusCode).toBe(200);
    const denied = await t.as(alex).get(`/api/clients/${robin.userId}`);
    expect(denied.statusCode).toBe(404);
    expect((await t.as(alex).get('/api/clients')).json().clients).toEqual([]);
  });

  it('lets a therapist on the team add a colleague, who then has access', async () => {
    const res = await t.as(sam).post(`/api/clients/${robin.userId}/care-team`, { therapistId: alex.userId });
    expect(res.statusCode).toBe(200);
    expect(res.json().careTeam.map((m: { name: string }) => m.name)).toEqual(['Sam', 'Alex']);
    expect((await t.as(alex).get(`/api/clients/${robin.userId}`)).statusCode).toBe(200);
    const twice = await t.as(sam).post(`/api/clients/${robin.userId}/care-team`, { therapistId: alex.userId });
    expect(twice.statusCode).toBe(409);
  });

  it('refuses to add someone who is not a therapist of the practice', async () => {
    const res = await t.as(sam).post(`/api/clients/${robin.userId}/care-team`, { therapistId: robin.userId });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.therapistId).toBeDefined();
  });

  it('ends access at once when the link ends', async () => {
    expect((await t.as(alex).get(`/api/clients/${robin.userId}`)).statusCode).toBe(200);
    const res = await t.as(sam).delete(`/api/clients/${robin.userId}/care-team/${alex.userId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().client.careTeam.map((m: { name: string }) => m.name)).toEqual(['Sam']);
    expect((await t.as(alex).get(`/api/clients/${robin.userId}`)).statusCode).toBe(404);
    expect((await t.as(alex).post(`/api/clients/${robin.userId}/care-team`, { therapistId: alex.userId })).statusCode).toBe(404);
  });

  it('lets an admin not on the team manage it, but not read the client', async () => {
    expect((await t.as(owner).get(`/api/clients/${robin.userId}`)).statusCode).toBe(404);
    const res = await t.as(owner).post(`/api/clients/${robin.userId}/care-team`, { therapistId: alex.userId });
    expect(res.statusCode).toBe(200);
    const people = (await t.as(owner).get('/api/practice/people')).json().people;
    const row = people.find((p: { id: string }) => p.id === robin.userId);
    expect(row.careTeam.map((m: { name: string }) => m.name).sort()).toEqual(['Alex', 'Sam']);
  });

  it('lets a therapist leave a care team, returning no client data afterwards', async () => {
    const res = await t.as(alex).delete(`/api/clients/${robin.userId}/care-team/${alex.userId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().client).toBeNull();
    expect((await t.as(alex).get(`/api/clients/${robin.userId}`)).statusCode).toBe(404);
  });

  it('lets the client see their own care team, but not another client', async () => {
    const other = await t.invite(alex, 'client', 'Other');
    expect((await t.as(robin).get(`/api/clients/${robin.userId}`)).json().careTeam).toHaveLength(1);
    expect((await t.as(robin).get(`/api/clients/${other.userId}`)).statusCode).toBe(404);
    expect((await t.as(robin).get('/api/clients')).statusCode).toBe(403);
  });

  it('audits every care-team change and every read by a therapist, but not the client reading their own', async () => {
    const rows = await t.db.selectFrom('audit_log').selectAll().where('client_id', '=', robin.userId).execute();
    const by = (action: string) => rows.filter((r) => r.action === action);
    expect(by('care_team.linked').length).toBe(3);
    expect(by('care_team.ended').length).toBe(2);
    expect(by('client.viewed').every((r) => r.actor_role === 'therapist')).toBe(true);
    expect(by('client.viewed').some((r) => r.actor_id === robin.userId)).toBe(false);
    for (const r of rows) {
      expect(r.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(r.ip).toBe('127.0.0.1');
    }
  });
});
