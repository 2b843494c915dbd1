import { describe, expect, it } from 'vitest';
import { dispatchDue } from '../src/jobs/dispatcher.ts';
import { testServer } from './support/server.ts';

const t = await testServer();
const owner = await t.owner();
const sam = await t.invite(owner, 'therapist', 'Sam Therapist');
const other = await t.invite(owner, 'therapist', 'Other Therapist');
const robin = await t.invite(sam, 'client', 'Robin');
const path = `/api/clients/${robin.userId}/appointments`;
const session = { time: '10:00', timeZone: 'Europe/Amsterdam', durationMinutes: 50, mode: 'in_person', place: 'Room 2, Riverside Therapy' };

describe('appointments', () => {
  it('books a weekly series that stays at 10:00 local across the change to summer time', async () => {
    const res = await t.as(sam).post(path, { ...session, date: '2027-03-22', repeat: 'weekly', count: 3 });
    expect(res.statusCode, res.body).toBe(201);
    const list = res.json().appointments;
    // 10:00 in Amsterdam is 09:00 UTC in winter, 08:00 UTC after 28 March 2027.
    expect(list.map((a: { startsAt: string }) => a.startsAt)).toEqual(['2027-03-22T09:00:00.000Z', '2027-03-29T08:00:00.000Z', '2027-04-05T08:00:00.000Z']);
    expect(new Set(list.map((a: { seriesId: string }) => a.seriesId)).size).toBe(1);
    expect(list[0]).toMatchObject({ endsAt: '2027-03-22T09:50:00.000Z', therapist: { id: sam.userId, name: 'Sam Therapist' }, clientName: 'Robin', status: 'scheduled' });
  });

  it('books every two weeks, reschedules one session and cancels the rest of the series', async () => {
    const booked = (await t.as(sam).post(path, { ...session, date: '2026-11-10', time: '16:30', mode: 'video', videoLink: 'https://meet.example.test/robin', repeat: 'biweekly', count: 4 })).json().appointments;
    expect(booked.map((a: { startsAt: string }) => a.startsAt.slice(0, 10))).toEqual(['2026-11-10', '2026-11-24', '2026-12-08', '2026-12-22']);
    const moved = await t.as(sam).put(`/api/appointments/${booked[1].id}`, { ...session, date: '2026-11-25', time: '09:00', mode: 'video', videoLink: 'https://meet.example.test/robin' });
    expect(moved.json()).toMatchObject({ startsAt: '2026-11-25T08:00:00.000Z', seriesId: booked[0].seriesId });
    const cancelled = (await t.as(sam).post(`/api/appointments/${booked[2].id}/cancel`, { scope: 'following' })).json().appointments;
    expect(cancelled.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([[booked[2].id, 'cancelled'], [booked[3].id, 'cancelled']]);
    expect((await t.as(sam).post(`/api/appointments/${booked[2].id}/cancel`, {})).json().error.code).toBe('appointment_cancelled');
  });

  it('refuses a video session without a link and a date in the past, naming the field', async () => {
    const noLink = await t.as(sam).post(path, { ...session, date: '2026-11-20', mode: 'video' });
    expect(noLink.json().error.fields).toEqual({ videoLink: 'a video session needs its link' });
    const past = await t.as(sam).post(path, { ...session, date: '2026-10-01' });
    expect(past.json().error.fields).toEqual({ date: 'is in the past' });
    const http = await t.as(sam).post(path, { ...session, date: '2026-11-20', mode: 'video', videoLink: 'http://insecure.example.test' });
    expect(Object.keys(http.json().error.fields)).toEqual(['videoLink']);
  });

  it('shows the client their next session; only the care team books or changes them', async () => {
    const client = await t.invite(sam, 'client', 'Noor');
    const own = `/api/clients/${client.userId}/appointments`;
    expect((await t.as(client).get('/api/me/next-appointment')).json()).toEqual({ appointment: null });
    const [first] = (await t.as(sam).post(own, { ...session, date: '2026-11-04', repeat: 'weekly', count: 2 })).json().appointments;
    expect((await t.as(client).get('/api/me/next-appointment')).json().appointment).toMatchObject({ id: first.id, startsAt: '2026-11-04T09:00:00.000Z' });
    await t.as(sam).post(`/api/appointments/${first.id}/cancel`, {});
    expect((await t.as(client).get('/api/me/next-appointment')).json().appointment.startsAt).toBe('2026-11-11T09:00:00.000Z');
    expect((await t.as(client).post(own, { ...session, date: '2026-11-20' })).statusCode).toBe(404);
    expect((await t.as(other).post(own, { ...session, date: '2026-11-20' })).statusCode).toBe(404);
    expect((await t.as(other).put(`/api/appointments/${first.id}`, { ...session, date: '2026-11-20' })).statusCode).toBe(404);
    expect((await t.as(client).get(own)).json().appointments).toHaveLength(2);
  });
});

describe('session reminders', () => {
  it('reminds the client the day before and an hour before, and follows moves and cancellations', async () => {
    const client = await t.invite(sam, 'client', 'Rin');
    const own = `/api/clients/${client.userId}/appointments`;
    const [first, second] = (await t.as(sam).post(own, { ...session, date: '2026-11-10', repeat: 'weekly', count: 2 })).json().appointments;
    const pending = () =>
      t.db.selectFrom('notifications').select(['kind', 'due_at', 'drop_after', 'clinical_body', 'status']).where('user_id', '=', client.userId).where('status', '=', 'pending').orderBy('due_at').execute();
    // 10:00 Amsterdam is 09:00 UTC in November.
    expect((await pending()).map((n) => [n.kind, n.due_at, n.drop_after])).toEqual([
      ['session_day_before', '2026-11-09T09:00:00.000Z', '2026-11-10T09:00:00.000Z'],
      ['session_hour_before', '2026-11-10T08:00:00.000Z', '2026-11-10T09:00:00.000Z'],
      ['session_day_before', '2026-11-16T09:00:00.000Z', '2026-11-17T09:00:00.000Z'],
      ['session_hour_before', '2026-11-17T08:00:00.000Z', '2026-11-17T09:00:00.000Z'],
    ]);
    // The client's words in their own zone (New York): 04:00.
    expect((await pending())[0]?.clinical_body).toBe('Your session with Sam Therapist is tomorrow, at 04:00, at Room 2, Riverside Therapy.');
    await t.as(sam).put(`/api/appointments/${first.id}`, { ...session, date: '2026-11-11', time: '15:00' });
    await t.as(sam).post(`/api/appointments/${second.id}/cancel`, {});
    expect((await pending()).map((n) => [n.kind, n.due_at])).toEqual([
      ['session_day_before', '2026-11-10T14:00:00.000Z'],
      ['session_hour_before', '2026-11-11T13:00:00.000Z'],
    ]);
    // Moved back to where it was: its reminders come back too.
    await t.as(sam).put(`/api/appointments/${first.id}`, { ...session, date: '2026-11-10' });
    expect((await pending()).map((n) => n.due_at)).toEqual(['2026-11-09T09:00:00.000Z', '2026-11-10T08:00:00.000Z']);
    // At its time the engine delivers it to the client's list, in neutral words by default.
    await dispatchDue(t.app.deps, new Date('2026-11-09T09:00:30.000Z'));
    const list = (await t.as(client).get('/api/notifications')).json();
    expect(list.notifications).toEqual([expect.objectContaining({ title: 'Session reminder', body: 'You have a reminder from Stepwise', url: '/today' })]);
  });
});
