import { z } from 'zod';
import { bandView } from './measures/views.ts';

export const ATTENTION_REASONS = ['open_alert', 'reliable_worsening', 'feedback_drop', 'no_activity', 'overdue_measure'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];
/** Days without any activity after which a client needs attention. */
export const INACTIVE_DAYS = 7;

export const caseloadRow = z.object({
  clientId: z.string(),
  name: z.string(),
  timeZone: z.string(),
  nextSession: z.string().nullable(),
  lastActivity: z.string().nullable(),
  adherence: z.object({ planned: z.number(), done: z.number(), rate: z.number().nullable() }),
  mood: z.object({ average: z.number().nullable(), previous: z.number().nullable(), entries: z.number() }),
  scores: z.array(
    z.object({
      key: z.string(),
      shortName: z.string(),
      total: z.number().nullable(),
      band: bandView.nullable(),
      date: z.string(),
      improved: z.boolean(),
      deteriorated: z.boolean(),
    }),
  ),
  openAlerts: z.number(),
  unreadMessages: z.number(),
  overdueMeasures: z.number(),
  feedbackDrop: z.boolean(),
  attention: z.array(z.enum(ATTENTION_REASONS)),
});
export type CaseloadRow = z.infer<typeof caseloadRow>;
export const caseloadView = z.object({ clients: z.array(caseloadRow), generatedAt: z.string() });
export type CaseloadView = z.infer<typeof caseloadView>;

/**
 * Why a client needs attention, most urgent first: an open safety alert, a reliable
 * worsening on any measure, a drop in session feedback, no activity for 7 days, an
 * overdue measure.
 */
export function attentionReasons(row: Omit<CaseloadRow, 'attention'>, now: Date): AttentionReason[] {
  const out: AttentionReason[] = [];
  if (row.openAlerts > 0) out.push('open_alert');
  if (row.scores.some((s) => s.deteriorated)) out.push('reliable_worsening');
  if (row.feedbackDrop) out.push('feedback_drop');
  const idle = row.lastActivity === null || now.getTime() - Date.parse(row.lastActivity) > INACTIVE_DAYS * 86_400_000;
  if (idle) out.push('no_activity');
  if (row.overdueMeasures > 0) out.push('overdue_measure');
  return out;
}

/** Needs-attention first (the most urgent reason, then how many), then by name. */
export function byAttention(a: CaseloadRow, b: CaseloadRow): number {
  const rank = (r: CaseloadRow) => (r.attention.length === 0 ? ATTENTION_REASONS.length : ATTENTION_REASONS.indexOf(r.attention[0] ?? 'overdue_measure'));
  return rank(a) - rank(b) || b.attention.length - a.attention.length || a.name.localeCompare(b.name);
}
