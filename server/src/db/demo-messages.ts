import { newId } from '../ids.ts';
import type { Db } from './connect.ts';

type People = { now: Date; maya: string; jonas: string; sam: string; priya: string; lee: string };

/** One message: who wrote it, hours before now, and whether the other side has opened it. */
type Line = { by: string; hoursAgo: number; body: string; unread?: boolean };

/**
 * Short made-up threads: Sam and Maya about moving a session, Priya with both of her
 * therapists about a hard week, and Lee's last message to Jonas still waiting (the badge).
 */
export async function seedMessages(trx: Db, p: People): Promise<void> {
  const at = (hoursAgo: number) => new Date(p.now.getTime() - hoursAgo * 3_600_000).toISOString();
  const role = (id: string) => (id === p.maya || id === p.jonas ? 'therapist' : 'client');

  for (const [therapistId, text] of [
    [p.maya, 'I usually reply within 2 working days (not at weekends).'],
    [p.jonas, 'I read messages on Tuesdays and Thursdays and reply the same day.'],
  ] as const) {
    await trx.insertInto('reply_times').values({ therapist_id: therapistId, text, updated_at: at(24 * 30) }).execute();
  }

  const threads: Array<[string, Line[]]> = [
    [
      p.sam,
      [
        { by: p.sam, hoursAgo: 74, body: 'Hi Maya, could we move next week’s session to the afternoon? I have a work meeting in the morning.' },
        { by: p.maya, hoursAgo: 52, body: 'Of course. Would 15:00 on the same day work for you?' },
        { by: p.sam, hoursAgo: 50, body: 'Yes, 15:00 is perfect. Thank you!' },
        { by: p.maya, hoursAgo: 49, body: 'Done, it’s in the calendar. Keep going with the evening walks, they seem to help.' },
      ],
    ],
    [
      p.priya,
      [
        { by: p.priya, hoursAgo: 100, body: 'This week has been hard. I skipped the thought records most days.' },
        { by: p.maya, hoursAgo: 80, body: 'Thank you for telling us. Skipping is information, not failure. Let’s look at what got in the way on Thursday.' },
        { by: p.jonas, hoursAgo: 78, body: 'And if one full record feels like too much, just writing the situation and the mood is enough for now.' },
        { by: p.priya, hoursAgo: 30, body: 'Okay. I did two short ones yesterday.' },
        { by: p.maya, hoursAgo: 6, body: 'That’s great, Priya. Bring them on Thursday and we’ll go through them together.', unread: true },
      ],
    ],
    [
      p.lee,
      [
        { by: p.jonas, hoursAgo: 60, body: 'Hi Lee, a reminder to keep the sleep diary this week, even the rough nights.' },
        { by: p.lee, hoursAgo: 40, body: 'Will do. Last night I was awake from 3 to 5 again.' },
        { by: p.jonas, hoursAgo: 36, body: 'Thanks for noting it. Try the get-up-after-20-minutes rule we discussed, and write down what you did.' },
        { by: p.lee, hoursAgo: 3, body: 'I tried it twice. It was hard to get out of bed but I fell asleep faster the second time.', unread: true },
      ],
    ],
  ];

  for (const [clientId, lines] of threads) {
    for (const line of lines) {
      const fromClient = role(line.by) === 'client';
      // Opened by the other side an hour later, unless it is still waiting.
      const read = line.unread ? null : at(line.hoursAgo - 1);
      await trx
        .insertInto('messages')
        .values({
          id: newId(),
          client_id: clientId,
          author_id: line.by,
          author_role: role(line.by),
          body: line.body,
          created_at: at(line.hoursAgo),
          read_by_client_at: fromClient ? null : read,
          read_by_team_at: fromClient ? read : null,
        })
        .execute();
    }
  }
}
