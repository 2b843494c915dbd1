import { describe, expect, it } from 'vitest';
import { testServer } from './support/server.ts';

const t = await testServer();
const owner = await t.owner();
const maya = await t.invite(owner, 'therapist', 'Maya Therapist');
const other = await t.invite(owner, 'therapist', 'Other Therapist');
const robin = await t.invite(maya, 'client', 'Robin');
const noor = await t.invite(other, 'client', 'Noor');
const path = `/api/clients/${robin.userId}/agenda`;

let key = 0;
const newEntry = async (who: typeof robin, kind: 'mood' | 'journal', data: object, shared?: boolean): Promise<string> =>
  (await t.as(who).post('/api/entries', { kind, occurredAt: t.clock.now().toISOString(), idempotencyKey: `agenda-${(key += 1)}-abcdef`, data, ...(shared === undefined ? {} : { shared }) })).json().id;

const audits = (action: string) => t.db.selectFrom('audit_log').select(['actor_id', 'target_id']).where('client_id', '=', robin.userId).where('action', '=', action).execute();
const stored = async () => (await t.db.selectFrom('agenda_items').select('id').where('client_id', '=', robin.userId).execute()).length;

describe('agenda: for my next session', () => {
  it('lets the client add items, from an entry or typed in, and the therapist read and mark them discussed', async () => {
    const journal = await newEntry(robin, 'journal', { text: 'Argued with my sister again' });
    const typed = await t.as(robin).post(path, { text: '  Why do I freeze in meetings?  ' });
    expect(typed.statusCode, typed.body).toBe(201);
    expect(typed.json()).toMatchObject({ text: 'Why do I freeze in meetings?', source: null, createdBy: { id: robin.userId, name: 'Robin' }, discussedAt: null });
    const fromEntry = await t.as(robin).post(path, { text: 'The argument with my sister', source: { kind: 'entry', entryId: journal } });
    expect(fromEntry.json().source).toEqual({ kind: 'entry', entryId: journal, entryKind: 'journal', localDate: '2026-11-02' });

    const mine = (await t.as(robin).get(path)).json();
    expect(mine.open.map((i: { text: string }) => i.text)).toEqual(['Why do I freeze in meetings?', 'The argument with my sister']);
    expect(mine.discussed).toEqual([]);

    // The journal entry is private: the therapist sees the item's text, not where it came from.
    const theirs = (await t.as(maya).get(path)).json();
    expect(theirs.open.map((i: { source: unknown }) => i.source)).toEqual([null, null]);

    t.clock.advance(60_000);
    const done = await t.as(maya).post(`/api/agenda/${typed.json().id}/discussed`);
    expect(done.json()).toMatchObject({ discussedAt: t.clock.now().toISOString(), discussedBy: { id: maya.userId, name: 'Maya Therapist' } });
    // Marking again keeps the first mark.
    t.clock.advance(60_000);
    expect((await t.as(maya).post(`/api/agenda/${typed.json().id}/discussed`)).json().discussedAt).toBe(done.json().discussedAt);

    const after = (await t.as(robin).get(path)).json();
    expect(after.open.map((i: { id: string }) => i.id)).toEqual([fromEntry.json().id]);
    expect(after.discussed.map((i: { id: string }) => i.id)).toEqual([typed.json().id]);
  });

  it('shows a shared entry as the source to the therapist too, and lets the therapist add an item', async () => {
    const mood = await newEntry(robin, 'mood', { mood: 2 });
    const res = await t.as(robin).post(path, { text: 'A very low morning', source: { kind: 'entry', entryId: mood } });
    const seen = (await t.as(maya).get(path)).json().open.find((i: { id: string }) => i.id === res.json().id);
    expect(seen.source).toMatchObject({ entryId: mood, entryKind: 'mood' });
    const byTeam = await t.as(maya).post(path, { text: 'Review the sleep diary' });
    expect(byTeam.json().createdBy.name).toBe('Maya Therapist');
    // The therapist cannot bring a private entry they cannot see.
    const journal = await newEntry(robin, 'journal', { text: 'Private' });
    expect((await t.as(maya).post(path, { text: 'x', source: { kind: 'entry', entryId: journal } })).json().error.fields).toEqual({ 'source.entryId': 'is not one of this client’s entries' });
  });

  it('lets the client delete only their own undiscussed items', async () => {
    const a = (await t.as(robin).post(path, { text: 'Maybe not' })).json();
    const b = (await t.as(robin).post(path, { text: 'Talk about work' })).json();
    await t.as(maya).post(`/api/agenda/${b.id}/discussed`);
    expect((await t.as(robin).delete(`/api/agenda/${b.id}`)).json().error.code).toBe('agenda_item_discussed');
    expect((await t.as(robin).delete(`/api/agenda/${a.id}`)).json()).toEqual({ ok: true });
    expect((await t.as(robin).get(path)).json().open.map((i: { id: string }) => i.id)).not.toContain(a.id);
    // Gone is gone: a second delete, or marking it discussed, is 404.
    expect((await t.as(robin).delete(`/api/agenda/${a.id}`)).statusCode).toBe(404);
    expect((await t.as(maya).post(`/api/agenda/${a.id}/discussed`)).statusCode).toBe(404);
    // The therapist does not delete the client's items.
    expect((await t.as(maya).delete(`/api/agenda/${b.id}`)).statusCode).toBe(404);
  });

  it('answers 404 to strangers, for the list and for an item', async () => {
    const item = (await t.as(robin).post(path, { text: 'Private to us' })).json();
    for (const who of [other, noor]) {
      expect((await t.as(who).get(path)).statusCode).toBe(404);
      expect((await t.as(who).post(path, { text: 'Sneaky' })).statusCode).toBe(404);
      expect((await t.as(who).post(`/api/agenda/${item.id}/discussed`)).statusCode).toBe(404);
      expect((await t.as(who).delete(`/api/agenda/${item.id}`)).statusCode).toBe(404);
    }
    // The client does not mark their own items discussed; that is the session's job.
    expect((await t.as(robin).post(`/api/agenda/${item.id}/discussed`)).statusCode).toBe(404);
    expect((await t.as(null).get(path)).statusCode).toBe(401);
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const before = await stored();
    const cases: [unknown, string][] = [
      [{ text: '' }, 'text'],
      [{ text: 'x'.repeat(1001) }, 'text'],
      [{}, 'text'],
      [{ text: 'ok', colour: 'red' }, 'colour'],
      [{ text: 'ok', source: { kind: 'goal', entryId: 'x' } }, 'source.kind'],
    ];
    for (const [body, field] of cases) {
      const res = await t.as(robin).post(path, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual([field]);
    }
    // An entry that is someone else's reads like one that does not exist.
    const noorsEntry = await newEntry(noor, 'mood', { mood: 5 });
    const foreign = await t.as(robin).post(path, { text: 'Not mine', source: { kind: 'entry', entryId: noorsEntry } });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toEqual({ 'source.entryId': 'is not one of this client’s entries' });
    expect(await stored()).toBe(before);
  });

  it('audits the care team’s reads and writes, never the client’s own', async () => {
    const listed = await audits('agenda.listed');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((r) => r.actor_id === maya.userId)).toBe(true);
    const discussed = await audits('agenda.item_discussed');
    expect(discussed.length).toBeGreaterThan(0);
    expect(discussed.every((r) => r.actor_id === maya.userId)).toBe(true);
    expect((await audits('agenda.item_added')).map((r) => r.actor_id)).toEqual([maya.userId]);
    expect(await audits('agenda.item_deleted')).toEqual([]);
  });
});
