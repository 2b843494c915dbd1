import { addDays, describeFinding, findings, INSIGHT_RANGES, type InsightRange, type InsightsView, isoWeekday, localDate, type MoodPoint, dailyMood, emotionFrequencies, moodByDayPart, moodByWeekday } from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../policy/types.ts';

type Json = Record<string, unknown>;

/**
 * Charts and plain-language findings over a range of the client's days. A therapist's
 * view is computed from shared entries only, so private entries never shape what they see.
 */
export async function insightsFor({ db, ctx, actor, clientId, range }: { db: Db; ctx: AuditContext; actor: Actor; clientId: string; range: InsightRange }): Promise<InsightsView> {
  const { time_zone } = await db.selectFrom('users').select('time_zone').where('id', '=', clientId).executeTakeFirstOrThrow();
  const to = localDate(ctx.now, time_zone);
  const from = addDays(to, -(INSIGHT_RANGES[range] - 1));
  let q = db
    .selectFrom('entries')
    .select(['kind', 'local_date', 'local_time', 'data'])
    .where('client_id', '=', clientId)
    .where('deleted_at', 'is', null)
    .where('local_date', '>=', from)
    .where('local_date', '<=', to)
    .where('kind', 'in', ['mood', 'behavior', 'skill', 'activity']);
  if (actor.role !== 'client') q = q.where('shared', '=', 1);
  const [rows, trackers, homeworkDone] = await Promise.all([
    q.execute(),
    db.selectFrom('trackers').select(['id', 'name', 'type']).where('client_id', '=', clientId).where('archived_at', 'is', null).execute(),
    db
      .selectFrom('assignment_check_ins')
      .select('occurrence_date')
      .where('client_id', '=', clientId)
      .where('outcome', '=', 'done')
      .where('occurrence_date', '>=', from)
      .where('occurrence_date', '<=', to)
      .execute(),
  ]);

  const points: MoodPoint[] = [];
  const practiceDates = new Set(homeworkDone.map((h) => h.occurrence_date));
  const activityDates = new Set<string>();
  const trackerDays = new Map<string, Map<string, number>>();
  const trackerType = new Map(trackers.map((t) => [t.id, t.type]));
  const minutesByWeek = new Map<string, number>();
  for (const r of rows) {
    const d = JSON.parse(r.data) as Json;
    if (r.kind === 'mood') {
      points.push({
        date: r.local_date,
        time: r.local_time,
        mood: Number(d.mood),
        sleepHours: typeof d.sleepHours === 'number' ? d.sleepHours : null,
        place: String(d.place ?? ''),
        people: String(d.people ?? ''),
        situation: String(d.situation ?? ''),
        emotions: Array.isArray(d.emotions) ? (d.emotions as Array<{ name: string; intensity: number }>) : [],
      });
    } else if (r.kind === 'skill') {
      practiceDates.add(r.local_date);
      const week = addDays(r.local_date, 1 - isoWeekday(r.local_date));
      minutesByWeek.set(week, (minutesByWeek.get(week) ?? 0) + (typeof d.minutes === 'number' ? d.minutes : 0));
    } else if (r.kind === 'activity' && d.status === 'done') {
      activityDates.add(r.local_date);
    } else if (r.kind === 'behavior') {
      const id = String(d.trackerId);
      const perDay = trackerDays.get(id) ?? new Map<string, number>();
      const before = perDay.get(r.local_date) ?? 0;
      // Counts, yes-answers and minutes add up over a day; an intensity is a level, so the day shows its highest.
      perDay.set(r.local_date, trackerType.get(id) === 'intensity' ? Math.max(before, Number(d.value)) : before + Number(d.value));
      trackerDays.set(id, perDay);
    }
  }
  await auditClientData(db, ctx, clientId, { action: 'insights.viewed', detail: { range } });
  return {
    range,
    from,
    to,
    moodEntries: points.length,
    daily: dailyMood(points),
    byWeekday: moodByWeekday(points),
    byDayPart: moodByDayPart(points),
    emotions: emotionFrequencies(points).slice(0, 12),
    trackers: trackers.map((t) => ({
      id: t.id,
      name: t.name,
      type: t.type,
      perDay: [...(trackerDays.get(t.id) ?? new Map<string, number>()).entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, total]) => ({ date, total })),
    })),
    practiceMinutesPerWeek: [...minutesByWeek.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([weekStart, minutes]) => ({ weekStart, minutes })),
    findings: findings({ points, practiceDates, activityDates }).map((f) => {
      const { kind, ...facts } = f;
      return { kind, sentence: describeFinding(f), facts: facts as Record<string, string | number | { average: number; count: number }> };
    }),
  };
}
