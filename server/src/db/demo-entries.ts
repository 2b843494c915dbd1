import { addDays, localDate, localTime, zonedTimeToUtc } from '@stepwise/domain';
import { newId } from '../ids.ts';
import type { Db } from './connect.ts';

type Client = { id: string; timeZone: string; therapistId: string };

// A small deterministic generator, so the demo looks the same every time.
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PLACES = ['home', 'work', 'on the bus', 'at my parents’'];
const PEOPLE = ['alone', 'partner', 'colleagues', 'friends'];

/**
 * 90 days of made-up check-ins with patterns the insights should find: Mondays lower,
 * short-sleep nights followed by lower mood, and days with skill practice a little higher.
 */
export async function seedEntries(db: Db, p: { clients: Client[]; now: Date }) {
  for (const [n, c] of p.clients.entries()) {
    const rnd = random(1000 + n);
    const today = localDate(p.now, c.timeZone);
    const trackerId = newId();
    await db
      .insertInto('trackers')
      .values({ id: trackerId, client_id: c.id, name: 'Urge to check my phone', type: 'intensity', category: 'urge', created_by: c.therapistId, created_at: zonedTimeToUtc(addDays(today, -90), '09:00', c.timeZone).toISOString(), archived_at: null })
      .execute();
    const rows = [];
    for (let i = 90; i >= 1; i -= 1) {
      const date = addDays(today, -i);
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      const shortSleep = rnd() < 0.3;
      const practised = rnd() < 0.55;
      const mood = Math.max(1, Math.min(10, Math.round(6 + (practised ? 1 : 0) - (shortSleep ? 2 : 0) - (weekday === 1 ? 1.5 : 0) + (rnd() - 0.5) * 2)));
      const at = zonedTimeToUtc(date, `0${8 + Math.floor(rnd() * 2)}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}`, c.timeZone);
      const entry = (kind: 'mood' | 'skill' | 'behavior' | 'journal' | 'thought_record' | 'activity', data: object, shared = true, when = at) => ({
        id: newId(),
        client_id: c.id,
        kind,
        occurred_at: when.toISOString(),
        local_date: date,
        local_time: localTime(when, c.timeZone),
        time_zone: c.timeZone,
        shared: shared ? 1 : 0,
        data: JSON.stringify(data),
        idempotency_key: `demo-${newId()}`,
        created_at: when.toISOString(),
        updated_at: when.toISOString(),
        deleted_at: null,
      });
      const low = mood <= 4;
      rows.push(
        entry('mood', {
          mood,
          emotions: low ? [{ name: 'tired', intensity: 60 + Math.round(rnd() * 30) }, { name: 'anxious', intensity: 40 + Math.round(rnd() * 40) }] : [{ name: 'calm', intensity: 50 + Math.round(rnd() * 30) }],
          situation: weekday === 1 ? 'start of the work week' : '',
          place: PLACES[Math.floor(rnd() * PLACES.length)] ?? '',
          people: PEOPLE[Math.floor(rnd() * PEOPLE.length)] ?? '',
          note: '',
          energy: Math.max(0, Math.min(10, mood - 1)),
          anxiety: low ? 7 : 3,
          sleepHours: shortSleep ? 5 + Math.round(rnd() * 2) / 2 : 7 + Math.round(rnd() * 4) / 2,
          sleepQuality: shortSleep ? 3 : 7,
        }),
      );
      if (practised) rows.push(entry('skill', { skill: rnd() < 0.5 ? 'Slow breathing' : 'Grounding 5-4-3-2-1', minutes: 5 + Math.floor(rnd() * 3) * 5, helpfulness: 5 + Math.floor(rnd() * 5), situation: '' }));
      if (rnd() < 0.6) rows.push(entry('behavior', { trackerId, value: Math.round(3 + rnd() * 5 + (low ? 2 : 0)), trigger: low ? 'feeling restless' : 'boredom', note: '' }));
      if (i % 9 === 0) rows.push(entry('journal', { prompt: 'noticed', text: 'I noticed I feel better on the days I go outside, even briefly.' }, i % 18 === 0));
      if (i % 15 === 0) {
        rows.push(
          entry('thought_record', {
            situation: 'A colleague did not reply to my message',
            emotions: [{ name: 'anxious', intensity: 70 }],
            thoughts: [{ text: 'They think my work is bad', belief: 75, hot: true }],
            evidenceFor: 'They usually reply quickly',
            evidenceAgainst: 'They are on a deadline this week; last month they praised my report',
            balancedThought: 'They are probably busy; I can ask again tomorrow',
            balancedBelief: 60,
            emotionsAfter: [{ name: 'anxious', intensity: 35 }],
          }),
        );
      }
      if (i % 4 === 0) rows.push(entry('activity', { activity: 'Walk in the park', status: 'done', pleasure: 5 + Math.floor(rnd() * 4), mastery: 4 + Math.floor(rnd() * 4) }));
    }
    for (let i = 0; i < rows.length; i += 200) await db.insertInto('entries').values(rows.slice(i, i + 200)).execute();
  }
}
