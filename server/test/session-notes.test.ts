import { describe, expect, it } from 'vitest';
import { testServer, type Session } from './support/server.ts';

const t = await testServer();
const owner = await t.owner(); // an admin, on nobody's care team
const maya = await t.invite(owner, 'therapist', 'Maya Author');
const jonas = await t.invite(owner, 'therapist', 'Jonas Colleague');
const stranger = await t.invite(owner, 'therapist', 'Other Therapist');

/** A new client of Maya's, with Jonas on the care team too. */
async function clientOfMaya(): Promise<Session> {
  const client = await t.invite(maya, 'client');
  await t.as(maya).post(`/api/clients/${client.userId}/care-team`, { therapistId: jonas.userId });
  return client;
}
const notesPath = (clientId: string) => `/api/clients/${clientId}/session-notes`;
const rowsOf = (clientId: string) => t.db.selectFrom('session_notes').selectAll().where('client_id', '=', clientId).execute();
const auditOf = (clientId: string, action: string) =>
  t.db.selectFrom('audit_log').select(['actor_id', 'target_id', 'detail', 'outcome']).where('client_id', '=', clientId).where('action', '=', action).execute();

describe('private session notes', () => {
  it('the author writes one; the care team reads it, newest first, with the author and the session', async () => {
    const client = await clientOfMaya();
    const booked = await t.as(maya).post(`/api/clients/${client.userId}/appointments`, { date: '2026-11-02', time: '10:00', timeZone: 'Europe/Amsterdam', durationMinutes: 50, mode: 'in_person' });
    const appointmentId = booked.json().appointments[0].id as string;
    const first = await t.as(maya).post(notesPath(client.userId), { text: '  Reviewed the week; breathing helped on two evenings.  ', appointmentId });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      clientId: client.userId,
      appointmentId,
      author: { id: maya.userId, name: 'Maya Author' },
      text: 'Reviewed the week; breathing helped on two evenings.',
    });
    t.clock.advance(60_000);
    const second = await t.as(jonas).post(notesPath(client.userId), { text: 'Covered for Maya: short check-in.' });
    expect(second.statusCode).toBe(201);
    expect(second.json().appointmentId).toBeNull();

    for (const reader of [maya, jonas]) {
      const res = await t.as(reader).get(notesPath(client.userId));
      expect(res.statusCode).toBe(200);
      expect(res.json().notes.map((n: { text: string }) => n.text)).toEqual(['Covered for Maya: short check-in.', 'Reviewed the week; breathing helped on two evenings.']);
    }
  });

  it('the client cannot read, write or change them by any route: 404, and no route of theirs carries the text', async () => {
    const client = await clientOfMaya();
    const secret = 'Private formulation: avoidance keeps the worry going (zebra-7).';
    const note = (await t.as(maya).post(notesPath(client.userId), { text: secret })).json();
    expect((await t.as(client).get(notesPath(client.userId))).statusCode).toBe(404);
    expect((await t.as(client).post(notesPath(client.userId), { text: 'Mine' })).statusCode).toBe(404);
    expect((await t.as(client).put(`/api/session-notes/${note.id}`, { text: 'Changed' })).statusCode).toBe(404);
    expect((await t.as(client).get(`/api/session-notes/${note.id}`)).statusCode).toBe(404);

    // Every GET the client could call about themself: none of them may carry the note.
    const gets = t.app.routeList.filter((r) => r.method === 'GET' && r.url.startsWith('/api/') && !/:(?!clientId)\w+/.test(r.url));
    expect(gets.length).toBeGreaterThan(10);
    for (const r of gets) {
      const res = await t.as(client).get(r.url.replace(':clientId', client.userId));
      expect(res.body, r.url).not.toContain('zebra-7');
    }
    expect(await rowsOf(client.userId)).toHaveLength(1);
    expect((await rowsOf(client.userId))[0]?.text).toBe(secret);
  });

  it('a therapist off the care team, and an admin who is not on it, get 404', async () => {
    const client = await clientOfMaya();
    const note = (await t.as(maya).post(notesPath(client.userId), { text: 'Only for the team.' })).json();
    for (const outsider of [stranger, owner]) {
      expect((await t.as(outsider).get(notesPath(client.userId))).statusCode).toBe(404);
      expect((await t.as(outsider).post(notesPath(client.userId), { text: 'Hello' })).statusCode).toBe(404);
      expect((await t.as(outsider).put(`/api/session-notes/${note.id}`, { text: 'Hello' })).statusCode).toBe(404);
    }
    expect((await t.as(null).get(notesPath(client.userId))).statusCode).toBe(401);
    expect(await rowsOf(client.userId)).toHaveLength(1);
  });

  it('only the author edits, and only while on the care team; the edit is audited without the text', async () => {
    const client = await clientOfMaya();
    const note = (await t.as(maya).post(notesPath(client.userId), { text: 'First draft.' })).json();
    t.clock.advance(5 * 60_000);
    const edited = await t.as(maya).put(`/api/session-notes/${note.id}`, { text: 'First draft, with the plan for next week.' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ id: note.id, text: 'First draft, with the plan for next week.', createdAt: note.createdAt });
    expect(edited.json().updatedAt > note.updatedAt).toBe(true);

    // A colleague on the team reads it but may not change someone else's note.
    expect((await t.as(jonas).put(`/api/session-notes/${note.id}`, { text: 'Overwritten' })).statusCode).toBe(404);
    expect((await t.as(maya).put('/api/session-notes/no-such-note', { text: 'x' })).statusCode).toBe(404);

    // Off the care team, even the author's own note is gone.
    await t.as(jonas).delete(`/api/clients/${client.userId}/care-team/${maya.userId}`);
    expect((await t.as(maya).put(`/api/session-notes/${note.id}`, { text: 'Late change' })).statusCode).toBe(404);
    expect((await t.as(maya).get(notesPath(client.userId))).statusCode).toBe(404);
    expect((await rowsOf(client.userId))[0]?.text).toBe('First draft, with the plan for next week.');

    const updates = await auditOf(client.userId, 'session_note.updated');
    expect(updates).toEqual([{ actor_id: maya.userId, target_id: note.id, detail: JSON.stringify({ length: 41 }), outcome: 'success' }]);
  });

  it('bad input is refused with 400 naming the field, and nothing is stored', async () => {
    const client = await clientOfMaya();
    const other = await clientOfMaya();
    const otherSession = (
      await t.as(maya).post(`/api/clients/${other.userId}/appointments`, { date: '2026-11-03', time: '10:00', timeZone: 'Europe/Amsterdam', durationMinutes: 50, mode: 'in_person' })
    ).json().appointments[0].id as string;
    const cases: Array<[unknown, string]> = [
      [{}, 'text'],
      [{ text: '' }, 'text'],
      [{ text: '   ' }, 'text'],
      [{ text: 42 }, 'text'],
      [{ text: 'x'.repeat(5001) }, 'text'],
      [{ text: 'ok', appointmentId: 7 }, 'appointmentId'],
      [{ text: 'ok', appointmentId: otherSession }, 'appointmentId'],
    ];
    for (const [body, field] of cases) {
      const res = await t.as(maya).post(notesPath(client.userId), body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {}), JSON.stringify(body)).toContain(field);
      expect(res.json().error.message).toContain(field);
    }
    const unknown = await t.as(maya).post(notesPath(client.userId), { text: 'ok', shared: true });
    expect(unknown.statusCode).toBe(400);
    expect(await rowsOf(client.userId)).toEqual([]);

    const note = (await t.as(maya).post(notesPath(client.userId), { text: 'Fine.' })).json();
    const badEdit = await t.as(maya).put(`/api/session-notes/${note.id}`, { text: '' });
    expect(badEdit.statusCode).toBe(400);
    expect(Object.keys(badEdit.json().error.fields)).toContain('text');
    expect((await t.as(maya).put(`/api/session-notes/${note.id}`, { text: 'ok', appointmentId: otherSession })).statusCode).toBe(400);
    expect((await rowsOf(client.userId)).map((r) => r.text)).toEqual(['Fine.']);
    expect(await auditOf(client.userId, 'session_note.updated')).toEqual([]);
  });

  it('audits every write and every read by the team, never with the text', async () => {
    const client = await clientOfMaya();
    const note = (await t.as(maya).post(notesPath(client.userId), { text: 'Sleep is better; keep the wind-down.' })).json();
    await t.as(jonas).get(notesPath(client.userId));
    expect(await auditOf(client.userId, 'session_note.created')).toEqual([{ actor_id: maya.userId, target_id: note.id, detail: JSON.stringify({ length: 36 }), outcome: 'success' }]);
    expect((await auditOf(client.userId, 'session_note.listed')).map((a) => a.actor_id)).toEqual([jonas.userId]);
    const all = await t.db.selectFrom('audit_log').select('detail').where('client_id', '=', client.userId).execute();
    expect(all.map((a) => a.detail ?? '').join(' ')).not.toContain('wind-down');
  });
});
