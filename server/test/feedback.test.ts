import { describe, expect, it } from 'vitest';
import { testServer, type Session } from './support/server.ts';

const t = await testServer();
const owner = await t.owner();
const maya = await t.invite(owner, 'therapist', 'Maya Therapist');
const other = await t.invite(owner, 'therapist', 'Other Therapist');
const noor = await t.invite(other, 'client', 'Noor');

/** Weekly 50-minute sessions from 3 November 2026, 10:00 in Amsterdam (09:00 UTC). */
async function clientWithSessions(count: number): Promise<{ client: Session; ids: string[] }> {
  const client = await t.invite(maya, 'client', 'Robin');
  const res = await t.as(maya).post(`/api/clients/${client.userId}/appointments`, {
    date: '2026-11-03', time: '10:00', timeZone: 'Europe/Amsterdam', durationMinutes: 50, mode: 'in_person', place: 'Room 2', repeat: 'weekly', count,
  });
  return { client, ids: res.json().appointments.map((a: { id: string }) => a.id) };
}
// Booked before the test clock moves; therapists sign in again after it has (30 minutes idle).
const robins = [await clientWithSessions(3), await clientWithSessions(4), await clientWithSessions(1), await clientWithSessions(1)] as const;
const signIn = (who: Session) => t.signIn(who.email);
const pending = async (who: Session) => (await t.as(who).get('/api/me/feedback/pending')).json().appointment as { id: string } | null;
const stored = async (clientId: string) => (await t.db.selectFrom('session_feedback').select('id').where('client_id', '=', clientId).execute()).length;

describe('session feedback', () => {
  it('asks about the latest session that ended in the last 7 days, once', async () => {
    const { client, ids } = robins[0];
    expect(await pending(client)).toBeNull();
    const early = await t.as(client).post('/api/me/feedback', { appointmentId: ids[0], rating: 7 });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields).toEqual({ appointmentId: 'this session has not ended yet' });

    t.clock.set('2026-11-03T09:49:00.000Z');
    expect(await pending(client)).toBeNull(); // still in the session
    t.clock.set('2026-11-03T09:51:00.000Z');
    expect((await pending(client))?.id).toBe(ids[0]);
    const sent = await t.as(client).post('/api/me/feedback', { appointmentId: ids[0], rating: 7, helped: ' The breathing plan ', didNotHelp: '', doDifferently: 'More time for homework' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ appointmentId: ids[0], sessionStartsAt: '2026-11-03T09:00:00.000Z', rating: 7, helped: 'The breathing plan', doDifferently: 'More time for homework' });
    expect(await pending(client)).toBeNull();
    const again = await t.as(client).post('/api/me/feedback', { appointmentId: ids[0], rating: 9 });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'feedback_exists']);

    // Six days after the second session it is still asked about; eight days after, no longer.
    t.clock.set('2026-11-16T09:00:00.000Z');
    expect((await pending(client))?.id).toBe(ids[1]);
    await t.as(await signIn(maya)).post(`/api/appointments/${ids[2]}/cancel`, {});
    t.clock.set('2026-11-18T10:00:00.000Z');
    expect(await pending(client)).toBeNull();
    // A cancelled session is never asked about, nor answerable.
    expect((await t.as(client).post('/api/me/feedback', { appointmentId: ids[2], rating: 5 })).json().error.fields).toEqual({ appointmentId: 'this session was cancelled' });
    // An older session can still be answered when the client comes back to it.
    expect((await t.as(client).post('/api/me/feedback', { appointmentId: ids[1], rating: 8 })).statusCode).toBe(201);
  });

  it('shows the care team every answer with the session date, and flags a drop', async () => {
    const { client, ids } = robins[1];
    t.clock.set('2026-11-25T09:00:00.000Z');
    for (const [i, rating] of [8, 8, 7, 4].entries()) {
      expect((await t.as(client).post('/api/me/feedback', { appointmentId: ids[i], rating })).statusCode).toBe(201);
    }
    const res = (await t.as(await signIn(maya)).get(`/api/clients/${client.userId}/feedback`)).json();
    expect(res.answers.map((a: { rating: number; sessionStartsAt: string }) => [a.sessionStartsAt.slice(0, 10), a.rating])).toEqual([
      ['2026-11-03', 8],
      ['2026-11-10', 8],
      ['2026-11-17', 7],
      ['2026-11-24', 4],
    ]);
    expect(res.drop).toEqual({ latest: 4, baseline: 7.7, fell: true, low: true });
    const audits = await t.db.selectFrom('audit_log').select('actor_id').where('client_id', '=', client.userId).where('action', '=', 'feedback.listed').execute();
    expect(audits.map((a) => a.actor_id)).toEqual([maya.userId]);
    // The client's own answers are not audited as someone else's access.
    expect(await t.db.selectFrom('audit_log').select('id').where('client_id', '=', client.userId).where('action', '=', 'feedback.sent').execute()).toEqual([]);
  });

  it('answers 404 to strangers and 400 for someone else’s session, storing nothing', async () => {
    const { client, ids } = robins[2];
    t.clock.set('2026-11-04T09:00:00.000Z');
    const path = `/api/clients/${client.userId}/feedback`;
    expect((await t.as(await signIn(other)).get(path)).statusCode).toBe(404);
    expect((await t.as(noor).get(path)).statusCode).toBe(404);
    // The client reads their own answers on Today, not the therapist's trend view.
    expect((await t.as(client).get(path)).statusCode).toBe(404);
    expect(await pending(noor)).toBeNull();
    const foreign = await t.as(noor).post('/api/me/feedback', { appointmentId: ids[0], rating: 2 });
    expect([foreign.statusCode, foreign.json().error.fields]).toEqual([400, { appointmentId: 'is not one of your sessions' }]);
    expect((await t.as(await signIn(maya)).post('/api/me/feedback', { appointmentId: ids[0], rating: 2 })).statusCode).toBe(403);
    expect((await t.as(null).get('/api/me/feedback/pending')).statusCode).toBe(401);
    expect(await stored(client.userId)).toBe(0);
    expect(await stored(noor.userId)).toBe(0);
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const { client, ids } = robins[3];
    t.clock.set('2026-11-04T09:00:00.000Z');
    const cases: [object, string][] = [
      [{ appointmentId: ids[0], rating: 11 }, 'rating'],
      [{ appointmentId: ids[0], rating: 6.5 }, 'rating'],
      [{ appointmentId: ids[0] }, 'rating'],
      [{ rating: 5 }, 'appointmentId'],
      [{ appointmentId: ids[0], rating: 5, helped: 'x'.repeat(1001) }, 'helped'],
      [{ appointmentId: ids[0], rating: 5, score: 5 }, 'score'],
    ];
    for (const [body, field] of cases) {
      const res = await t.as(client).post('/api/me/feedback', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual([field]);
    }
    expect(await stored(client.userId)).toBe(0);
    expect((await pending(client))?.id).toBe(ids[0]);
  });
});
