import {
  addDays,
  compareTotals,
  daysBetween,
  feedbackDrop,
  latestInstrument,
  localDate,
  occurrences,
  scheduleSchema,
  summaryLines,
  type InstrumentKey,
  type ScoreView,
  type SummaryView,
} from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { nextAppointment, oneAppointment } from '../appointments/service.ts';
import { openAlerts } from '../safety/alerts.ts';
import { lastSessionBefore, sharedEntries, submittedTotals, windowAssignments, windowGoals } from './store.ts';

const DEFAULT_DAYS = 14;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

function assignmentsPart(rows: Awaited<ReturnType<typeof windowAssignments>>, from: string, today: string): SummaryView['assignments'] {
  return rows.assignments.map((a) => {
    const planned = occurrences(scheduleSchema.parse(JSON.parse(a.schedule)), { from, to: today });
    const checks = rows.checkIns.filter((c) => c.assignment_id === a.id);
    const count = (o: string) => checks.filter((c) => c.outcome === o).length;
    const barriers = new Map<string, number>();
    for (const c of checks) if (c.barrier) barriers.set(c.barrier, (barriers.get(c.barrier) ?? 0) + 1);
    const helpfulness = checks.map((c) => c.helpfulness).filter((h): h is number => h !== null);
    return {
      id: a.id,
      title: a.title,
      kind: a.kind,
      planned: planned.length,
      done: count('done'),
      partly: count('partly'),
      notDone: count('not_done'),
      daysDone: new Set(checks.filter((c) => c.outcome === 'done').map((c) => c.occurrence_date)).size,
      daysPlanned: new Set(planned.map((o) => o.date)).size,
      reflections: checks.filter((c) => c.how_it_went.trim()).map((c) => ({ date: c.occurrence_date, text: c.how_it_went, helpfulness: c.helpfulness })),
      averageHelpfulness: round1(mean(helpfulness)),
      barriers: [...barriers].map(([barrier, n]) => ({ barrier, count: n })),
      barrierNotes: checks.map((c) => c.barrier_note.trim()).filter(Boolean),
    };
  });
}

type MoodRow = { local_date: string; data: string };
function moodPart(current: MoodRow[], previous: MoodRow[]): SummaryView['mood'] {
  const parse = (rows: MoodRow[]) => rows.map((r) => ({ date: r.local_date, ...(JSON.parse(r.data) as { mood: number; note?: string; situation?: string }) }));
  const now = parse(current);
  const days = new Map<string, number[]>();
  for (const m of now) days.set(m.date, [...(days.get(m.date) ?? []), m.mood]);
  const byDay = [...days].map(([date, moods]) => ({ date, average: round1(mean(moods)) ?? 0 }));
  const sorted = [...now].sort((a, b) => a.mood - b.mood);
  const note = (m: (typeof now)[number]) => (m.note || m.situation || '').slice(0, 300);
  const notable = [
    ...sorted.slice(0, 2).map((m) => ({ date: m.date, mood: m.mood, note: note(m), kind: 'low' as const })),
    ...sorted.slice(-2).reverse().map((m) => ({ date: m.date, mood: m.mood, note: note(m), kind: 'high' as const })),
  ].filter((m, i, all) => now.length >= 4 || all.findIndex((x) => x.date === m.date && x.mood === m.mood) === i);
  return { entries: now.length, average: round1(mean(now.map((m) => m.mood))), previousAverage: round1(mean(parse(previous).map((m) => m.mood))), byDay, notable };
}

function measuresPart(rows: Awaited<ReturnType<typeof submittedTotals>>, from: string): SummaryView['measures'] {
  const byKey = new Map<string, typeof rows>();
  for (const r of rows) byKey.set(r.instrument_key ?? '', [...(byKey.get(r.instrument_key ?? '') ?? []), r]);
  return [...byKey].map(([key, list]) => {
    const def = latestInstrument(key as InstrumentKey);
    const totals = list.filter((r) => r.total !== null);
    const last = list.at(-1);
    const lastTotal = totals.at(-1);
    const compare = (before: (typeof list)[number] | undefined) =>
      before && lastTotal && before !== lastTotal ? compareTotals(def, before.total ?? 0, lastTotal.total ?? 0) : null;
    const score = last?.score ? (JSON.parse(last.score) as ScoreView) : null;
    return {
      key,
      shortName: def.shortName,
      better: def.better,
      latest: { total: last?.total ?? null, band: score?.band ?? null, date: last?.local_date ?? '' },
      answeredInWindow: list.filter((r) => (r.local_date ?? '') >= from).length,
      sinceFirst: compare(totals[0]),
      sinceLast: compare(totals.at(-2)),
      changeKind: def.change?.kind ?? null,
    };
  });
}

/**
 * The therapist's one page for one client: everything since the last session (or the last
 * two weeks when there was none), with plain-language lines at the top.
 */
export async function preSessionSummary({ db, ctx, clientId }: { db: Db; ctx: AuditContext; clientId: string }): Promise<SummaryView> {
  const client = await db.selectFrom('users').select(['name', 'time_zone']).where('id', '=', clientId).executeTakeFirstOrThrow();
  const now = ctx.now;
  const today = localDate(now, client.time_zone);
  const last = await lastSessionBefore(db, clientId, now.toISOString());
  const from = last ? localDate(new Date(last.starts_at), client.time_zone) : addDays(today, -(DEFAULT_DAYS - 1));
  const days = daysBetween(from, today) + 1;
  const [work, goals, moods, previousMoods, trackers, shared, totals, alerts, lastSession, nextSession] = await Promise.all([
    windowAssignments(db, clientId, from, today),
    windowGoals(db, clientId),
    sharedEntries(db, clientId, from, today, ['mood']),
    sharedEntries(db, clientId, addDays(from, -days), addDays(from, -1), ['mood']),
    sharedEntries(db, clientId, from, today, ['behavior']),
    sharedEntries(db, clientId, from, today, ['thought_record', 'journal']),
    submittedTotals(db, clientId),
    openAlerts(db, clientId),
    last ? oneAppointment(db, last.id) : Promise.resolve(null),
    nextAppointment(db, clientId, now),
  ]);
  const [agenda, unread, feedback] = await Promise.all([
    db.selectFrom('agenda_items').select(['id', 'text', 'created_at', 'source_entry_id']).where('client_id', '=', clientId).where('discussed_at', 'is', null).where('deleted_at', 'is', null).orderBy('created_at').execute(),
    db.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n')).where('client_id', '=', clientId).where('author_role', '=', 'client').where('read_by_team_at', 'is', null).executeTakeFirst(),
    db.selectFrom('session_feedback').select(['rating', 'helped', 'did_not_help', 'do_differently', 'created_at']).where('client_id', '=', clientId).orderBy('created_at', 'desc').limit(4).execute(),
  ]);
  const lastFeedback = feedback[0];
  const trackerNames = await db.selectFrom('trackers').select(['id', 'name', 'type']).where('client_id', '=', clientId).execute();
  const trackerValues = new Map<string, number[]>();
  for (const t of trackers) {
    const d = JSON.parse(t.data) as { trackerId: string; value: number };
    trackerValues.set(d.trackerId, [...(trackerValues.get(d.trackerId) ?? []), d.value]);
  }
  const fromInstant = last?.starts_at ?? new Date(now.getTime() - DEFAULT_DAYS * 86_400_000).toISOString();
  const view: SummaryView = {
    clientId,
    clientName: client.name,
    timeZone: client.time_zone,
    window: { from, to: today, days, since: last ? 'last_session' : 'default' },
    lastSession,
    nextSession,
    lines: [],
    assignments: assignmentsPart(work, from, today),
    goals: goals.goals.map((g) => {
      const steps = goals.steps.filter((s) => s.goal_id === g.id);
      const rating = goals.ratings.filter((r) => r.goal_id === g.id).at(-1);
      return {
        id: g.id,
        title: g.title,
        status: g.status,
        stepsDone: steps.filter((s) => s.done_at).length,
        stepsTotal: steps.length,
        stepsDoneInWindow: steps.filter((s) => s.done_at && s.done_at >= fromInstant).length,
        latestRating: rating ? { level: rating.level, ratedAt: rating.rated_at } : null,
      };
    }),
    mood: moodPart(moods, previousMoods),
    trackers: trackerNames
      .filter((t) => trackerValues.has(t.id))
      .map((t) => ({ id: t.id, name: t.name, type: t.type, entries: trackerValues.get(t.id)?.length ?? 0, average: round1(mean(trackerValues.get(t.id) ?? [])) })),
    sharedEntries: shared.map((e) => {
      const d = JSON.parse(e.data) as { situation?: string; text?: string; thoughts?: { text: string }[] };
      const text = e.kind === 'journal' ? (d.text ?? '') : (d.situation ?? '');
      return { id: e.id, kind: e.kind, localDate: e.local_date, title: e.kind === 'journal' ? 'Journal' : 'Thought record', text: text.slice(0, 500) };
    }),
    measures: measuresPart(totals, from),
    openAlerts: alerts,
    agenda: agenda.map((a) => ({ id: a.id, text: a.text, createdAt: a.created_at, fromEntry: a.source_entry_id !== null })),
    unreadMessages: Number(unread?.n ?? 0),
    lastFeedback: lastFeedback
      ? {
          rating: lastFeedback.rating,
          helped: lastFeedback.helped,
          didNotHelp: lastFeedback.did_not_help,
          doDifferently: lastFeedback.do_differently,
          createdAt: lastFeedback.created_at,
          drop: feedbackDrop(feedback.map((f) => f.rating).reverse()) !== null,
        }
      : null,
  };
  view.lines = summaryLines(view);
  await auditClientData(db, ctx, clientId, { action: 'summary.viewed' });
  return view;
}
