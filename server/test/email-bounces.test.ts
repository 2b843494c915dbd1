import { describe, expect, it } from 'vitest';
import { isBounce } from '../src/features/email-bounces/service.ts';
import { scheduleNotification, type NewNotification } from '../src/features/notifications/service.ts';
import { dispatchDue } from '../src/jobs/dispatcher.ts';
import { testServer, type Session } from './support/server.ts';

const t = await testServer();
const owner = await t.owner();
const sam = await t.invite(owner, 'therapist', 'Sam Therapist');
const newClient = (name: string) => t.invite(sam, 'client', name);
// Everyone is invited first: one test moves the app's clock on, past the therapist's session.
const [ana, ben, cy, dee, eve, fay] = await Promise.all(['Ana', 'Ben', 'Cy', 'Dee', 'Eve', 'Fay'].map(newClient)) as [Session, Session, Session, Session, Session, Session];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
let now = new Date('2026-11-02T09:00:00.000Z');
const later = (ms: number) => (now = new Date(now.getTime() + ms));
const dispatch = () => dispatchDue(t.app.deps, now);

let key = 0;
const schedule = (userId: string, n: Partial<NewNotification> = {}) =>
  scheduleNotification(t.db, { userId, kind: 'assignment', dueAt: now, dropAfter: null, title: 'Time for your practice', url: '/today', dedupeKey: `bounce-test-${(key += 1)}`, ...n }, now);
const rowOf = (id: string | null) => t.db.selectFrom('notifications').selectAll().where('id', '=', id ?? '').executeTakeFirstOrThrow();
const channelsOf = async (id: string | null) => JSON.parse((await rowOf(id)).channels) as Record<string, unknown>;
const mailsTo = (s: Session, mark = 0) => t.smtp.mails.slice(mark).filter((m) => m.to === s.email);
const bounceOf = async (s: Session) => (await t.as(s).get('/api/account/email-bounce')).json().bounce as { address: string; reason: string; bouncedAt: string } | null;

/** A notification emailed now; how many mails reached the person. */
async function notifyAndCount(s: Session): Promise<{ id: string | null; mails: number }> {
  later(HOUR);
  const mark = t.smtp.mark();
  const id = await schedule(s.userId);
  await dispatch();
  return { id, mails: mailsTo(s, mark).length };
}

describe('a permanent rejection (SMTP 5xx) is a bounce', () => {
  it('is recorded, not retried, shown to the person, and stops email until they try again', async () => {
    t.smtp.refuse(ana.email, 550, '5.1.1 Mailbox unknown');
    later(HOUR);
    const id = await schedule(ana.userId);
    expect(await dispatch()).toMatchObject({ sent: 1, retried: 0 });
    expect(await rowOf(id)).toMatchObject({ status: 'sent', attempts: 0 });
    expect(await channelsOf(id)).toEqual({ inApp: 'delivered', email: 'bounced' });
    const bounce = await bounceOf(ana);
    expect(bounce).toEqual({ address: ana.email, reason: expect.stringMatching(/^550 5\.1\.1 Mailbox unknown/), bouncedAt: now.toISOString() });
    // Nothing comes back for this row.
    later(HOUR);
    expect(await dispatch()).toMatchObject({ claimed: 0 });

    // The mailbox works again, but Stepwise does not try it until Ana asks.
    t.smtp.accept(ana.email);
    const stopped = await notifyAndCount(ana);
    expect(stopped.mails).toBe(0);
    expect(await channelsOf(stopped.id)).toEqual({ inApp: 'delivered', email: 'bounced' });
    // Still in the app's list.
    expect((await t.as(ana).get('/api/notifications')).json().unread).toBe(2);

    // "Try email again" on the Account page.
    expect((await t.as(ana).delete('/api/account/email-bounce')).statusCode).toBe(200);
    expect(await bounceOf(ana)).toBeNull();
    expect((await notifyAndCount(ana)).mails).toBe(1);
    const audits = await t.db.selectFrom('audit_log').select(['action', 'actor_id']).where('action', '=', 'email_bounce.cleared').execute();
    expect(audits).toEqual([{ action: 'email_bounce.cleared', actor_id: ana.userId }]);
  });

  it('stops until the person switches email on again in their settings', async () => {
    t.smtp.refuse(ben.email, 550, 'No such user');
    expect((await notifyAndCount(ben)).mails).toBe(0);
    t.smtp.accept(ben.email);
    expect(await bounceOf(ben)).not.toBeNull();
    // Saved before the bounce would not count; this save is after it (the app's clock runs on).
    t.clock.set(new Date(now.getTime() + MINUTE).toISOString());
    const put = await t.as(ben).put('/api/account/notification-preferences', { email: true, quietHoursStart: null, quietHoursEnd: null, showClinicalContent: false });
    expect(put.statusCode).toBe(200);
    expect(await bounceOf(ben)).toBeNull();
    later(MINUTE);
    expect((await notifyAndCount(ben)).mails).toBe(1);
  });

  it('stops for the bounced address only: a changed address is tried', async () => {
    t.smtp.refuse(cy.email, 553, 'Mailbox name not allowed');
    expect((await notifyAndCount(cy)).mails).toBe(0);
    expect((await bounceOf(cy))?.reason).toMatch(/^553/);
    const newAddress = `new-${cy.email}`;
    await t.db.updateTable('users').set({ email: newAddress }).where('id', '=', cy.userId).execute();
    later(HOUR);
    const mark = t.smtp.mark();
    await schedule(cy.userId);
    await dispatch();
    expect(t.smtp.mails.slice(mark).filter((m) => m.to === newAddress)).toHaveLength(1);
    expect(await bounceOf(cy)).toBeNull();
  });

  it('is one person’s: someone else’s email goes on, and each sees only their own', async () => {
    t.smtp.refuse(dee.email, 550, 'Mailbox unknown');
    later(HOUR);
    const mark = t.smtp.mark();
    await schedule(dee.userId);
    await schedule(eve.userId);
    await dispatch();
    t.smtp.accept(dee.email);
    expect(mailsTo(eve, mark)).toHaveLength(1);
    expect(await bounceOf(dee)).not.toBeNull();
    expect(await bounceOf(eve)).toBeNull();
    // Eve clearing "her" bounce changes nothing for Dee.
    expect((await t.as(eve).delete('/api/account/email-bounce')).statusCode).toBe(200);
    expect(await bounceOf(dee)).not.toBeNull();
    expect((await t.as(null).get('/api/account/email-bounce')).statusCode).toBe(401);
  });
});

describe('a transient failure is not a bounce', () => {
  it('a 4xx answer is retried with backoff and then sent', async () => {
    t.smtp.refuse(fay.email, 451, '4.3.0 Try again later');
    later(HOUR);
    const mark = t.smtp.mark();
    const id = await schedule(fay.userId);
    expect(await dispatch()).toMatchObject({ retried: 1 });
    expect(await rowOf(id)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(await channelsOf(id)).toEqual({ inApp: 'delivered', email: 'retrying' });
    expect((await rowOf(id)).reason).toMatch(/451/);
    expect(await bounceOf(fay)).toBeNull();
    t.smtp.accept(fay.email);
    later(MINUTE);
    expect(await dispatch()).toMatchObject({ sent: 1 });
    expect(await channelsOf(id)).toEqual({ inApp: 'delivered', email: 'sent' });
    expect(mailsTo(fay, mark)).toHaveLength(1);
  });

  it('a 5xx to the greeting, our own login or sender is configuration, not the person’s address', () => {
    expect(isBounce(Object.assign(new Error('x'), { responseCode: 554, command: 'CONN' }))).toBe(false);
    expect(isBounce(Object.assign(new Error('x'), { responseCode: 550 }))).toBe(false);
    expect(isBounce(Object.assign(new Error('x'), { responseCode: 550, command: 'RCPT TO', code: 'EENVELOPE' }))).toBe(true);
    expect(isBounce(Object.assign(new Error('x'), { responseCode: 554, command: 'DATA' }))).toBe(true);
    expect(isBounce(Object.assign(new Error('x'), { responseCode: 535, command: 'AUTH PLAIN', code: 'EAUTH' }))).toBe(false);
    expect(isBounce(Object.assign(new Error('x'), { responseCode: 550, command: 'MAIL FROM' }))).toBe(false);
    expect(isBounce(Object.assign(new Error('x'), { responseCode: 421, command: 'RCPT TO' }))).toBe(false);
    expect(isBounce(new Error('connect ECONNREFUSED'))).toBe(false);
  });
});
