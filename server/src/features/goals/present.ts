import { type GasLevels, type GoalView, smartCheck } from '@stepwise/domain';
import type { LoadedGoals } from './store.ts';

const person = (id: string, name: string, role: 'therapist' | 'client') => ({ id, name, role });

export function presentGoals({ goals, steps, ratings, proposals }: LoadedGoals): GoalView[] {
  return goals.map((g) => {
    const gasLevels = g.gas_levels ? (JSON.parse(g.gas_levels) as GasLevels) : null;
    const fields = {
      title: g.title,
      why: g.why,
      specific: g.specific,
      measurable: g.measurable,
      measureTrackerId: g.measure_tracker_id,
      measureTarget: g.measure_target,
      confidence: g.confidence,
      relevant: g.relevant,
      targetDate: g.target_date,
      gasLevels,
    };
    const history = proposals
      .filter((p) => p.goal_id === g.id)
      .map((p) => ({
        id: p.id,
        kind: p.kind,
        changes: JSON.parse(p.changes) as Record<string, unknown>,
        status: p.status,
        note: p.note,
        proposedBy: person(p.proposed_by, p.by_name, p.by_role),
        decidedBy: p.decided_by && p.dec_name && p.dec_role ? person(p.decided_by, p.dec_name, p.dec_role) : null,
        createdAt: p.created_at,
        decidedAt: p.decided_at,
      }));
    const { measureTrackerId, ...shown } = fields;
    return {
      id: g.id,
      clientId: g.client_id,
      status: g.status,
      ...shown,
      measureTracker: measureTrackerId && g.tracker_name ? { id: measureTrackerId, name: g.tracker_name } : null,
      smartHints: smartCheck(fields),
      steps: steps
        .filter((s) => s.goal_id === g.id)
        .map((s) => ({ id: s.id, position: s.position, title: s.title, doneAt: s.done_at })),
      gasRatings: ratings
        .filter((r) => r.goal_id === g.id)
        .map((r) => ({ id: r.id, level: r.level, note: r.note, ratedAt: r.rated_at, ratedBy: person(r.rated_by, r.rater_name, r.rater_role) })),
      openProposal: history.find((p) => p.status === 'open') ?? null,
      proposals: history,
      createdBy: person(g.created_by, g.creator_name, g.creator_role),
      createdAt: g.created_at,
      updatedAt: g.updated_at,
      achievedAt: g.achieved_at,
    };
  });
}
