import { newId } from '../ids.ts';
import type { Db } from './connect.ts';

// Made-up notes in a therapist's plain style; no real patient data.
const NOTES: Record<'sam' | 'priya', string[]> = {
  sam: [
    'Agreed on breathing practice after dinner. Sam worried it would feel silly; we tried it once in session and it settled quickly. Pick up: what gets in the way in the evening.',
    'Practice mostly done. Noticed Sam skips it on days with late shifts. Adjusted to 5 minutes on those days. PHQ-9 down again; Sam pleased.',
    'Good session. Sam described walking to the station instead of taking the bus, unprompted. Next time: rate the walking goal together and plan a weekend step.',
  ],
  priya: [
    'Talked about the move and the new team at work. Sleep worse since; agreed to try the wind-down routine. Keep an eye on the mood trend.',
    'PHQ-9 higher; item 9 answered 1. Talked it through: no plan or intent, protective factors strong (sister, cat, work). Safety plan reviewed and updated together. Jonas informed.',
    'Priya came in tired but engaged. Wind-down routine done on 3 of 7 nights. Kept the plan, made it smaller. Ask about the sister’s visit next time.',
  ],
};

/** Private session notes by Maya about her last few sessions with Sam and Priya (the newest last). */
export async function seedSessionNotes(db: Db, p: { now: Date; maya: string; sam: string; priya: string }) {
  for (const key of ['sam', 'priya'] as const) {
    const clientId = p[key];
    const texts = NOTES[key];
    const past = await db
      .selectFrom('appointments')
      .select(['id', 'starts_at', 'duration_minutes'])
      .where('client_id', '=', clientId)
      .where('therapist_id', '=', p.maya)
      .where('status', '=', 'scheduled')
      .where('starts_at', '<', p.now.toISOString())
      .orderBy('starts_at', 'desc')
      .limit(texts.length)
      .execute();
    // Oldest session gets the first note; each written just after its session ended.
    const sessions = past.reverse();
    if (sessions.length === 0) continue;
    const values = sessions.map((s, i) => {
      const at = new Date(Date.parse(s.starts_at) + (s.duration_minutes + 10) * 60_000).toISOString();
      const text = texts[texts.length - sessions.length + i] ?? '';
      return { id: newId(), client_id: clientId, appointment_id: s.id, author_id: p.maya, text, created_at: at, updated_at: at };
    });
    await db.insertInto('session_notes').values(values).execute();
  }
}
