import { describe, expect, it } from 'vitest';
import { testServer, type Session } from './support/server.ts';

const t = await testServer();
const owner = await t.owner();
const maya = await t.invite(owner, 'therapist', 'Maya Therapist');
const jonas = await t.invite(owner, 'therapist', 'Jonas Colleague');
const other = await t.invite(owner, 'therapist', 'Other Therapist');
const otherClient = await t.invite(other, 'client', 'Someone Else');

/** A new client of Maya's with Jonas on the care team too. */
async function newClient(): Promise<Session> {
  const client = await t.invite(maya, 'client', 'Robin Client');
  await t.as(maya).post(`/api/clients/${client.userId}/care-team`, { therapistId: jonas.userId });
  return client;
}
const path = (c: Session) => `/api/clients/${c.userId}/messages`;
const tick = () => t.clock.advance(60_000);
const auditOf = (clientId: string) =>
  t.db.selectFrom('audit_log').select(['actor_id', 'action', 'target_id']).where('client_id', '=', clientId).where('action', 'like', 'messag%').orderBy('at').execute();
const inboxRow = async (therapist: Session, clientId: string) =>
  (await t.as(therapist).get('/api/messages/inbox')).json().clients.find((c: { clientId: string }) => c.clientId === clientId);

describe('a thread between a client and their care team', () => {
  it('both sides write and read; read marks flip when the other side opens the thread', async () => {
    const client = await newClient();
    const first = await t.as(client).post(path(client), { body: '  Could we move Thursday to the afternoon?  ' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ body: 'Could we move Thursday to the afternoon?', author: { id: client.userId, name: 'Robin Client', role: 'client' }, readByTeamAt: null });
    tick();

    // Jonas opens it: the client's message is read by the team, for Maya too.
    const jonasView = (await t.as(jonas).get(path(client))).json();
    expect(jonasView).toMatchObject({ clientName: 'Robin Client', unreadCount: 1, paused: false, truncated: false });
    expect(jonasView.messages[0].readByTeamAt).toBe(t.clock.now().toISOString());
    expect((await t.as(maya).get(path(client))).json().unreadCount).toBe(0);
    tick();

    const reply = await t.as(maya).post(path(client), { body: 'Yes, 15:00 works. See you then.' });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toMatchObject({ author: { name: 'Maya Therapist', role: 'therapist' }, readByClientAt: null });
    expect((await t.as(client).get('/api/me/messages/unread')).json()).toEqual({ count: 1 });
    tick();

    const clientView = (await t.as(client).get(path(client))).json();
    expect(clientView.unreadCount).toBe(1);
    expect(clientView.messages.map((m: { body: string }) => m.body)).toEqual(['Could we move Thursday to the afternoon?', 'Yes, 15:00 works. See you then.']);
    expect(clientView.messages[1].readByClientAt).toBe(t.clock.now().toISOString());
    expect((await t.as(client).get('/api/me/messages/unread')).json()).toEqual({ count: 0 });
    // What Maya sees now: her message read by the client.
    const mayaView = (await t.as(maya).get(path(client))).json();
    expect(mayaView.messages[1].readByClientAt).toEqual(expect.any(String));
  });

  it('counts unread client messages in the inbox and the navigation, per client, until the team opens them', async () => {
    const client = await newClient();
    expect(await inboxRow(maya, client.userId)).toMatchObject({ clientName: 'Robin Client', unreadCount: 0, lastMessage: null });
    const before = (await t.as(jonas).get('/api/messages/unread')).json().count;
    await t.as(client).post(path(client), { body: 'Hello' });
    tick();
    await t.as(client).post(path(client), { body: 'x'.repeat(400) });
    const row = await inboxRow(maya, client.userId);
    expect(row).toMatchObject({ unreadCount: 2, paused: false, lastMessage: { authorName: 'Robin Client', authorRole: 'client' } });
    expect(row.lastMessage.preview).toHaveLength(140);
    expect((await t.as(jonas).get('/api/messages/unread')).json().count).toBe(before + 2);
    // Clients with waiting messages come first.
    expect((await t.as(maya).get('/api/messages/inbox')).json().clients[0].clientId).toBe(client.userId);
    expect(await inboxRow(other, client.userId)).toBeUndefined();

    await t.as(maya).get(path(client));
    expect((await inboxRow(jonas, client.userId)).unreadCount).toBe(0);
    expect((await t.as(jonas).get('/api/messages/unread')).json().count).toBe(before);
    // The team's own messages never count as waiting for the team.
    await t.as(jonas).post(path(client), { body: 'Thanks, noted.' });
    expect(await inboxRow(maya, client.userId)).toMatchObject({ unreadCount: 0, lastMessage: { authorName: 'Jonas Colleague', authorRole: 'therapist', preview: 'Thanks, noted.' } });
  });

  it('shows each care-team therapist’s stated reply time on the thread', async () => {
    const client = await newClient();
    expect((await t.as(maya).put('/api/account/reply-time', { text: '  I usually reply within 2 working days.  ' })).json()).toEqual({ text: 'I usually reply within 2 working days.' });
    expect((await t.as(maya).get('/api/account/reply-time')).json()).toEqual({ text: 'I usually reply within 2 working days.' });
    expect((await t.as(jonas).get('/api/account/reply-time')).json()).toEqual({ text: '' });
    expect((await t.as(client).get(path(client))).json().replyTimes).toEqual([{ therapistName: 'Maya Therapist', text: 'I usually reply within 2 working days.' }]);
    const long = await t.as(jonas).put('/api/account/reply-time', { text: 'x'.repeat(201) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields).toEqual({ text: 'reply time must be at most 200 characters' });
    expect((await t.as(client).put('/api/account/reply-time', { text: 'Soon' })).statusCode).toBe(403);
  });
});

describe('pausing', () => {
  it('refuses the client with a clear 409 while paused, lets the team write, and resume opens it again', async () => {
    const client = await newClient();
    const paused = await t.as(jonas).post(`/api/clients/${client.userId}/messaging/pause`);
    expect(paused.statusCode, paused.body).toBe(200);
    expect(paused.json()).toMatchObject({ paused: true, pausedBy: { id: jonas.userId, name: 'Jonas Colleague' }, pausedAt: expect.any(String) });
    expect((await t.as(client).get(path(client))).json()).toMatchObject({ paused: true, pausedBy: { name: 'Jonas Colleague' } });
    expect((await inboxRow(maya, client.userId)).paused).toBe(true);

    const refused = await t.as(client).post(path(client), { body: 'Are you there?' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'messaging_paused', message: expect.stringContaining('Crisis help') });
    expect((await t.as(maya).post(path(client), { body: 'Messages are paused while I am away until Monday.' })).statusCode).toBe(201);
    expect((await t.as(client).post(`/api/clients/${client.userId}/messaging/resume`)).statusCode).toBe(404);

    const resumed = await t.as(maya).post(`/api/clients/${client.userId}/messaging/resume`);
    expect(resumed.json()).toEqual({ clientId: client.userId, paused: false, pausedAt: null, pausedBy: null });
    expect((await t.as(client).post(path(client), { body: 'Thanks, see you Monday.' })).statusCode).toBe(201);
    const bodies = (await t.as(client).get(path(client))).json().messages.map((m: { body: string }) => m.body);
    expect(bodies).toEqual(['Messages are paused while I am away until Monday.', 'Thanks, see you Monday.']);
  });
});

describe('access and input', () => {
  it('answers 404 to another therapist and another client, and stores nothing', async () => {
    const client = await newClient();
    await t.as(client).post(path(client), { body: 'Private' });
    for (const stranger of [other, otherClient]) {
      expect((await t.as(stranger).get(path(client))).statusCode).toBe(404);
      expect((await t.as(stranger).post(path(client), { body: 'Hi' })).statusCode).toBe(404);
      expect((await t.as(stranger).post(`/api/clients/${client.userId}/messaging/pause`)).statusCode).toBe(404);
    }
    expect((await t.as(null).get(path(client))).statusCode).toBe(401);
    const stored = await t.db.selectFrom('messages').select('body').where('client_id', '=', client.userId).execute();
    expect(stored).toEqual([{ body: 'Private' }]);
    expect((await t.as(maya).get(path(client))).json().paused).toBe(false);
  });

  it('refuses an empty or too long body, naming the field, and stores nothing', async () => {
    const client = await newClient();
    const cases: Array<[unknown, string]> = [
      [{ body: '   ' }, 'message body must not be empty'],
      [{ body: 'x'.repeat(4001) }, 'message body must be at most 4000 characters'],
      [{}, 'message body is required'],
      [{ body: 12 }, 'message body must be text'],
    ];
    for (const [input, message] of cases) {
      const res = await t.as(client).post(path(client), input);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({ body: message });
    }
    expect((await t.as(maya).post(path(client), { body: 'Hi', extra: 1 })).statusCode).toBe(400);
    expect((await t.as(maya).post(path(client), { body: 'x'.repeat(4000) })).statusCode).toBe(201);
    const stored = await t.db.selectFrom('messages').select('author_id').where('client_id', '=', client.userId).execute();
    expect(stored).toEqual([{ author_id: maya.userId }]);
  });
});

describe('audit', () => {
  it('records the team’s reads, writes, pauses and inbox views, and nothing for the client’s own', async () => {
    const client = await newClient();
    const sent = (await t.as(client).post(path(client), { body: 'Hello' })).json();
    await t.as(client).get(path(client));
    await t.as(client).get('/api/me/messages/unread');
    expect(await auditOf(client.userId)).toEqual([]);

    // A minute between steps, so the log's order is the order of the steps on both databases.
    const steps = [
      () => t.as(maya).get(path(client)),
      () => t.as(maya).post(path(client), { body: 'Hello Robin' }),
      () => t.as(jonas).post(`/api/clients/${client.userId}/messaging/pause`),
      () => t.as(jonas).post(`/api/clients/${client.userId}/messaging/resume`),
      () => t.as(jonas).get('/api/messages/inbox'),
    ];
    const answers = [];
    for (const step of steps) {
      tick();
      answers.push(await step());
    }
    const reply = answers[1]!.json();
    expect(await auditOf(client.userId)).toEqual([
      { actor_id: maya.userId, action: 'messages.viewed', target_id: null },
      { actor_id: maya.userId, action: 'message.sent', target_id: reply.id },
      { actor_id: jonas.userId, action: 'messaging.paused', target_id: null },
      { actor_id: jonas.userId, action: 'messaging.resumed', target_id: null },
      { actor_id: jonas.userId, action: 'messages.inbox_listed', target_id: null },
    ]);
    expect(sent.id).toEqual(expect.any(String));
    // The audit never holds the message text.
    const details = await t.db.selectFrom('audit_log').select('detail').where('client_id', '=', client.userId).execute();
    expect(JSON.stringify(details)).not.toContain('Hello');
  });
});
