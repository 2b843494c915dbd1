import { z } from 'zod';
import { appointmentView } from './appointments.ts';
import { alertView, bandView, changeView } from './measures/views.ts';

// The therapist's one page before a session, and the caseload: response shapes and the
// plain-language lines at the top. The server gathers the facts; the words are made here.

const barrierCount = z.object({ barrier: z.string(), count: z.number() });

export const summaryAssignment = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  planned: z.number(),
  done: z.number(),
  partly: z.number(),
  notDone: z.number(),
  /** Distinct days with a "done" check-in in the window (for "5 of 7 days"). */
  daysDone: z.number(),
  daysPlanned: z.number(),
  reflections: z.array(z.object({ date: z.string(), text: z.string(), helpfulness: z.number().nullable() })),
  averageHelpfulness: z.number().nullable(),
  barriers: z.array(barrierCount),
  barrierNotes: z.array(z.string()),
});

export const summaryMood = z.object({
  entries: z.number(),
  average: z.number().nullable(),
  previousAverage: z.number().nullable(),
  byDay: z.array(z.object({ date: z.string(), average: z.number() })),
  /** The lowest and highest days, with what the client wrote, so the session can start there. */
  notable: z.array(z.object({ date: z.string(), mood: z.number(), note: z.string(), kind: z.enum(['low', 'high']) })),
});

export const summaryMeasure = z.object({
  key: z.string(),
  shortName: z.string(),
  better: z.enum(['lower', 'higher']),
  latest: z.object({ total: z.number().nullable(), band: bandView.nullable(), date: z.string() }),
  answeredInWindow: z.number(),
  sinceFirst: changeView.nullable(),
  sinceLast: changeView.nullable(),
  changeKind: z.enum(['reliable', 'clinically_meaningful']).nullable(),
});

export const summaryView = z.object({
  clientId: z.string(),
  clientName: z.string(),
  timeZone: z.string(),
  window: z.object({ from: z.string(), to: z.string(), days: z.number(), since: z.enum(['last_session', 'default']) }),
  lastSession: appointmentView.nullable(),
  nextSession: appointmentView.nullable(),
  lines: z.array(z.string()),
  assignments: z.array(summaryAssignment),
  goals: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: z.string(),
      stepsDone: z.number(),
      stepsTotal: z.number(),
      stepsDoneInWindow: z.number(),
      latestRating: z.object({ level: z.number(), ratedAt: z.string() }).nullable(),
    }),
  ),
  mood: summaryMood,
  trackers: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), entries: z.number(), average: z.number().nullable() })),
  sharedEntries: z.array(z.object({ id: z.string(), kind: z.string(), localDate: z.string(), title: z.string(), text: z.string() })),
  measures: z.array(summaryMeasure),
  openAlerts: z.array(alertView),
  agenda: z.array(z.object({ id: z.string(), text: z.string(), createdAt: z.string(), fromEntry: z.boolean() })),
  unreadMessages: z.number(),
  lastFeedback: z
    .object({ rating: z.number(), helped: z.string(), didNotHelp: z.string(), doDifferently: z.string(), createdAt: z.string(), drop: z.boolean() })
    .nullable(),
});
export type SummaryView = z.infer<typeof summaryView>;

const one = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

/**
 * The few sentences at the top of the summary, most useful first: practice kept, mood
 * against the window before, measures with their change and whether it counts, alerts.
 */
export function summaryLines(s: Pick<SummaryView, 'assignments' | 'mood' | 'measures' | 'openAlerts'> & Partial<Pick<SummaryView, 'agenda' | 'lastFeedback' | 'unreadMessages'>>): string[] {
  const lines: string[] = [];
  if (s.openAlerts.length > 0) lines.push(`${s.openAlerts.length} open safety alert${s.openAlerts.length === 1 ? '' : 's'}: see below.`);
  if (s.agenda?.length) lines.push(`Wants to talk about ${s.agenda.length} thing${s.agenda.length === 1 ? '' : 's'} (see the agenda).`);
  for (const a of s.assignments) {
    if (a.daysPlanned === 0) continue;
    lines.push(`Did ${a.title.charAt(0).toLowerCase()}${a.title.slice(1)} ${a.daysDone} of ${a.daysPlanned} day${a.daysPlanned === 1 ? '' : 's'}.`);
  }
  const { average, previousAverage, entries } = s.mood;
  if (average !== null) {
    const trend =
      previousAverage === null
        ? ''
        : Math.abs(average - previousAverage) < 0.05
          ? `, the same as before`
          : `, ${average > previousAverage ? 'up' : 'down'} from ${one(previousAverage)}`;
    lines.push(`Mood average ${one(average)} from ${entries} check-in${entries === 1 ? '' : 's'}${trend}.`);
  } else {
    lines.push('No mood check-ins in this period.');
  }
  for (const m of s.measures) {
    const c = m.sinceFirst;
    if (m.latest.total === null) continue;
    if (!c) {
      lines.push(`${m.shortName} ${m.latest.total}${m.latest.band ? ` (${m.latest.band.label.toLowerCase()})` : ''}.`);
      continue;
    }
    const size = Math.abs(c.delta);
    const move = c.delta === 0 ? 'unchanged since the first time' : `${c.delta < 0 ? 'down' : 'up'} ${size} point${size === 1 ? '' : 's'} since the first time`;
    const kind = m.changeKind === 'clinically_meaningful' ? 'clinically meaningful' : 'reliable';
    const verdict = c.improved ? `, a ${kind} improvement` : c.deteriorated ? `, a ${kind} deterioration` : c.significant === false && c.delta !== 0 ? `, not a ${kind} change` : '';
    const recovered = c.reliablyRecovered ? ' (reliable recovery)' : c.recovered ? ' (below the clinical cut-off now)' : '';
    lines.push(`${m.shortName} ${m.latest.total}, ${move}${verdict}${recovered}.`);
  }
  if (s.lastFeedback) lines.push(`Rated the last session ${s.lastFeedback.rating} of 10${s.lastFeedback.drop ? ', a drop' : ''}.`);
  if (s.unreadMessages) lines.push(`${s.unreadMessages} unread message${s.unreadMessages === 1 ? '' : 's'}.`);
  return lines;
}
