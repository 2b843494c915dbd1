import {
  addDays,
  DEFAULT_CRISIS_LINES,
  latestInstrument,
  localDate,
  scoreInstrument,
  zonedTimeToUtc,
  type Answers,
  type CustomQuestionnaire,
  type InstrumentKey,
} from '@stepwise/domain';
import { newId } from '../ids.ts';
import type { Db } from './connect.ts';

type Person = { id: string; timeZone: string };

/** Answers adding up to `total`, spread over the scored items (item 9 kept apart). */
function answersFor(key: InstrumentKey, total: number, item9 = 0): Answers {
  const def = latestInstrument(key);
  const scored = def.items.filter((i) => i.kind === 'choice' && i.scored && !(key === 'phq9' && i.key === '9'));
  const first = scored[0];
  const options = first?.kind === 'choice' ? first.options.map((o) => o.value) : [0];
  const [min, max] = [Math.min(...options), Math.max(...options)];
  const raw = key === 'who5' ? total / 4 : total - (key === 'phq9' ? item9 : 0);
  const out: Answers = {};
  let left = raw - min * scored.length;
  for (const [n, item] of scored.entries()) {
    const share = Math.min(max - min, Math.ceil(left / (scored.length - n)));
    out[item.key] = min + share;
    left -= share;
  }
  if (key === 'phq9') out['9'] = item9;
  if (def.items.some((i) => i.key === 'difficulty')) out.difficulty = total >= 10 ? 1 : 0;
  return out;
}

type Series = { key: InstrumentKey; everyWeeks: number; startDaysAgo: number; totals: number[]; item9?: number[]; dueToday?: boolean };

async function seedSeries(db: Db, c: Person, by: string, s: Series, now: Date) {
  const today = localDate(now, c.timeZone);
  const start = addDays(today, -s.startDaysAgo);
  const scheduleId = newId();
  await db
    .insertInto('measure_schedules')
    .values({ id: scheduleId, client_id: c.id, instrument_key: s.key, questionnaire_id: null, frequency: 'every_n_weeks', every_weeks: s.everyWeeks, start_date: start, created_by: by, created_at: zonedTimeToUtc(start, '10:00', c.timeZone).toISOString(), ended_at: null })
    .execute();
  const def = latestInstrument(s.key);
  const responseIds: string[] = [];
  for (const [n, total] of s.totals.entries()) {
    const dueDate = addDays(start, n * s.everyWeeks * 7);
    const at = zonedTimeToUtc(dueDate, n % 2 ? '20:15' : '18:40', c.timeZone);
    const answers = answersFor(s.key, total, s.item9?.[n] ?? 0);
    const score = scoreInstrument(def, answers);
    const id = newId();
    responseIds.push(id);
    await db
      .insertInto('measure_responses')
      .values({
        id,
        client_id: c.id,
        schedule_id: scheduleId,
        due_date: dueDate,
        instrument_key: s.key,
        instrument_version: def.ref.version,
        questionnaire_id: null,
        questionnaire_version: null,
        status: 'submitted',
        answers: JSON.stringify(answers),
        score: JSON.stringify(score),
        total: score.total,
        started_at: at.toISOString(),
        submitted_at: new Date(at.getTime() + 4 * 60_000).toISOString(),
        local_date: dueDate,
        time_zone: c.timeZone,
      })
      .execute();
  }
  return responseIds;
}

const SLEEP_CHECK: CustomQuestionnaire = {
  title: 'Sleep and energy check',
  instructions: 'About the past week.',
  items: [
    { kind: 'likert', text: 'How rested did you feel when you woke up?', labels: ['Not at all', 'A little', 'Fairly', 'Very'], required: true, risk: false },
    { kind: 'number', text: 'On how many nights did you sleep at least 7 hours?', min: 0, max: 7, required: true },
    { kind: 'yes_no', text: 'Did you have thoughts of harming yourself this week?', required: false, risk: true },
    { kind: 'text', text: 'Anything about your sleep you want to bring up?', required: false },
  ],
};

/**
 * Twelve weeks of made-up measures: Sam improving reliably (and a PHQ-9 due today),
 * Alex unchanged, Priya worsening with an acknowledged item-9 alert and a safety plan,
 * Lee answering a custom questionnaire with one open alert. Crisis lines for NL.
 */
export async function seedMeasures(db: Db, p: { practiceId: string; now: Date; maya: string; jonas: string; sam: Person; alex: Person; priya: Person; lee: Person }) {
  const { now } = p;
  await seedSeries(db, p.sam, p.maya, { key: 'phq9', everyWeeks: 2, startDaysAgo: 84, totals: [17, 15, 14, 11, 9, 8] }, now);
  await seedSeries(db, p.sam, p.maya, { key: 'gad7', everyWeeks: 2, startDaysAgo: 85, totals: [14, 13, 11, 9, 8, 6, 5] }, now);
  await seedSeries(db, p.alex, p.maya, { key: 'phq9', everyWeeks: 2, startDaysAgo: 85, totals: [11, 12, 10, 11, 12, 11, 11] }, now);
  await seedSeries(db, p.alex, p.maya, { key: 'who5', everyWeeks: 4, startDaysAgo: 85, totals: [40, 44, 40, 40] }, now);
  const priya = await seedSeries(db, p.priya, p.maya, { key: 'phq9', everyWeeks: 2, startDaysAgo: 85, totals: [8, 9, 11, 12, 14, 15, 17], item9: [0, 0, 0, 0, 0, 0, 1] }, now);
  await seedSeries(db, p.priya, p.maya, { key: 'k10', everyWeeks: 4, startDaysAgo: 85, totals: [20, 24, 27, 29] }, now);

  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
  const item9 = latestInstrument('phq9').items[8];
  await db
    .insertInto('safety_alerts')
    .values({
      id: newId(),
      client_id: p.priya.id,
      response_id: priya.at(-1) ?? '',
      item_key: '9',
      item_text: item9?.text ?? '',
      answer_label: 'Several days',
      short_name: 'PHQ-9',
      created_at: at(1),
      acknowledged_at: at(0.9),
      acknowledged_by: p.maya,
      note: 'Phoned Priya the same evening: passive thoughts, no plan or intent. Went through her safety plan together; session moved to Thursday.',
    })
    .execute();

  const plan = (extra: string[]) => ({
    warningSigns: ['Staying in bed past noon', 'Not answering messages', 'Thinking “what’s the point”'],
    copingAlone: ['A cold shower', 'Walk around the block with music on', 'Write down three things I can see, hear and touch'],
    distractions: ['The library on Oak Street', 'Calling my cousin Ana to talk about anything else'],
    peopleToAsk: ['Ana (cousin)', 'My neighbour Tom'],
    professionals: extra,
    saferSurroundings: ['Ask Ana to keep my spare medication'],
    reasonsForLiving: ['My cat Miso', 'Seeing my nephew grow up', 'Finishing my course'],
  });
  await db
    .insertInto('safety_plan_versions')
    .values([
      { id: newId(), client_id: p.priya.id, version: 1, plan: JSON.stringify(plan([])), author_id: p.priya.id, created_at: at(40) },
      { id: newId(), client_id: p.priya.id, version: 2, plan: JSON.stringify(plan(['Maya Chen, Riverside Therapy (weekdays)', '113 Zelfmoordpreventie: 113 or 0800-0113'])), author_id: p.maya, created_at: at(0.9) },
    ])
    .execute();
  await db.insertInto('settings').values({ key: `crisis_lines:${p.practiceId}`, value: JSON.stringify({ country: 'NL', lines: DEFAULT_CRISIS_LINES.NL }) }).execute();
  await db
    .insertInto('crisis_instructions')
    .values({ therapist_id: p.maya, text: 'Between sessions you can call the practice on 020 555 0142 (weekdays 9:00-17:00). Outside those hours, or if you are in danger, call 113 or 112.', updated_at: at(60) })
    .execute();

  // Jonas's own weekly questionnaire for Lee: four answers, the last with the risk item ticked.
  const questionnaireId = newId();
  await db.insertInto('questionnaires').values({ id: questionnaireId, owner_id: p.jonas, current_version: 1, created_at: at(30), updated_at: at(30), archived_at: null }).execute();
  await db.insertInto('questionnaire_versions').values({ questionnaire_id: questionnaireId, version: 1, definition: JSON.stringify(SLEEP_CHECK), created_at: at(30) }).execute();
  const leeToday = localDate(now, p.lee.timeZone);
  const scheduleId = newId();
  await db
    .insertInto('measure_schedules')
    .values({ id: scheduleId, client_id: p.lee.id, instrument_key: null, questionnaire_id: questionnaireId, frequency: 'every_n_weeks', every_weeks: 1, start_date: addDays(leeToday, -29), created_by: p.jonas, created_at: at(29), ended_at: null })
    .execute();
  const weeks: Answers[] = [
    { '1': 1, '2': 3, '3': 0, '4': 'Woke at 4 most nights.' },
    { '1': 1, '2': 4, '3': 0, '4': null },
    { '1': 2, '2': 5, '3': 0, '4': 'Better after cutting coffee after lunch.' },
    { '1': 0, '2': 2, '3': 1, '4': 'Bad week at work.' },
  ];
  for (const [n, answers] of weeks.entries()) {
    const dueDate = addDays(leeToday, -29 + n * 7);
    const submitted = zonedTimeToUtc(dueDate, '21:00', p.lee.timeZone).toISOString();
    const id = newId();
    await db
      .insertInto('measure_responses')
      .values({ id, client_id: p.lee.id, schedule_id: scheduleId, due_date: dueDate, instrument_key: null, instrument_version: null, questionnaire_id: questionnaireId, questionnaire_version: 1, status: 'submitted', answers: JSON.stringify(answers), score: null, total: null, started_at: submitted, submitted_at: submitted, local_date: dueDate, time_zone: p.lee.timeZone })
      .execute();
    if (answers['3'] === 1) {
      await db
        .insertInto('safety_alerts')
        .values({ id: newId(), client_id: p.lee.id, response_id: id, item_key: '3', item_text: SLEEP_CHECK.items[2]?.text ?? '', answer_label: 'Yes', short_name: SLEEP_CHECK.title, created_at: submitted, acknowledged_at: null, acknowledged_by: null, note: null })
        .execute();
    }
  }
}
