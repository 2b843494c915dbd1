import { addDays, occurrences, practiceDays, type Schedule, type TodayView } from '@stepwise/domain';
import type { AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { presentAssignments, presentCheckIn } from './present.ts';
import { clientToday } from './service.ts';
import { loadAssignments } from './store.ts';

/** The client's day: what is planned today, what awaits their yes, encouragement, and small wins. */
export async function todayFor({ db, ctx, clientId }: { db: Db; ctx: AuditContext; clientId: string }): Promise<TodayView> {
  const today = await clientToday(db, clientId, ctx.now);
  const weekAgo = addDays(today, -6);
  const { time_zone } = await db.selectFrom('users').select('time_zone').where('id', '=', clientId).executeTakeFirstOrThrow();
  const [active, waiting, encouragements, stepsDone, achieved, recent] = await Promise.all([
    loadAssignments(db, { clientId, status: 'active', activeOn: today }),
    loadAssignments(db, { clientId, status: 'awaiting_confirmation' }),
    db
      .selectFrom('encouragements as e')
      .innerJoin('users', 'users.id', 'e.from_id')
      .selectAll('e')
      .select(['users.name', 'users.role'])
      .where('e.client_id', '=', clientId)
      .where('e.created_at', '>=', new Date(ctx.now.getTime() - 14 * 86_400_000).toISOString())
      .orderBy('e.created_at', 'desc')
      .limit(10)
      .execute(),
    db
      .selectFrom('goal_steps')
      .innerJoin('goals', 'goals.id', 'goal_steps.goal_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('goals.client_id', '=', clientId)
      .where('goal_steps.done_at', '>=', new Date(ctx.now.getTime() - 7 * 86_400_000).toISOString())
      .executeTakeFirstOrThrow(),
    db.selectFrom('goals').select((eb) => eb.fn.countAll<number>().as('n')).where('client_id', '=', clientId).where('status', '=', 'achieved').executeTakeFirstOrThrow(),
    db
      .selectFrom('assignment_check_ins')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('client_id', '=', clientId)
      .where('outcome', '=', 'done')
      .where('occurrence_date', '>=', weekAgo)
      .executeTakeFirstOrThrow(),
  ]);

  const items = active.assignments.flatMap((a) => {
    const schedule = JSON.parse(a.schedule) as Schedule;
    return occurrences(schedule, { from: today, to: today }).map((o) => {
      const answer = active.checkIns.find((c) => c.assignment_id === a.id && c.occurrence_date === o.date && c.occurrence_time === o.time);
      return {
        assignmentId: a.id,
        title: a.title,
        kind: a.kind,
        instructions: a.instructions,
        where: a.place,
        ifThen: a.if_then ? (JSON.parse(a.if_then) as { if: string; then: string }) : null,
        obstacles: JSON.parse(a.obstacles) as Array<{ obstacle: string; copingPlan: string }>,
        date: o.date,
        time: o.time,
        checkIn: answer ? presentCheckIn(answer) : null,
      };
    });
  });
  items.sort((x, y) => (x.time || '99').localeCompare(y.time || '99') || x.title.localeCompare(y.title));

  const practice = active.assignments
    .filter((a) => a.kind !== 'one_off')
    .map((a) => ({
      assignmentId: a.id,
      title: a.title,
      ...practiceDays(active.checkIns.filter((c) => c.assignment_id === a.id && c.outcome === 'done').map((c) => c.occurrence_date), today),
    }));

  return {
    date: today,
    timeZone: time_zone,
    items,
    awaitingConfirmation: presentAssignments(waiting, today),
    encouragements: encouragements.map((e) => ({
      id: e.id,
      message: e.message,
      from: { id: e.from_id, name: e.name, role: e.role },
      targetType: e.target_type,
      targetId: e.target_id,
      targetTitle: e.target_title,
      createdAt: e.created_at,
      seenAt: e.seen_at,
    })),
    wins: { checkInsDoneThisWeek: Number(recent.n), stepsDoneThisWeek: Number(stepsDone.n), goalsAchieved: Number(achieved.n), practice },
  };
}
