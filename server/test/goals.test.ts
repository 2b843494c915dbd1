import { describe, expect, it } from 'vitest';
import { testServer } from './support/server.ts';

const t = await testServer();
const owner = await t.owner();
const sam = await t.invite(owner, 'therapist', 'Sam');
const other = await t.invite(owner, 'therapist', 'Other');
const robin = await t.invite(sam, 'client', 'Robin');

const fields = {
  title: 'Walk in the park more often',
  why: 'I feel lighter after being outside',
  specific: 'Walk around the park near my home for twenty minutes',
  measurable: 'Number of walks in my diary',
  confidence: 8,
  relevant: 'Less low mood, more energy',
  targetDate: '2026-12-31',
  gasLevels: { '-2': 'No walks', '-1': '1 walk a week', '0': '2 walks a week', '1': '3 walks a week', '2': '4 or more walks a week' },
};

describe('goals', () => {
  let goalId = '';

  it('is proposed by the therapist and accepted by the client', async () => {
    const made = await t.as(sam).post(`/api/clients/${robin.userId}/goals`, { fields, note: 'As we discussed' });
    expect(made.statusCode).toBe(201);
    const goal = made.json();
    goalId = goal.id;
    expect(goal.status).toBe('proposed');
    expect(goal.smartHints).toEqual([]);
    expect(goal.openProposal.kind).toBe('create');
    // The proposer cannot accept their own proposal.
    const self = await t.as(sam).post(`/api/goals/${goalId}/proposals/${goal.openProposal.id}/accept`, {});
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe('not_your_turn');
    const accepted = await t.as(robin).post(`/api/goals/${goalId}/proposals/${goal.openProposal.id}/accept`, {});
    expect(accepted.json().status).toBe('active');
  });

  it('keeps the history when the client changes a proposed edit and the therapist accepts', async () => {
    const edit = (await t.as(sam).post(`/api/goals/${goalId}/proposals`, { changes: { confidence: 5 } })).json();
    expect(edit.openProposal.kind).toBe('edit');
    expect(edit.confidence).toBe(8); // not applied until accepted
    const counter = (await t.as(robin).post(`/api/goals/${goalId}/proposals`, { changes: { confidence: 7, specific: 'Walk around the park for fifteen minutes after lunch' } })).json();
    const accepted = (await t.as(sam).post(`/api/goals/${goalId}/proposals/${counter.openProposal.id}/accept`, {})).json();
    expect(accepted.confidence).toBe(7);
    expect(accepted.proposals.map((p: { status: string }) => p.status)).toEqual(['accepted', 'superseded', 'accepted']);
  });

  it('declines a new goal into "let go" and answers a stale proposal with 409', async () => {
    const goal = (await t.as(robin).post(`/api/clients/${robin.userId}/goals`, { fields: { title: 'Sleep better' } })).json();
    expect(goal.smartHints).toEqual(expect.arrayContaining(['vague', 'no_measure', 'no_date', 'no_confidence']));
    const declined = (await t.as(sam).post(`/api/goals/${goal.id}/proposals/${goal.openProposal.id}/decline`, { note: 'Let us start smaller' })).json();
    expect(declined.status).toBe('let_go');
    const again = await t.as(sam).post(`/api/goals/${goal.id}/proposals/${goal.openProposal.id}/accept`, {});
    expect(again.statusCode).toBe(409);
  });

  it('breaks into ordered steps the client ticks off', async () => {
    await t.as(sam).post(`/api/goals/${goalId}/steps`, { title: 'Find my walking shoes' });
    await t.as(robin).post(`/api/goals/${goalId}/steps`, { title: 'Walk to the park gate' });
    let goal = (await t.as(robin).post(`/api/goals/${goalId}/steps`, { title: 'Walk once around the pond' })).json();
    expect(goal.steps.map((s: { title: string }) => s.title)).toEqual(['Find my walking shoes', 'Walk to the park gate', 'Walk once around the pond']);
    const last = goal.steps[2].id;
    goal = (await t.as(robin).patch(`/api/goals/${goalId}/steps/${last}`, { position: 1 })).json();
    expect(goal.steps.map((s: { position: number; title: string }) => `${s.position}:${s.title}`)).toEqual([
      '1:Walk once around the pond',
      '2:Find my walking shoes',
      '3:Walk to the park gate',
    ]);
    goal = (await t.as(robin).patch(`/api/goals/${goalId}/steps/${last}`, { done: true })).json();
    expect(goal.steps[0].doneAt).not.toBeNull();
    expect((await t.as(robin).patch(`/api/goals/${goalId}/steps/${last}`, { position: 9 })).statusCode).toBe(400);
  });

  it('records Goal Attainment Scale ratings from both sides', async () => {
    await t.as(sam).post(`/api/goals/${goalId}/gas-ratings`, { level: -1, note: 'One walk this week' });
    const res = await t.as(robin).post(`/api/goals/${goalId}/gas-ratings`, { level: 0 });
    expect(res.statusCode, res.body).toBe(201);
    const goal = res.json();
    expect(goal.gasRatings.map((r: { level: number; ratedBy: { role: string } }) => `${r.ratedBy.role}:${r.level}`)).toEqual(['therapist:-1', 'client:0']);
    expect((await t.as(robin).post(`/api/goals/${goalId}/gas-ratings`, { level: 3 })).statusCode).toBe(400);
  });

  it('names the field for a goal without a title, and keeps goals to the care team', async () => {
    const bad = await t.as(sam).post(`/api/clients/${robin.userId}/goals`, { fields: { title: '  ' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['fields.title']).toBe('title is required');
    expect((await t.as(other).get(`/api/goals/${goalId}`)).statusCode).toBe(404);
    expect((await t.as(other).get(`/api/clients/${robin.userId}/goals`)).statusCode).toBe(404);
  });

  it('moves through statuses and marks achievement', async () => {
    const goal = (await t.as(robin).post(`/api/goals/${goalId}/status`, { status: 'achieved' })).json();
    expect(goal.status).toBe('achieved');
    expect(goal.achievedAt).not.toBeNull();
  });

  it('can take a tracker of the client as its measure, but not someone else’s', async () => {
    const tracker = (await t.as(sam).post(`/api/clients/${robin.userId}/trackers`, { name: 'Went for a walk', type: 'yes_no' })).json();
    const goal = (await t.as(sam).post(`/api/clients/${robin.userId}/goals`, { fields: { title: 'Walk more', measureTrackerId: tracker.id, measureTarget: '3 walks a week' } })).json();
    expect(goal).toMatchObject({ measureTracker: { id: tracker.id, name: 'Went for a walk' }, measureTarget: '3 walks a week' });
    expect(goal.smartHints).not.toContain('no_measure');
    const other = await t.invite(sam, 'client', 'Other client');
    const foreign = (await t.as(sam).post(`/api/clients/${other.userId}/trackers`, { name: 'x', type: 'count' })).json();
    const bad = await t.as(sam).post(`/api/clients/${robin.userId}/goals`, { fields: { title: 'Nope', measureTrackerId: foreign.id } });
    expect(bad.json().error.fields['fields.measureTrackerId']).toBeDefined();
  });
});
