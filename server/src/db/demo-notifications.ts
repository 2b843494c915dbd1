import { newId } from '../ids.ts';
import { NEUTRAL_NOTIFICATION_TEXT } from '@stepwise/domain';
import type { Db } from './connect.ts';

type People = { now: Date; maya: string; jonas: string; sam: string; priya: string };

/** A delivered notification `hoursAgo`, read or not. */
type Item = { userId: string; kind: string; hoursAgo: number; title: string; clinical: string; url: string; read?: boolean };

/**
 * Notification settings and a short history: Sam checks in at 09:00 and 20:00 and allowed
 * clinical text; Priya keeps the neutral text and quiet hours; Maya gets a daily digest.
 * The planner writes the coming reminders from the seeded plans when the server starts.
 */
export async function seedNotifications(trx: Db, p: People): Promise<void> {
  const at = (hoursAgo: number) => new Date(p.now.getTime() - hoursAgo * 3_600_000).toISOString();
  const settings = [
    { user_id: p.sam, email: 0, quiet_hours_start: '22:00', quiet_hours_end: '07:30', show_clinical_content: 1, check_in_times: JSON.stringify(['09:00', '20:00']), digest_time: null },
    { user_id: p.priya, email: 1, quiet_hours_start: '23:00', quiet_hours_end: '08:00', show_clinical_content: 0, check_in_times: JSON.stringify(['19:30']), digest_time: null },
    { user_id: p.maya, email: 1, quiet_hours_start: null, quiet_hours_end: null, show_clinical_content: 1, check_in_times: '[]', digest_time: '08:00' },
  ];
  for (const s of settings) await trx.insertInto('notification_preferences').values({ ...s, updated_at: at(24 * 20) }).execute();

  const items: Item[] = [
    { userId: p.sam, kind: 'check_in_reminder', hoursAgo: 2, title: 'Check-in reminder', clinical: 'How are you right now? A mood check-in takes a minute.', url: '/log/mood' },
    { userId: p.sam, kind: 'encouragement', hoursAgo: 20, title: 'A note for you', clinical: 'Maya Chen: Five walks this week, that is real progress.', url: '/today' },
    { userId: p.sam, kind: 'practice_reminder', hoursAgo: 26, title: 'Practice reminder', clinical: 'Time for "Evening walk" at 19:00. If I have finished dinner, then I will put on my shoes and walk around the block.', url: '/plan', read: true },
    { userId: p.sam, kind: 'new_message', hoursAgo: 49, title: 'New message', clinical: 'Maya Chen sent you a message.', url: '/messages', read: true },
    { userId: p.priya, kind: 'nudge', hoursAgo: 28, title: 'A nudge from your therapist', clinical: 'Maya Chen: Two short records is a good start. Thinking of you.', url: '/today' },
    { userId: p.maya, kind: 'therapist_digest', hoursAgo: 30, title: 'Daily digest', clinical: '1 client needs attention: Priya Nair (reliable worsening, session feedback dropped).', url: '/clients', read: true },
  ];
  for (const i of items) {
    const when = at(i.hoursAgo);
    const id = newId();
    await trx
      .insertInto('notifications')
      .values({
        id,
        user_id: i.userId,
        kind: i.kind,
        due_at: when,
        drop_after: null,
        title: i.title,
        body: i.kind === 'therapist_digest' ? 'Your daily Stepwise digest is ready' : NEUTRAL_NOTIFICATION_TEXT,
        clinical_body: i.clinical,
        url: i.url,
        status: 'sent',
        attempts: 0,
        next_attempt_at: when,
        claimed_by: 'demo',
        claimed_until: null,
        delivered_at: when,
        sent_at: when,
        channels: JSON.stringify({ inApp: 'delivered' }),
        reason: null,
        dedupe_key: `demo:${id}`,
        read_at: i.read ? at(i.hoursAgo - 1) : null,
        created_at: when,
      })
      .execute();
  }
}
