import { describe, expect, it } from 'vitest';
import { agendaItemInput, feedbackDrop, feedbackInput } from '../src/index.ts';

describe('feedbackDrop', () => {
  it('is null without ratings, and for a steady or rising trend', () => {
    expect(feedbackDrop([])).toBeNull();
    expect(feedbackDrop([7])).toBeNull();
    expect(feedbackDrop([7, 8, 7, 8])).toBeNull();
    expect(feedbackDrop([3, 5, 6, 8])).toBeNull();
  });

  it('flags a fall of 2 or more points below the average of the previous three', () => {
    expect(feedbackDrop([8, 8, 7, 4])).toEqual({ latest: 4, baseline: 7.7, fell: true, low: true });
    // Exactly 2 below the baseline counts; 1.7 below does not.
    expect(feedbackDrop([9, 9, 9, 7])).toEqual({ latest: 7, baseline: 9, fell: true, low: false });
    expect(feedbackDrop([8, 8, 7, 6])).toBeNull();
    // 7.666… − 5.666… is 2 on paper; floating point must not hide it.
    expect(feedbackDrop([8, 8, 7, 5.666666666666667])?.fell).toBe(true);
  });

  it('looks only at the three answers before the latest', () => {
    // The old 10s no longer count: the baseline is (6 + 6 + 6) / 3.
    expect(feedbackDrop([10, 10, 6, 6, 6, 5])).toBeNull();
    expect(feedbackDrop([10, 10, 6, 6, 6, 4])).toEqual({ latest: 4, baseline: 6, fell: true, low: true });
  });

  it('compares with fewer answers when there are fewer than three', () => {
    expect(feedbackDrop([9, 7])).toEqual({ latest: 7, baseline: 9, fell: true, low: false });
    expect(feedbackDrop([8, 7])).toBeNull();
  });

  it('flags any latest answer below 5, even the first or a steady low', () => {
    expect(feedbackDrop([4])).toEqual({ latest: 4, baseline: null, fell: false, low: true });
    expect(feedbackDrop([4, 4, 4, 4])).toEqual({ latest: 4, baseline: 4, fell: false, low: true });
    expect(feedbackDrop([5])).toBeNull();
    expect(feedbackDrop([0])?.low).toBe(true);
  });
});

describe('agenda and feedback inputs', () => {
  const fields = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

  it('takes an item with or without a source entry and refuses empty or long text', () => {
    expect(agendaItemInput.parse({ text: '  Why do I freeze in meetings?  ' })).toEqual({ text: 'Why do I freeze in meetings?' });
    expect(agendaItemInput.parse({ text: 'From my journal', source: { kind: 'entry', entryId: 'e1' } }).source).toEqual({ kind: 'entry', entryId: 'e1' });
    expect(fields(agendaItemInput.safeParse({ text: '   ' }))).toEqual({ text: 'text must not be empty' });
    expect(fields(agendaItemInput.safeParse({ text: 'x'.repeat(1001) }))).toEqual({ text: 'text must be at most 1000 characters' });
    expect(fields(agendaItemInput.safeParse({ text: 'ok', source: { kind: 'goal', entryId: 'e1' } }))).toEqual({ 'source.kind': 'source kind must be entry' });
    expect(agendaItemInput.safeParse({ text: 'ok', extra: 1 }).success).toBe(false);
  });

  it('takes a rating from 0 to 10 in whole points with optional texts', () => {
    expect(feedbackInput.parse({ appointmentId: 'a1', rating: 0 })).toEqual({ appointmentId: 'a1', rating: 0, helped: '', didNotHelp: '', doDifferently: '' });
    expect(feedbackInput.parse({ appointmentId: 'a1', rating: 10, helped: ' The plan ' }).helped).toBe('The plan');
    for (const rating of [-1, 11, 7.5, '7', null]) {
      expect(fields(feedbackInput.safeParse({ appointmentId: 'a1', rating }))).toEqual({ rating: 'rating must be a whole number from 0 to 10' });
    }
    expect(fields(feedbackInput.safeParse({ rating: 5 }))).toEqual({ appointmentId: 'appointmentId is required' });
    expect(fields(feedbackInput.safeParse({ appointmentId: 'a1', rating: 5, doDifferently: 'x'.repeat(1001) }))).toEqual({
      doDifferently: 'what to do differently must be at most 1000 characters',
    });
  });
});
