import { addDays, localDate, occurrences, scheduleSchema, scheduleSpan } from '@stepwise/domain';
import { newId } from '../ids.ts';
import type { Db } from './connect.ts';
import { DEMO_RESOURCES } from './demo-resources.ts';

type Client = { id: string; timeZone: string; therapistId: string };

// A made-up but believable pattern: mornings go better than evenings, weekends slip.
function outcomeFor(date: string, index: number, seed: number): 'done' | 'partly' | 'not_done' | null {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const roll = (index * 37 + seed * 11 + weekday * 7) % 10;
  if (roll < (weekday === 0 || weekday === 6 ? 4 : 7)) return 'done';
  if (roll < 8) return 'partly';
  if (roll < 9) return 'not_done';
  return null;
}
const BARRIERS = ['no_time', 'forgot', 'overwhelmed', 'negative_self_talk'] as const;
const REFLECTIONS = ['Felt calmer afterwards', 'Harder than I thought, but I did it', 'Helped me slow down', 'Nice to have a moment for myself'];

/** Resources, goals, assignments with a few weeks of answers, and encouragement for the demo clients. */
export async function seedHomework(db: Db, p: { practiceId: string; ownerId: string; clients: Client[]; now: Date }) {
  const iso = (daysAgo: number) => new Date(p.now.getTime() - daysAgo * 86_400_000).toISOString();
  const resourceIds: string[] = [];
  for (const [i, r] of DEMO_RESOURCES.entries()) {
    const id = newId();
    resourceIds.push(id);
    await db
      .insertInto('resources')
      .values({
        id,
        practice_id: p.practiceId,
        owner_id: p.ownerId,
        visibility: 'practice',
        kind: r.kind,
        title: r.title,
        body: r.body,
        url: null,
        tags: JSON.stringify(r.tags),
        attachment_name: null,
        attachment_mime: null,
        attachment_size: null,
        created_at: iso(100 - i),
        updated_at: iso(100 - i),
        deleted_at: null,
      })
      .execute();
  }

  for (const [seed, c] of p.clients.entries()) {
    const today = localDate(p.now, c.timeZone);
    const goalId = newId();
    const steps = ['Put my walking shoes by the door', 'Walk to the end of the street', 'Walk around the park once', 'Walk around the park three times in a week'];
    await db
      .insertInto('goals')
      .values({
        id: goalId,
        client_id: c.id,
        status: 'active',
        title: seed % 2 === 0 ? 'Get outside and moving again' : 'Have more energy in the mornings',
        why: 'I feel more like myself when I have been outside',
        specific: 'Walk in the park near my home for twenty minutes',
        measurable: 'Walks ticked off in Stepwise',
        measure_tracker_id: null,
        measure_target: 'Three walks a week',
        confidence: 7,
        relevant: 'Less low mood, and more energy for my family',
        target_date: addDays(today, 42),
        gas_levels: JSON.stringify({ '-2': 'No walks at all', '-1': 'One walk a week', '0': 'Two walks a week', '1': 'Three walks a week', '2': 'Four or more walks a week' }),
        created_by: c.therapistId,
        created_at: iso(28),
        updated_at: iso(27),
        achieved_at: null,
      })
      .execute();
    await db
      .insertInto('goal_proposals')
      .values({ id: newId(), goal_id: goalId, kind: 'create', changes: '{}', status: 'accepted', note: 'Written together in session', proposed_by: c.therapistId, decided_by: c.id, created_at: iso(28), decided_at: iso(27) })
      .execute();
    for (const [i, title] of steps.entries()) {
      await db
        .insertInto('goal_steps')
        .values({ id: newId(), goal_id: goalId, position: i + 1, title, done_at: i < 2 ? iso(20 - i * 6) : null, done_by: i < 2 ? c.id : null, created_at: iso(27) })
        .execute();
    }
    for (const [i, level] of [-2, -1, -1, 0].entries()) {
      await db.insertInto('gas_ratings').values({ id: newId(), goal_id: goalId, level, note: '', rated_by: i % 2 ? c.id : c.therapistId, rated_at: iso(21 - i * 7) }).execute();
    }

    const breathingId = newId();
    const schedule = scheduleSchema.parse({ kind: 'daily', startDate: addDays(today, -20), endDate: addDays(today, 7), times: ['08:00'] });
    await db
      .insertInto('assignments')
      .values({
        id: breathingId,
        client_id: c.id,
        kind: 'practice',
        status: 'active',
        title: 'Slow breathing, 5 minutes',
        instructions: 'Follow the two-minute reset twice: in for four, out for six.',
        purpose: 'A calmer start before the day gets busy',
        goal_id: null,
        step_id: null,
        schedule: JSON.stringify(schedule),
        start_date: scheduleSpan(schedule).start,
        end_date: scheduleSpan(schedule).end,
        place: 'At the kitchen table',
        if_then: JSON.stringify({ if: 'I have poured my morning coffee', then: 'I will do five minutes of slow breathing' }),
        obstacles: JSON.stringify([{ obstacle: 'I wake up late', copingPlan: 'Do two minutes on the bus instead' }]),
        resource_id: resourceIds[0] ?? null,
        due_date: scheduleSpan(schedule).end,
        version: 1,
        created_by: c.therapistId,
        created_at: iso(21),
        updated_at: iso(21),
        completed_at: null,
      })
      .execute();
    const snapshot = {
      kind: 'practice',
      title: 'Slow breathing, 5 minutes',
      instructions: 'Follow the two-minute reset twice: in for four, out for six.',
      purpose: 'A calmer start before the day gets busy',
      goalId: null,
      stepId: null,
      schedule,
      where: 'At the kitchen table',
      ifThen: { if: 'I have poured my morning coffee', then: 'I will do five minutes of slow breathing' },
      obstacles: [{ obstacle: 'I wake up late', copingPlan: 'Do two minutes on the bus instead' }],
      resourceId: resourceIds[0] ?? null,
      dueDate: scheduleSpan(schedule).end,
    };
    await db.insertInto('assignment_versions').values({ id: newId(), assignment_id: breathingId, version: 1, snapshot: JSON.stringify(snapshot), changed_by: c.therapistId, changed_at: iso(21) }).execute();
    for (const [i, o] of occurrences(schedule, { to: addDays(today, -1) }).entries()) {
      const outcome = outcomeFor(o.date, i, seed);
      if (!outcome) continue;
      await db
        .insertInto('assignment_check_ins')
        .values({
          id: newId(),
          assignment_id: breathingId,
          client_id: c.id,
          occurrence_date: o.date,
          occurrence_time: o.time,
          outcome,
          how_it_went: outcome === 'not_done' ? '' : (REFLECTIONS[(i + seed) % REFLECTIONS.length] ?? ''),
          helpfulness: outcome === 'not_done' ? null : 5 + ((i + seed) % 5),
          note: '',
          barrier: outcome === 'done' ? null : (BARRIERS[(i + seed) % BARRIERS.length] ?? 'other'),
          barrier_note: '',
          time_zone: c.timeZone,
          recorded_at: new Date(Date.parse(`${o.date}T12:00:00Z`)).toISOString(),
        })
        .execute();
    }

    const walkSchedule = scheduleSchema.parse({ kind: 'weekly', startDate: addDays(today, -3), endDate: addDays(today, 10), weekdays: [2, 4, 6] });
    await db
      .insertInto('assignments')
      .values({
        id: newId(),
        client_id: c.id,
        kind: 'practice',
        status: 'active',
        title: 'Walk around the park',
        instructions: 'Twenty minutes at your own pace. Leave the phone in your pocket.',
        purpose: 'The next step towards getting outside again',
        goal_id: goalId,
        step_id: null,
        schedule: JSON.stringify(walkSchedule),
        start_date: scheduleSpan(walkSchedule).start,
        end_date: scheduleSpan(walkSchedule).end,
        place: 'The park at the end of my street',
        if_then: JSON.stringify({ if: 'I get home from work on a walking day', then: 'I will change shoes and go straight out' }),
        obstacles: JSON.stringify([{ obstacle: 'It rains', copingPlan: 'Take the umbrella and do ten minutes' }]),
        resource_id: resourceIds[10] ?? null,
        due_date: scheduleSpan(walkSchedule).end,
        version: 1,
        created_by: c.therapistId,
        created_at: iso(4),
        updated_at: iso(4),
        completed_at: null,
      })
      .execute();

    await db
      .insertInto('assignments')
      .values({
        id: newId(),
        client_id: c.id,
        kind: 'one_off',
        status: 'awaiting_confirmation',
        title: 'Call my sister to plan a visit',
        instructions: '',
        purpose: 'Feeling connected helps my mood',
        goal_id: null,
        step_id: null,
        schedule: JSON.stringify({ kind: 'once', date: addDays(today, 2), times: [] }),
        start_date: addDays(today, 2),
        end_date: addDays(today, 2),
        place: '',
        if_then: JSON.stringify({ if: 'it is Saturday after breakfast', then: 'I will call her' }),
        obstacles: '[]',
        resource_id: null,
        due_date: addDays(today, 2),
        version: 1,
        created_by: c.therapistId,
        created_at: iso(1),
        updated_at: iso(1),
        completed_at: null,
      })
      .execute();

    for (const [i, rid] of [resourceIds[0], resourceIds[1], resourceIds[2 + (seed % 6)], resourceIds[10]].entries()) {
      if (!rid) continue;
      await db
        .insertInto('resource_shares')
        .values({ id: newId(), resource_id: rid, client_id: c.id, shared_by: c.therapistId, shared_at: iso(20 - i * 6), seen_at: i < 2 ? iso(19 - i * 6) : null })
        .onConflict((oc) => oc.columns(['client_id', 'resource_id']).doNothing())
        .execute();
    }
    await db
      .insertInto('encouragements')
      .values({
        id: newId(),
        client_id: c.id,
        from_id: c.therapistId,
        target_type: 'assignment',
        target_id: breathingId,
        target_title: 'Slow breathing, 5 minutes',
        message: 'You have kept up the breathing on most mornings. That takes real commitment!',
        created_at: iso(1),
        seen_at: null,
      })
      .execute();
  }
}
