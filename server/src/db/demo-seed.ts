import { hashPassword } from '../auth/passwords.ts';
import { newId } from '../ids.ts';
import { seedEntries } from './demo-entries.ts';
import { seedAppointments } from './demo-appointments.ts';
import { seedHomework } from './demo-homework.ts';
import { seedMeasures } from './demo-measures.ts';
import { seedSessionNotes } from './demo-session-notes.ts';
import { seedMessages } from './demo-messages.ts';
import { seedAgenda } from './demo-agenda.ts';
import { seedNotifications } from './demo-notifications.ts';
import type { Db } from './connect.ts';

export const DEMO_PASSWORD = 'calm steps every day';

export type DemoAccount = { role: string; name: string; email: string };

/**
 * A demo practice with made-up people (no real patient data): an admin therapist,
 * a colleague, four clients on care teams and one pending invitation. Every feature
 * adds its own demo data here so `npm run demo` shows all of Stepwise.
 */
export async function seedDemo(db: Db, now = new Date()): Promise<DemoAccount[]> {
  const iso = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const practiceId = newId();
  const people = [
    { key: 'maya', name: 'Maya Chen', email: 'maya@demo.stepwise.test', role: 'therapist', admin: 1, tz: 'Europe/Amsterdam', joined: 120 },
    { key: 'jonas', name: 'Jonas Berg', email: 'jonas@demo.stepwise.test', role: 'therapist', admin: 0, tz: 'Europe/Amsterdam', joined: 100 },
    { key: 'sam', name: 'Sam Rivera', email: 'sam@demo.stepwise.test', role: 'client', admin: 0, tz: 'Europe/Amsterdam', joined: 90 },
    { key: 'alex', name: 'Alex Morgan', email: 'alex@demo.stepwise.test', role: 'client', admin: 0, tz: 'Europe/London', joined: 84 },
    { key: 'priya', name: 'Priya Nair', email: 'priya@demo.stepwise.test', role: 'client', admin: 0, tz: 'America/New_York', joined: 60 },
    { key: 'lee', name: 'Lee Okafor', email: 'lee@demo.stepwise.test', role: 'client', admin: 0, tz: 'Europe/Amsterdam', joined: 30 },
  ] as const;
  const ids = Object.fromEntries(people.map((p) => [p.key, newId()])) as Record<(typeof people)[number]['key'], string>;

  await db.transaction().execute(async (trx) => {
    await trx.insertInto('settings').values({ key: 'setup_done', value: iso(120) }).execute();
    await trx.insertInto('practices').values({ id: practiceId, name: 'Riverside Therapy', created_at: iso(120) }).execute();
    for (const p of people) {
      await trx
        .insertInto('users')
        .values({
          id: ids[p.key],
          practice_id: practiceId,
          email: p.email,
          name: p.name,
          role: p.role,
          is_admin: p.admin,
          password_hash: passwordHash,
          time_zone: p.tz,
          locale: 'en',
          privacy_accepted_at: iso(p.joined),
          created_at: iso(p.joined),
          updated_at: iso(p.joined),
        })
        .execute();
    }
    const links: Array<[keyof typeof ids, keyof typeof ids, number]> = [
      ['sam', 'maya', 90],
      ['alex', 'maya', 84],
      ['priya', 'maya', 60],
      ['priya', 'jonas', 45],
      ['lee', 'jonas', 30],
    ];
    for (const [client, therapist, days] of links) {
      await trx
        .insertInto('care_team_links')
        .values({ id: newId(), client_id: ids[client], therapist_id: ids[therapist], started_at: iso(days), ended_at: null, started_by: ids[therapist], ended_by: null })
        .execute();
    }
    await trx
      .insertInto('invitations')
      .values({
        id: newId(),
        practice_id: practiceId,
        email: 'jordan@demo.stepwise.test',
        name: 'Jordan Ellis',
        role: 'client',
        invited_by: ids.maya,
        // A hash nobody holds the token for: the demo shows a pending invitation without a usable link.
        token_hash: `demo-${newId()}`,
        expires_at: new Date(now.getTime() + 5 * 86_400_000).toISOString(),
        accepted_at: null,
        accepted_user_id: null,
        revoked_at: null,
        created_at: iso(2),
        sent_at: iso(2),
      })
      .execute();
    const clientsOf = (keys: Array<keyof typeof ids>, therapist: keyof typeof ids) =>
      keys.map((k) => ({ id: ids[k], timeZone: people.find((p) => p.key === k)?.tz ?? 'UTC', therapistId: ids[therapist] }));
    const clients = [...clientsOf(['sam', 'alex', 'priya'], 'maya'), ...clientsOf(['lee'], 'jonas')];
    await seedHomework(trx, { practiceId, ownerId: ids.maya, clients, now });
    await seedEntries(trx, { clients, now });
    const person = (k: keyof typeof ids) => ({ id: ids[k], timeZone: people.find((p) => p.key === k)?.tz ?? 'UTC' });
    await seedAppointments(trx, {
      now,
      zone: 'Europe/Amsterdam',
      alex: { id: ids.alex, therapistId: ids.maya },
      bookings: [
        { clientId: ids.sam, therapistId: ids.maya, firstInDays: -41, time: '10:30', repeat: 'weekly', count: 10, mode: 'in_person' },
        { clientId: ids.alex, therapistId: ids.maya, firstInDays: -40, time: '17:00', repeat: 'biweekly', count: 5, mode: 'video' },
        { clientId: ids.priya, therapistId: ids.maya, firstInDays: -36, time: '15:00', repeat: 'weekly', count: 9, mode: 'video' },
        { clientId: ids.lee, therapistId: ids.jonas, firstInDays: -26, time: '09:00', repeat: 'weekly', count: 8, mode: 'in_person' },
      ],
    });
    await seedMeasures(trx, { practiceId, now, maya: ids.maya, jonas: ids.jonas, sam: person('sam'), alex: person('alex'), priya: person('priya'), lee: person('lee') });
    await seedMessages(trx, { now, maya: ids.maya, jonas: ids.jonas, sam: ids.sam, priya: ids.priya, lee: ids.lee });
    await seedAgenda(trx, { now, maya: ids.maya, sam: ids.sam, priya: ids.priya });
    await seedSessionNotes(trx, { now, maya: ids.maya, sam: ids.sam, priya: ids.priya });
    await seedNotifications(trx, { now, maya: ids.maya, jonas: ids.jonas, sam: ids.sam, priya: ids.priya });
  });
  return people.map((p) => ({ role: p.admin ? 'therapist (admin)' : p.role, name: p.name, email: p.email }));
}
