import { describe, expect, it } from 'vitest';
import { attentionReasons, byAttention, type CaseloadRow } from '../src/index.ts';

const now = new Date('2026-11-21T12:00:00Z');
const base: Omit<CaseloadRow, 'attention'> = {
  clientId: 'c',
  name: 'Ada',
  timeZone: 'UTC',
  nextSession: null,
  lastActivity: '2026-11-20T09:00:00Z',
  adherence: { planned: 7, done: 5, rate: 5 / 7 },
  mood: { average: 6, previous: 5, entries: 7 },
  scores: [],
  openAlerts: 0,
  unreadMessages: 0,
  overdueMeasures: 0,
  feedbackDrop: false,
};
const score = { key: 'phq9', shortName: 'PHQ-9', total: 17, band: null, date: '2026-11-20', improved: false, deteriorated: true };

describe('caseload attention', () => {
  it('names each reason, most urgent first', () => {
    expect(attentionReasons(base, now)).toEqual([]);
    expect(attentionReasons({ ...base, openAlerts: 1, scores: [score], feedbackDrop: true, lastActivity: null, overdueMeasures: 2 }, now)).toEqual([
      'open_alert',
      'reliable_worsening',
      'feedback_drop',
      'no_activity',
      'overdue_measure',
    ]);
  });

  it('counts a client idle after exactly 7 days, not before', () => {
    expect(attentionReasons({ ...base, lastActivity: '2026-11-14T12:00:00Z' }, now)).toEqual([]);
    expect(attentionReasons({ ...base, lastActivity: '2026-11-14T11:59:00Z' }, now)).toEqual(['no_activity']);
  });

  it('sorts needs-attention first, then by name', () => {
    const row = (name: string, attention: CaseloadRow['attention']): CaseloadRow => ({ ...base, name, attention });
    const sorted = [row('Bo', []), row('Cy', ['overdue_measure']), row('Al', []), row('Di', ['open_alert']), row('Ed', ['no_activity', 'overdue_measure'])].sort(byAttention);
    expect(sorted.map((r) => r.name)).toEqual(['Di', 'Ed', 'Cy', 'Al', 'Bo']);
  });
});
