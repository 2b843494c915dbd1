import { newId } from '../ids.ts';
import type { Db } from './connect.ts';

const MINUTE = 60_000;

/** The client's sessions that have ended by `now`, oldest first. */
async function pastSessions(db: Db, clientId: string, now: Date): Promise<{ id: string; startsAt: Date }[]> {
  const rows = await db
    .selectFrom('appointments')
    .select(['id', 'starts_at', 'duration_minutes'])
    .where('client_id', '=', clientId)
    .where('status', '=', 'scheduled')
    .where('starts_at', '<=', now.toISOString())
    .orderBy('starts_at')
    .execute();
  return rows
    .map((r) => ({ id: r.id, startsAt: new Date(r.starts_at), endsAt: Date.parse(r.starts_at) + r.duration_minutes * MINUTE }))
    .filter((r) => r.endsAt <= now.getTime());
}

async function latestEntry(db: Db, clientId: string, kind: 'journal' | 'mood' | 'thought_record'): Promise<string | null> {
  const row = await db.selectFrom('entries').select('id').where('client_id', '=', clientId).where('kind', '=', kind).where('deleted_at', 'is', null).orderBy('occurred_at', 'desc').executeTakeFirst();
  return row?.id ?? null;
}

type Item = { text: string; daysAgo: number; entry?: string | null; discussedAt?: Date; by?: string };

/**
 * The session loop for the demo: "For my next session" lists for Sam and Priya (one item from
 * a journal or mood entry, one already discussed), and feedback after past sessions: Sam steady
 * at 7-8 with the latest session still waiting for an answer (so his Today shows the question),
 * Priya falling 8, 8, 7, 4 so the therapist sees the drop flagged.
 */
export async function seedAgenda(db: Db, p: { now: Date; maya: string; sam: string; priya: string }) {
  const ago = (days: number) => new Date(p.now.getTime() - days * 86_400_000);
  const items = async (clientId: string, list: Item[]) => {
    for (const i of list) {
      await db
        .insertInto('agenda_items')
        .values({
          id: newId(),
          client_id: clientId,
          text: i.text,
          source_entry_id: i.entry ?? null,
          created_by: clientId,
          created_at: ago(i.daysAgo).toISOString(),
          discussed_at: i.discussedAt?.toISOString() ?? null,
          discussed_by: i.discussedAt ? (i.by ?? p.maya) : null,
          deleted_at: null,
        })
        .execute();
    }
  };
  const feedback = async (clientId: string, sessions: { id: string; startsAt: Date }[], answers: { rating: number; helped?: string; didNotHelp?: string; doDifferently?: string }[]) => {
    for (const [i, a] of answers.entries()) {
      const s = sessions[i];
      if (!s) continue;
      await db
        .insertInto('session_feedback')
        .values({
          id: newId(),
          client_id: clientId,
          appointment_id: s.id,
          rating: a.rating,
          helped: a.helped ?? '',
          did_not_help: a.didNotHelp ?? '',
          do_differently: a.doDifferently ?? '',
          created_at: new Date(s.startsAt.getTime() + 3 * 60 * MINUTE).toISOString(),
        })
        .execute();
    }
  };

  const sam = await pastSessions(db, p.sam, p.now);
  const samLast = sam.at(-1);
  await items(p.sam, [
    { text: 'The walk after work helped more than I expected. Can we plan more of those?', daysAgo: 9, discussedAt: samLast ? new Date(samLast.startsAt.getTime() + 20 * MINUTE) : ago(6) },
    { text: 'Something I wrote in my journal about feeling better outside', daysAgo: 3, entry: await latestEntry(db, p.sam, 'journal') },
    { text: 'Why do I freeze when my manager asks a question in meetings?', daysAgo: 1 },
  ]);
  // Every past session but the latest: that one is the question waiting on Sam's Today.
  await feedback(
    p.sam,
    sam.slice(0, -1).slice(-5),
    [
      { rating: 7, helped: 'Writing the plan down together.' },
      { rating: 8, helped: 'Practising the breathing in the session.' },
      { rating: 7, didNotHelp: 'We ran out of time for my questions.', doDifferently: 'Start with my list.' },
      { rating: 8, helped: 'Starting with my list.' },
      { rating: 8, helped: 'Looking back at the mood graph.' },
    ],
  );

  const priya = await pastSessions(db, p.priya, p.now);
  const priyaLast = priya.at(-1);
  await items(p.priya, [
    { text: 'Sleep has been worse since the deadline moved', daysAgo: 12, discussedAt: priyaLast ? new Date(priyaLast.startsAt.getTime() + 25 * MINUTE) : ago(1) },
    { text: 'A really low evening on Sunday', daysAgo: 2, entry: await latestEntry(db, p.priya, 'mood') },
    { text: 'I am not sure the homework is the right size for me right now', daysAgo: 1 },
  ]);
  await feedback(p.priya, priya.slice(-4), [
    { rating: 8, helped: 'Feeling listened to.' },
    { rating: 8, helped: 'The thought record example.' },
    { rating: 7, didNotHelp: 'It felt rushed at the end.' },
    { rating: 4, didNotHelp: 'I did not get to talk about sleep.', doDifferently: 'More time for what is hard this week.' },
  ]);
}
