import { describe, expect, it } from 'vitest';
import { ORIGIN, testServer } from './support/server.ts';

const t = await testServer();
const owner = await t.owner();
const sam = await t.invite(owner, 'therapist', 'Sam');
const jo = await t.invite(owner, 'therapist', 'Jo');
const robin = await t.invite(sam, 'client', 'Robin');
const kim = await t.invite(jo, 'client', 'Kim');

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const upload = (session: typeof sam, id: string, type: string, data: Buffer, name = 'file') =>
  t.app.inject({ method: 'PUT', url: `/api/resources/${id}/attachment?name=${encodeURIComponent(name)}`, headers: { origin: ORIGIN, cookie: session.cookie, 'content-type': type }, payload: data });

describe('resource library', () => {
  let shared = '';
  let secret = '';

  it('keeps practice-wide and private resources, with tags and search', async () => {
    shared = (await t.as(sam).post('/api/resources', { title: 'Box breathing', kind: 'exercise', body: 'Breathe in for **four**.', tags: ['Anxiety', 'breathing'] })).json().id;
    secret = (await t.as(sam).post('/api/resources', { title: 'My session prep notes', kind: 'handout', visibility: 'private' })).json().id;
    const mine = (await t.as(sam).get('/api/resources')).json().resources.map((r: { title: string }) => r.title);
    expect(mine).toEqual(['Box breathing', 'My session prep notes']);
    const theirs = (await t.as(jo).get('/api/resources')).json().resources.map((r: { title: string }) => r.title);
    expect(theirs).toEqual(['Box breathing']);
    expect((await t.as(jo).get(`/api/resources/${secret}`)).statusCode).toBe(404);
    expect((await t.as(sam).get('/api/resources?tag=anxiety')).json().resources).toHaveLength(1);
    expect((await t.as(sam).get('/api/resources?q=FOUR')).json().resources).toHaveLength(1);
    expect((await t.as(robin).get('/api/resources')).statusCode).toBe(403);
  });

  it('names bad input', async () => {
    const res = await t.as(sam).post('/api/resources', { title: 'Link', kind: 'link', url: 'javascript:alert(1)' });
    expect(res.json().error.fields.url).toMatch(/http/);
    expect((await t.as(sam).post('/api/resources', { title: 'x', kind: 'video' })).json().error.fields.kind).toBeDefined();
  });

  it('takes PDF and image attachments whose bytes match their type, up to 5 MB', async () => {
    const ok = await upload(sam, shared, 'image/png', PNG, '../../etc/box.png');
    expect(ok.statusCode).toBe(200);
    expect(ok.json().attachment).toEqual({ name: 'box.png', mime: 'image/png', size: PNG.length });
    const lying = await upload(sam, shared, 'application/pdf', PNG);
    expect(lying.statusCode).toBe(415);
    expect(lying.json().error.code).toBe('attachment_type');
    const exe = await upload(sam, shared, 'application/octet-stream', Buffer.from('MZ'));
    expect(exe.statusCode).toBe(415);
    const huge = await upload(sam, shared, 'application/pdf', Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]));
    expect(huge.statusCode).toBe(413);
    expect((await upload(jo, shared, 'application/pdf', PDF)).statusCode).toBe(404);
    expect((await upload(owner, shared, 'application/pdf', PDF, 'box.pdf')).statusCode).toBe(200); // admin, practice-wide
  });

  it('is shared with a client, who sees it marked new and can open the file; no one else can', async () => {
    expect((await t.as(robin).get(`/api/resources/${shared}/attachment`)).statusCode).toBe(404);
    const res = await t.as(sam).post(`/api/clients/${robin.userId}/resources`, { resourceId: shared });
    expect(res.statusCode).toBe(201);
    let list = (await t.as(robin).get(`/api/clients/${robin.userId}/resources`)).json().resources;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ title: 'Box breathing', isNew: true, sharedBy: { name: 'Sam' } });
    await t.as(robin).get(`/api/clients/${robin.userId}/resources/${shared}`);
    list = (await t.as(robin).get(`/api/clients/${robin.userId}/resources`)).json().resources;
    expect(list[0].isNew).toBe(false);
    const file = await t.as(robin).get(`/api/resources/${shared}/attachment`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe('attachment; filename="box.pdf"');
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect((await t.as(kim).get(`/api/resources/${shared}/attachment`)).statusCode).toBe(404);
    expect((await t.as(kim).get(`/api/clients/${robin.userId}/resources`)).statusCode).toBe(404);
    const privateShare = await t.as(jo).post(`/api/clients/${kim.userId}/resources`, { resourceId: secret });
    expect(privateShare.json().error.fields.resourceId).toBeDefined();
  });

  it('is attached to an assignment, which shares it', async () => {
    const other = (await t.as(sam).post('/api/resources', { title: 'Grounding 5-4-3-2-1', kind: 'exercise' })).json().id;
    const a = await t.as(sam).post(`/api/clients/${robin.userId}/assignments`, { kind: 'one_off', title: 'Try grounding once', schedule: { kind: 'once', date: '2026-11-03' }, resourceId: other });
    expect(a.json().resource).toEqual({ id: other, title: 'Grounding 5-4-3-2-1' });
    const titles = (await t.as(robin).get(`/api/clients/${robin.userId}/resources`)).json().resources.map((r: { title: string }) => r.title);
    expect(titles).toContain('Grounding 5-4-3-2-1');
    const notVisible = await t.as(jo).post(`/api/clients/${kim.userId}/assignments`, { kind: 'one_off', title: 'x', schedule: { kind: 'once', date: '2026-11-03' }, resourceId: secret });
    expect(notVisible.json().error.fields.resourceId).toBeDefined();
  });

  it('is edited by its owner or an admin, and deleted softly', async () => {
    const body = { title: 'Box breathing (4-4-4-4)', kind: 'exercise', body: 'In, hold, out, hold.' };
    expect((await t.as(jo).put(`/api/resources/${shared}`, body)).statusCode).toBe(404);
    expect((await t.as(sam).put(`/api/resources/${shared}`, body)).json().title).toBe('Box breathing (4-4-4-4)');
    expect((await t.as(sam).delete(`/api/resources/${shared}`)).statusCode).toBe(200);
    expect((await t.as(sam).get(`/api/resources/${shared}`)).statusCode).toBe(404);
    expect((await t.as(robin).get(`/api/clients/${robin.userId}/resources`)).json().resources.map((r: { id: string }) => r.id)).not.toContain(shared);
  });
});
