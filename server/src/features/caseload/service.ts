import {
  addDays,
  attentionReasons,
  bandFor,
  byAttention,
  compareTotals,
  dueNow,
  feedbackDrop,
  latestInstrument,
  localDate,
  occurrences,
  type Schedule,
  type CaseloadRow,
  type CaseloadView,
  type InstrumentKey,
} from '@stepwise/domain';
import { auditClientsRead, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../policy/types.ts';

const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);

function group<T, K extends string>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
}

/**
 * Every client on the therapist's active care teams, one row each, in a fixed number of
 * batched queries (not per client), so 150 clients cost the same round trips as 10.
 */
export async function caseload({ db, ctx, actor, auditAction = 'caseload.viewed' }: { db: Db; ctx: AuditContext; actor: Pick<Actor, 'userId'>; auditAction?: string }): Promise<CaseloadView> {
  const now = ctx.now;
  const clients = await db
    .selectFrom('care_team_links as l')
    .innerJoin('users as u', 'u.id', 'l.client_id')
    .select(['u.id', 'u.name', 'u.time_zone'])
    .where('l.therapist_id', '=', actor.userId)
    .where('l.ended_at', 'is', null)
    .execute();
  const ids = clients.map((c) => c.id);
  if (ids.length === 0) return { clients: [], generatedAt: now.toISOString() };
  // Dates are per client (their zone); the queries take the widest window and filter after.
  const todays = new Map(clients.map((c) => [c.id, localDate(now, c.time_zone)]));
  const earliest = addDays([...todays.values()].sort()[0] ?? localDate(now, 'UTC'), -14);
  const nowIso = now.toISOString();
  const recent = addDays(earliest, -16);

  const [sessions, entryActivity, checkInActivity, responseActivity, moods, assignments, checkIns, totals, alerts, schedules] = await Promise.all([
    db.selectFrom('appointments').select(['client_id', 'starts_at']).where('client_id', 'in', ids).where('status', '=', 'scheduled').where('starts_at', '>=', `${recent}T00:00:00.000Z`).execute(),
    // Recent activity only, through the (client, date) indexes; older activity is looked up below for the few who need it.
    db.selectFrom('entries').select(['client_id', (eb) => eb.fn.max('created_at').as('at')]).where('client_id', 'in', ids).where('local_date', '>=', recent).groupBy('client_id').execute(),
    db.selectFrom('assignment_check_ins').select(['client_id', (eb) => eb.fn.max('recorded_at').as('at')]).where('client_id', 'in', ids).where('occurrence_date', '>=', recent).groupBy('client_id').execute(),
    db.selectFrom('measure_responses').select(['client_id', (eb) => eb.fn.max('submitted_at').as('at')]).where('client_id', 'in', ids).where('status', '=', 'submitted').groupBy('client_id').execute(),
    db.selectFrom('entries').select(['client_id', 'local_date', 'data']).where('client_id', 'in', ids).where('kind', '=', 'mood').where('shared', '=', 1).where('deleted_at', 'is', null).where('local_date', '>=', earliest).execute(),
    db.selectFrom('assignments').select(['id', 'client_id', 'schedule']).where('client_id', 'in', ids).where('status', '=', 'active').where('end_date', '>=', earliest).execute(),
    db.selectFrom('assignment_check_ins').select(['client_id', 'assignment_id', 'occurrence_date', 'outcome']).where('client_id', 'in', ids).where('occurrence_date', '>=', earliest).execute(),
    db.selectFrom('measure_responses').select(['client_id', 'instrument_key', 'total', 'local_date']).where('client_id', 'in', ids).where('status', '=', 'submitted').where('instrument_key', 'is not', null).orderBy('submitted_at').execute(),
    db.selectFrom('safety_alerts').select(['client_id', (eb) => eb.fn.countAll<number>().as('n')]).where('client_id', 'in', ids).where('acknowledged_at', 'is', null).groupBy('client_id').execute(),
    db.selectFrom('measure_schedules').select(['id', 'client_id', 'frequency', 'every_weeks', 'start_date']).where('client_id', 'in', ids).where('ended_at', 'is', null).execute(),
  ]);
  const [unread, feedback] = await Promise.all([
    db.selectFrom('messages').select(['client_id', (eb) => eb.fn.countAll<number>().as('n')]).where('client_id', 'in', ids).where('author_role', '=', 'client').where('read_by_team_at', 'is', null).groupBy('client_id').execute(),
    db.selectFrom('session_feedback').select(['client_id', 'rating']).where('client_id', 'in', ids).orderBy('created_at').execute(),
  ]);
  const unreadBy = new Map(unread.map((u) => [u.client_id, Number(u.n)]));
  const feedbackBy = group(feedback, (f) => f.client_id);
  const answered = schedules.length
    ? await db.selectFrom('measure_responses').select(['schedule_id', 'due_date']).where('schedule_id', 'in', schedules.map((s) => s.id)).where('status', '=', 'submitted').execute()
    : [];

  const latest = (...lists: { client_id: string; at: unknown }[][]) => {
    const out = new Map<string, string>();
    for (const row of lists.flat()) {
      const at = typeof row.at === 'string' ? row.at : row.at instanceof Date ? row.at.toISOString() : null;
      if (at && at > (out.get(row.client_id) ?? '')) out.set(row.client_id, at);
    }
    return out;
  };
  const lastActivity = latest(entryActivity, checkInActivity, responseActivity);
  const quiet = ids.filter((id) => !lastActivity.has(id));
  if (quiet.length > 0) {
    const [olderEntries, olderCheckIns] = await Promise.all([
      db.selectFrom('entries').select(['client_id', (eb) => eb.fn.max('created_at').as('at')]).where('client_id', 'in', quiet).groupBy('client_id').execute(),
      db.selectFrom('assignment_check_ins').select(['client_id', (eb) => eb.fn.max('recorded_at').as('at')]).where('client_id', 'in', quiet).groupBy('client_id').execute(),
    ]);
    for (const [id, at] of latest(olderEntries, olderCheckIns)) lastActivity.set(id, at);
  }
  const sessionsBy = group(sessions, (s) => s.client_id);
  const moodsBy = group(moods, (m) => m.client_id);
  const assignmentsBy = group(assignments, (a) => a.client_id);
  const checkInsBy = group(checkIns, (c) => c.client_id);
  const totalsBy = group(totals, (t) => t.client_id);
  const schedulesBy = group(schedules, (s) => s.client_id);
  const answeredBy = group(answered, (a) => a.schedule_id);
  const alertsBy = new Map(alerts.map((a) => [a.client_id, Number(a.n)]));

  const rows: CaseloadRow[] = clients.map((c) => {
    const today = todays.get(c.id) ?? localDate(now, c.time_zone);
    const weekFrom = addDays(today, -6);
    const clientSessions = sessionsBy.get(c.id) ?? [];
    const next = clientSessions.filter((s) => s.starts_at >= nowIso).sort((a, b) => a.starts_at.localeCompare(b.starts_at))[0];
    // Stored schedules were validated on the way in; parsing them again with zod costs more than the rest of the row.
    const planned = (assignmentsBy.get(c.id) ?? []).flatMap((a) => occurrences(JSON.parse(a.schedule) as Schedule, { from: weekFrom, to: today }));
    const done = (checkInsBy.get(c.id) ?? []).filter((ci) => ci.occurrence_date >= weekFrom && ci.outcome === 'done').length;
    const clientMoods = (moodsBy.get(c.id) ?? []).map((m) => ({ date: m.local_date, mood: (JSON.parse(m.data) as { mood: number }).mood }));
    const moodOf = (from: string, to: string) => clientMoods.filter((m) => m.date >= from && m.date <= to).map((m) => m.mood);
    const thisWeek = moodOf(weekFrom, today);
    const scores = [...group(totalsBy.get(c.id) ?? [], (t) => t.instrument_key ?? '')].map(([key, list]) => {
      const def = latestInstrument(key as InstrumentKey);
      const withTotals = list.filter((t) => t.total !== null);
      const last = list.at(-1);
      const first = withTotals[0];
      const lastTotal = withTotals.at(-1);
      const change = first && lastTotal && first !== lastTotal ? compareTotals(def, first.total ?? 0, lastTotal.total ?? 0) : null;
      return {
        key,
        shortName: def.shortName,
        total: last?.total ?? null,
        band: last?.total === null || last?.total === undefined ? null : bandFor(def, last.total),
        date: last?.local_date ?? '',
        improved: change?.improved ?? false,
        deteriorated: change?.deteriorated ?? false,
      };
    });
    const clientSchedules = schedulesBy.get(c.id) ?? [];
    // Session dates in the client's zone matter only to "before each appointment" measures.
    const sessionDates = clientSchedules.some((s) => s.frequency === 'before_appointment')
      ? clientSessions.map((s) => localDate(new Date(s.starts_at), c.time_zone)).sort()
      : [];
    const overdueMeasures = clientSchedules.filter(
      (s) => dueNow({ frequency: s.frequency, everyWeeks: s.every_weeks, startDate: s.start_date }, today, new Set((answeredBy.get(s.id) ?? []).map((a) => a.due_date)), sessionDates)?.overdue,
    ).length;
    const row = {
      clientId: c.id,
      name: c.name,
      timeZone: c.time_zone,
      nextSession: next?.starts_at ?? null,
      lastActivity: lastActivity.get(c.id) ?? null,
      adherence: { planned: planned.length, done: Math.min(done, planned.length), rate: planned.length ? Math.min(done, planned.length) / planned.length : null },
      mood: { average: mean(thisWeek), previous: mean(moodOf(addDays(weekFrom, -7), addDays(weekFrom, -1))), entries: thisWeek.length },
      scores,
      openAlerts: alertsBy.get(c.id) ?? 0,
      unreadMessages: unreadBy.get(c.id) ?? 0,
      overdueMeasures,
      feedbackDrop: feedbackDrop((feedbackBy.get(c.id) ?? []).map((f) => f.rating)) !== null,
    };
    return { ...row, attention: attentionReasons(row, now) };
  });
  // The list shows a little of every client's data: each client's audit trail records it.
  await auditClientsRead(db, ctx, ids, auditAction);
  return { clients: rows.sort(byAttention), generatedAt: now.toISOString() };
}
