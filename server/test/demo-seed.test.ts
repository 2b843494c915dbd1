import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../src/db/demo-seed.ts';
import { planReminders } from '../src/features/reminders/planner.ts';
import { testServer } from './support/server.ts';

const t = await testServer();

describe('demo seed', () => {
  it('makes a practice whose people can sign in and see goals, homework and resources', async () => {
    const accounts = await seedDemo(t.db, t.clock.now());
    expect(accounts.filter((a) => a.role === 'client').length).toBeGreaterThanOrEqual(3);
    const maya = await t.signIn('maya@demo.stepwise.test', DEMO_PASSWORD);
    const clients = (await t.as(maya).get('/api/clients')).json().clients;
    expect(clients.length).toBeGreaterThanOrEqual(3);
    const library = (await t.as(maya).get('/api/resources')).json().resources;
    expect(library.length).toBeGreaterThanOrEqual(10);
    const sam = await t.signIn('sam@demo.stepwise.test', DEMO_PASSWORD);
    const today = (await t.as(sam).get('/api/today')).json();
    expect(today.items.length).toBeGreaterThan(0);
    expect(today.awaitingConfirmation.length).toBe(1);
    expect(today.encouragements.length).toBe(1);
    const homework = (await t.as(maya).get(`/api/clients/${sam.userId}/assignments`)).json();
    expect(homework.overall.planned).toBeGreaterThan(10);
    expect(homework.overall.done).toBeGreaterThan(0);
    const goals = (await t.as(sam).get(`/api/clients/${sam.userId}/goals`)).json().goals;
    expect(goals[0]).toMatchObject({ status: 'active', smartHints: [] });
    expect(goals[0].gasRatings.length).toBe(4);
  });

  it('seeds private session notes by Maya for Sam and Priya, which the clients cannot read', async () => {
    const maya = await t.signIn('maya@demo.stepwise.test', DEMO_PASSWORD);
    for (const email of ['sam@demo.stepwise.test', 'priya@demo.stepwise.test']) {
      const client = await t.signIn(email, DEMO_PASSWORD);
      const notes = (await t.as(maya).get(`/api/clients/${client.userId}/session-notes`)).json().notes;
      expect(notes.length).toBe(3);
      expect(notes.every((n: { author: { name: string }; appointmentId: string | null }) => n.author.name === 'Maya Chen' && n.appointmentId !== null)).toBe(true);
      expect((await t.as(client).get(`/api/clients/${client.userId}/session-notes`)).statusCode).toBe(404);
    }
  });

  it('seeds 90 days of patterned check-ins that the insights find', async () => {
    const maya = await t.signIn('maya@demo.stepwise.test', DEMO_PASSWORD);
    const clients = (await t.as(maya).get('/api/clients')).json().clients as Array<{ id: string }>;
    for (const c of clients) {
      const insights = (await t.as(maya).get(`/api/clients/${c.id}/insights?range=3months`)).json();
      expect(insights.moodEntries).toBeGreaterThanOrEqual(85);
      const kinds = insights.findings.map((f: { kind: string }) => f.kind);
      expect(kinds).toContain('sleep');
      expect(kinds).toContain('practice');
      const sleep = insights.findings.find((f: { kind: string }) => f.kind === 'sleep');
      expect(sleep.facts.with.average).toBeLessThan(sleep.facts.without.average);
      const practice = insights.findings.find((f: { kind: string }) => f.kind === 'practice');
      expect(practice.facts.with.average).toBeGreaterThan(practice.facts.without.average);
      expect(insights.byWeekday[0].average).toBeLessThan(Math.max(...insights.byWeekday.slice(1).map((w: { average: number }) => w.average)));
    }
  });

  it('seeds twelve weeks of measures: one improving reliably, one unchanged, one worsening with an acknowledged alert', async () => {
    const maya = await t.signIn('maya@demo.stepwise.test', DEMO_PASSWORD);
    const clients = (await t.as(maya).get('/api/clients')).json().clients as Array<{ id: string; name: string }>;
    const series = async (name: string, key: string) => {
      const id = clients.find((c) => c.name.startsWith(name))?.id ?? '';
      return (await t.as(maya).get(`/api/clients/${id}/measures`)).json().series.find((s: { instrument: { key: string } }) => s.instrument.key === key);
    };
    const sam = await series('Sam', 'phq9');
    expect(sam.points.map((p: { total: number }) => p.total)).toEqual([17, 15, 14, 11, 9, 8]);
    expect(sam.sinceFirst).toMatchObject({ improved: true, reliablyRecovered: true });
    const samGad = await series('Sam', 'gad7');
    expect(samGad.points.map((p: { total: number }) => p.total)).toEqual([14, 13, 11, 9, 8, 6, 5]);
    const alex = await series('Alex', 'phq9');
    expect(alex.sinceFirst).toMatchObject({ delta: 0, significant: false });
    expect((await series('Alex', 'who5')).points.map((p: { total: number }) => p.total)).toEqual([40, 44, 40, 40]);
    const priya = await series('Priya', 'phq9');
    expect(priya.points.map((p: { total: number }) => p.total)).toEqual([8, 9, 11, 12, 14, 15, 17]);
    expect(priya.sinceFirst).toMatchObject({ deteriorated: true });
    expect(priya.latest.items[8]).toMatchObject({ value: 1, risk: true });
    expect((await series('Priya', 'k10')).points.map((p: { total: number }) => p.total)).toEqual([20, 24, 27, 29]);
    const all = (await t.as(maya).get('/api/alerts?status=all')).json().alerts;
    expect(all).toEqual([expect.objectContaining({ clientName: 'Priya Nair', acknowledgedBy: expect.objectContaining({ name: 'Maya Chen' }) })]);
    const jonas = await t.signIn('jonas@demo.stepwise.test', DEMO_PASSWORD);
    const open = (await t.as(jonas).get('/api/alerts?status=open')).json().alerts;
    expect(open).toEqual([expect.objectContaining({ clientName: 'Lee Okafor', shortName: 'Sleep and energy check' })]);
    const samClient = await t.signIn('sam@demo.stepwise.test', DEMO_PASSWORD);
    expect((await t.as(samClient).get('/api/me/measures/due')).json().due).toEqual([expect.objectContaining({ shortName: 'PHQ-9' })]);
    expect((await t.as(samClient).get('/api/me/next-appointment')).json().appointment).toMatchObject({ therapist: { name: 'Maya Chen' }, mode: 'in_person' });
    const alexSchedules = (await t.as(maya).get(`/api/clients/${clients.find((c) => c.name.startsWith('Alex'))?.id}/measures`)).json().schedules;
    expect(alexSchedules.find((s: { frequency: string }) => s.frequency === 'before_appointment')?.nextDueDate ?? alexSchedules.find((s: { frequency: string }) => s.frequency === 'before_appointment')?.due).toBeTruthy();
    const crisis = (await t.as(samClient).get('/api/me/crisis')).json();
    expect(crisis).toMatchObject({ country: 'NL', instructions: [expect.objectContaining({ therapistName: 'Maya Chen' })] });
  });

  it('seeds message threads with reply times, and one message from Lee waiting for Jonas', async () => {
    const jonas = await t.signIn('jonas@demo.stepwise.test', DEMO_PASSWORD);
    expect((await t.as(jonas).get('/api/messages/unread')).json()).toEqual({ count: 1 });
    const inbox = (await t.as(jonas).get('/api/messages/inbox')).json().clients;
    expect(inbox[0]).toMatchObject({ clientName: 'Lee Okafor', unreadCount: 1, lastMessage: { authorRole: 'client' } });
    const priya = await t.signIn('priya@demo.stepwise.test', DEMO_PASSWORD);
    expect((await t.as(priya).get('/api/me/messages/unread')).json()).toEqual({ count: 1 });
    const thread = (await t.as(priya).get(`/api/clients/${priya.userId}/messages`)).json();
    expect(new Set(thread.messages.map((m: { author: { name: string } }) => m.author.name))).toEqual(new Set(['Priya Nair', 'Maya Chen', 'Jonas Berg']));
    expect(thread.replyTimes.map((r: { therapistName: string }) => r.therapistName)).toEqual(['Maya Chen', 'Jonas Berg']);
    const sam = await t.signIn('sam@demo.stepwise.test', DEMO_PASSWORD);
    expect((await t.as(sam).get(`/api/clients/${sam.userId}/messages`)).json().messages.length).toBeGreaterThanOrEqual(3);
  });

  it('seeds the session loop: agendas with a discussed item, steady feedback for Sam and a flagged drop for Priya', async () => {
    const maya = await t.signIn('maya@demo.stepwise.test', DEMO_PASSWORD);
    const sam = await t.signIn('sam@demo.stepwise.test', DEMO_PASSWORD);
    const agenda = (await t.as(sam).get(`/api/clients/${sam.userId}/agenda`)).json();
    expect(agenda.open.length).toBe(2);
    expect(agenda.open.some((i: { source: { entryKind: string } | null }) => i.source?.entryKind === 'journal')).toBe(true);
    expect(agenda.discussed).toEqual([expect.objectContaining({ discussedBy: expect.objectContaining({ name: 'Maya Chen' }) })]);
    const samFeedback = (await t.as(maya).get(`/api/clients/${sam.userId}/feedback`)).json();
    expect(samFeedback.answers.map((a: { rating: number }) => a.rating)).toEqual([7, 8, 7, 8, 8]);
    expect(samFeedback.drop).toBeNull();
    expect((await t.as(sam).get('/api/me/feedback/pending')).json().appointment).toMatchObject({ therapist: { name: 'Maya Chen' } });
    const priya = await t.signIn('priya@demo.stepwise.test', DEMO_PASSWORD);
    const priyaFeedback = (await t.as(maya).get(`/api/clients/${priya.userId}/feedback`)).json();
    expect(priyaFeedback.answers.map((a: { rating: number }) => a.rating)).toEqual([8, 8, 7, 4]);
    expect(priyaFeedback.drop).toMatchObject({ latest: 4, fell: true, low: true });
  });

  it('seeds notification settings and history, and the planner reminds of the seeded plans', async () => {
    const sam = await t.signIn('sam@demo.stepwise.test', DEMO_PASSWORD);
    expect((await t.as(sam).get('/api/account/notification-preferences')).json()).toMatchObject({ checkInTimes: ['09:00', '20:00'], showClinicalContent: true });
    const list = (await t.as(sam).get('/api/notifications')).json();
    expect(list.unread).toBe(2);
    expect(list.notifications[0]).toMatchObject({ kind: 'check_in_reminder', body: 'How are you right now? A mood check-in takes a minute.' });
    const maya = await t.signIn('maya@demo.stepwise.test', DEMO_PASSWORD);
    expect((await t.as(maya).get('/api/account/notification-preferences')).json()).toMatchObject({ digestTime: '08:00', role: 'therapist' });
    await planReminders(t.db, t.clock.now());
    const planned = await t.db.selectFrom('notifications').select('kind').where('user_id', '=', sam.userId).where('status', '=', 'pending').execute();
    const kinds = new Set(planned.map((n) => n.kind));
    expect(kinds.has('practice_reminder')).toBe(true);
    expect(kinds.has('check_in_reminder')).toBe(true);
  });
});
