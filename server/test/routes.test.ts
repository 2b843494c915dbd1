import fs from 'node:fs';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { WEB_DIST } from '../src/http/web.ts';
import { scheduleNotification } from '../src/features/notifications/service.ts';
import { dispatchDue } from '../src/jobs/dispatcher.ts';
import { subscriptionBody } from './support/push.ts';
import { tokenFrom } from './support/smtp.ts';
import { ORIGIN, PASSWORD, testServer, type Session } from './support/server.ts';

const t = await testServer();

// The people of one practice. "The client" is on therapist A's care team; "another client"
// on therapist B's. The owner is an admin on neither care team.
const owner = await t.owner();
const therapistA = await t.invite(owner, 'therapist');
const therapistB = await t.invite(owner, 'therapist');
const client = await t.invite(therapistA, 'client');
const otherClient = await t.invite(therapistB, 'client');
const signInUser = await t.invite(therapistB, 'client'); // only ever signs in, for the sign-in row

const CALLERS = ['anonymous', 'client', 'otherClient', 'therapist', 'otherTherapist', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
type Person = Exclude<Caller, 'anonymous'>;

/** Current sessions; rows that end sessions replace the caller's afterwards. */
const sessions: Record<Person, Session> = {
  client,
  otherClient,
  therapist: therapistA,
  otherTherapist: therapistB,
  admin: owner,
};

// --- fresh data for the rows that need it ------------------------------------------------

let counter = 0;
const newEmail = () => `policy-${(counter += 1)}@example.test`;

/** A pending client invitation sent by the client's therapist: its id and the token from the mail. */
async function invitation(): Promise<{ id: string; token: string }> {
  const email = newEmail();
  const mark = t.smtp.mark();
  const res = await t.as(sessions.therapist).post('/api/invitations', { email, name: 'Ivy Invited', role: 'client' });
  if (res.statusCode !== 201) throw new Error(`invitation failed ${res.statusCode}: ${res.body}`);
  const { id } = res.json() as { id: string };
  return { id, token: tokenFrom(await t.smtp.latestTo(email, mark)) };
}

/** A live password-reset token, for a user of its own (resets are limited per user and hour). */
async function resetToken(): Promise<string> {
  const user = await t.invite(sessions.therapist, 'client');
  const mark = t.smtp.mark();
  await t.as(null).post('/api/auth/password-reset/request', { email: user.email });
  return tokenFrom(await t.smtp.latestTo(user.email, mark));
}

// --- goals, assignments and resources of "the client" --------------------------------

const asA = () => t.as(sessions.therapist);
const GAS = { '-2': 'none', '-1': 'some', '0': 'expected', '1': 'more', '2': 'much more' };
async function proposedGoal(): Promise<{ goalId: string; proposalId: string }> {
  const g = (await asA().post(`/api/clients/${client.userId}/goals`, { fields: { title: 'Walk more', gasLevels: GAS } })).json();
  return { goalId: g.id, proposalId: g.openProposal.id };
}
const activeGoal = await proposedGoal();
await t.as(client).post(`/api/goals/${activeGoal.goalId}/proposals/${activeGoal.proposalId}/accept`, {});
const goalId = activeGoal.goalId;
async function newStep(): Promise<string> {
  const g = (await asA().post(`/api/goals/${goalId}/steps`, { title: 'A small step' })).json();
  return g.steps.at(-1).id;
}
const daily = { kind: 'daily', startDate: '2026-10-26', endDate: '2026-11-30', times: [] };
const assignment = (await asA().post(`/api/clients/${client.userId}/assignments`, { kind: 'practice', title: 'Breathing, 10 minutes', schedule: daily })).json();
async function awaitingStep(): Promise<string> {
  const res = (await asA().post(`/api/clients/${client.userId}/action-steps`, { steps: [{ title: 'Call my sister', schedule: { kind: 'once', date: '2026-11-03' } }] })).json();
  return res.assignments[0].id;
}
const encouragement = (await asA().post(`/api/clients/${client.userId}/encouragements`, { message: 'Well done!', targetType: 'assignment', targetId: assignment.id })).json();
const resourceBody = { title: 'Grounding 5-4-3-2-1', kind: 'exercise', body: 'Notice five things you can see.' };
const newResource = async (): Promise<string> => (await asA().post('/api/resources', resourceBody)).json().id;
const resourceId = await newResource();
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
await t.app.inject({ method: 'PUT', url: `/api/resources/${resourceId}/attachment?name=dot.png`, headers: { origin: ORIGIN, cookie: sessions.therapist.cookie, 'content-type': 'image/png' }, payload: PNG });
await asA().post(`/api/clients/${client.userId}/resources`, { resourceId });

let entryKey = 0;
const moodEntry = () => ({ kind: 'mood', occurredAt: '2026-11-02T08:00:00.000Z', idempotencyKey: `policy-entry-${(entryKey += 1)}`, data: { mood: 6 } });
const newEntry = async (): Promise<string> => (await t.as(sessions.client).post('/api/entries', moodEntry())).json().id;
const entryId = await newEntry();
const newTracker = async (): Promise<string> =>
  (await asA().post(`/api/clients/${client.userId}/trackers`, { name: 'Went for a walk', type: 'yes_no' })).json().id;

// --- measures and safety ---------------------------------------------------------------

const MEASURE_DAY = '2026-11-02';
const phq9Answers = (item9: number) => ({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0, '7': 0, '8': 0, '9': item9, difficulty: null });
const phq9Schedule = async (): Promise<string> =>
  (await asA().post(`/api/clients/${client.userId}/measure-schedules`, { measure: { kind: 'instrument', key: 'phq9' }, cadence: { frequency: 'once', startDate: MEASURE_DAY } })).json().id;
const questionnaireBody = { title: 'Sleep check', items: [{ kind: 'yes_no', text: 'Did you sleep well?' }] };
const newQuestionnaire = async (): Promise<string> => (await asA().post('/api/questionnaires', questionnaireBody)).json().id;
const questionnaireId = await newQuestionnaire();
async function openAlert(): Promise<string> {
  const scheduleId = await phq9Schedule();
  const res = (await t.as(sessions.client).post('/api/me/responses', { scheduleId, dueDate: MEASURE_DAY, answers: phq9Answers(1) })).json();
  if (!res.crisis) throw new Error('expected an alert');
  const alerts = (await asA().get(`/api/clients/${client.userId}/alerts`)).json().alerts as { id: string; acknowledgedAt: string | null }[];
  return alerts.find((a) => a.acknowledgedAt === null)?.id ?? '';
}
const planBody = async () => ({ baseVersion: (await asA().get(`/api/clients/${client.userId}/safety-plan`)).json().version, plan: { reasonsForLiving: ['My dog'] } });

const appointmentBody = { date: '2026-11-20', time: '10:00', timeZone: 'Europe/Amsterdam', durationMinutes: 50, mode: 'in_person', place: 'Room 2' };
const newAppointment = async (): Promise<string> => (await asA().post(`/api/clients/${client.userId}/appointments`, appointmentBody)).json().appointments[0].id;
const newAgendaItem = async (): Promise<string> => (await t.as(sessions.client).post(`/api/clients/${client.userId}/agenda`, { text: 'Something for next time' })).json().id;
// A session that has ended (yesterday; booking allows up to a day back), so feedback on it is due.
const endedAppointment = async (): Promise<string> =>
  (await asA().post(`/api/clients/${client.userId}/appointments`, { ...appointmentBody, date: '2026-11-01', time: '12:00' })).json().appointments[0].id;
let notificationKey = 0;
/** A notification of "the client", delivered to their in-app list. */
async function deliveredNotification(): Promise<string> {
  const now = t.clock.now();
  const id = await scheduleNotification(t.db, { userId: client.userId, kind: 'nudge', dueAt: now, dropAfter: null, title: 'Reminder', url: '/today', dedupeKey: `policy-${(notificationKey += 1)}` }, now);
  await dispatchDue(t.app.deps, now);
  return id ?? '';
}
/** A push subscription of "the client", for the unsubscribe row: only its owner may remove it. */
async function clientPushEndpoint(): Promise<string> {
  const body = subscriptionBody();
  const res = await t.as(sessions.client).post('/api/push/subscriptions', body);
  if (res.statusCode !== 201) throw new Error(`subscribe failed ${res.statusCode}: ${res.body}`);
  return body.endpoint;
}
const sessionNoteId: string = (await asA().post(`/api/clients/${client.userId}/session-notes`, { text: 'Private note for the policy table.' })).json().id;

// --- the table --------------------------------------------------------------------------

type Prepared = { body?: unknown; params?: Record<string, string>; raw?: { type: string; data: Buffer } };
type Row = {
  /** "METHOD /path", exactly as in app.routeList. */
  route: string;
  /** Who may call it; everyone else is refused. */
  who: 'anyone' | readonly Person[];
  /** For a public route whose documented answer here is not 2xx (the same for every caller). */
  status?: number;
  /** 'session': the call ends sessions, so it uses a fresh one. 'client': it changes the care team, so the subject is a new client. */
  fresh?: 'session' | 'client';
  /** A refusal other than the usual one, for callers whose own data the call cannot name (a 400). */
  refusedWith?: Partial<Record<Person, number>>;
  /** Body and path params for one call, made fresh for every caller. */
  call?: (subject: Session) => Prepared | Promise<Prepared>;
};

const SIGNED_IN: readonly Person[] = ['client', 'otherClient', 'therapist', 'otherTherapist', 'admin'];
const THERAPISTS: readonly Person[] = ['therapist', 'otherTherapist', 'admin'];
const WEB_STATUS = fs.existsSync(path.join(WEB_DIST, 'index.html')) ? 200 : 503; // 503 until the web app is built

const setupBody = { practiceName: 'Second', name: 'Eve', email: 'eve@example.test', password: PASSWORD, timeZone: 'UTC' };

// prettier-ignore
const table: Row[] = [
  { route: 'GET /api/health',                                    who: 'anyone' },
  { route: 'HEAD /api/health',                                   who: 'anyone' },
  { route: 'GET /api/setup',                                     who: 'anyone' },
  { route: 'HEAD /api/setup',                                    who: 'anyone' },
  { route: 'POST /api/setup',                                    who: 'anyone', status: 409, call: () => ({ body: setupBody }) },
  { route: 'POST /api/auth/sign-in',                             who: 'anyone', call: () => ({ body: { email: signInUser.email, password: PASSWORD } }) },
  { route: 'POST /api/auth/sign-out',                            who: SIGNED_IN, fresh: 'session' },
  { route: 'POST /api/auth/sign-out-all',                        who: SIGNED_IN, fresh: 'session' },
  { route: 'GET /api/me',                                        who: SIGNED_IN },
  { route: 'HEAD /api/me',                                       who: SIGNED_IN },
  { route: 'POST /api/auth/password-reset/request',              who: 'anyone', call: () => ({ body: { email: 'nobody@example.test' } }) },
  { route: 'POST /api/auth/password-reset/complete',             who: 'anyone', call: async () => ({ body: { token: await resetToken(), password: PASSWORD } }) },
  { route: 'PATCH /api/account',                                 who: SIGNED_IN, call: () => ({ body: { locale: 'en' } }) },
  { route: 'POST /api/account/password',                         who: SIGNED_IN, fresh: 'session', call: () => ({ body: { currentPassword: PASSWORD, newPassword: PASSWORD } }) },
  { route: 'GET /api/invitations',                               who: THERAPISTS },
  { route: 'HEAD /api/invitations',                              who: THERAPISTS },
  { route: 'POST /api/invitations',                              who: THERAPISTS, call: () => ({ body: { email: newEmail(), name: 'Nell New', role: 'client' } }) },
  { route: 'POST /api/invitations/:id/resend',                   who: ['therapist', 'admin'], call: async () => ({ params: { id: (await invitation()).id } }) },
  { route: 'POST /api/invitations/:id/revoke',                   who: ['therapist', 'admin'], call: async () => ({ params: { id: (await invitation()).id } }) },
  { route: 'POST /api/invitations/preview',                      who: 'anyone', call: async () => ({ body: { token: (await invitation()).token } }) },
  { route: 'POST /api/invitations/accept',                       who: 'anyone', call: async () => ({ body: { token: (await invitation()).token, name: 'Ada Accepts', password: PASSWORD, timeZone: 'UTC', acceptPrivacy: true } }) },
  { route: 'GET /api/clients',                                   who: THERAPISTS },
  { route: 'HEAD /api/clients',                                  who: THERAPISTS },
  { route: 'GET /api/clients/:clientId',                         who: ['client', 'therapist'] },
  { route: 'HEAD /api/clients/:clientId',                        who: ['client', 'therapist'] },
  { route: 'POST /api/clients/:clientId/care-team',              who: ['therapist', 'admin'], fresh: 'client', call: () => ({ body: { therapistId: therapistB.userId } }) },
  { route: 'DELETE /api/clients/:clientId/care-team/:therapistId', who: ['therapist', 'admin'], fresh: 'client', call: () => ({ params: { therapistId: therapistA.userId } }) },
  { route: 'GET /api/therapists',                                who: THERAPISTS },
  { route: 'HEAD /api/therapists',                               who: THERAPISTS },
  { route: 'GET /api/practice/people',                           who: ['admin'] },
  { route: 'HEAD /api/practice/people',                          who: ['admin'] },
  { route: 'GET /api/audit',                                     who: ['admin'] },
  { route: 'HEAD /api/audit',                                    who: ['admin'] },
  { route: 'GET /api/clients/:clientId/goals',                   who: ['client', 'therapist'] },
  { route: 'HEAD /api/clients/:clientId/goals',                  who: ['client', 'therapist'] },
  { route: 'POST /api/clients/:clientId/goals',                  who: ['client', 'therapist'], call: () => ({ body: { fields: { title: 'Sleep by eleven' } } }) },
  { route: 'GET /api/goals/:goalId',                             who: ['client', 'therapist'], call: () => ({ params: { goalId } }) },
  { route: 'HEAD /api/goals/:goalId',                            who: ['client', 'therapist'], call: () => ({ params: { goalId } }) },
  { route: 'POST /api/goals/:goalId/proposals',                  who: ['client', 'therapist'], call: () => ({ params: { goalId }, body: { changes: { why: 'It matters' } } }) },
  { route: 'POST /api/goals/:goalId/proposals/:proposalId/accept', who: ['client'], call: async () => ({ params: await proposedGoal() }) },
  { route: 'POST /api/goals/:goalId/proposals/:proposalId/decline', who: ['client'], call: async () => ({ params: await proposedGoal() }) },
  { route: 'POST /api/goals/:goalId/status',                     who: ['client', 'therapist'], call: () => ({ params: { goalId }, body: { status: 'active' } }) },
  { route: 'POST /api/goals/:goalId/steps',                      who: ['client', 'therapist'], call: () => ({ params: { goalId }, body: { title: 'Another step' } }) },
  { route: 'PATCH /api/goals/:goalId/steps/:stepId',             who: ['client', 'therapist'], call: async () => ({ params: { goalId, stepId: await newStep() }, body: { done: true } }) },
  { route: 'DELETE /api/goals/:goalId/steps/:stepId',            who: ['client', 'therapist'], call: async () => ({ params: { goalId, stepId: await newStep() } }) },
  { route: 'POST /api/goals/:goalId/gas-ratings',                who: ['client', 'therapist'], call: () => ({ params: { goalId }, body: { level: 0 } }) },
  { route: 'GET /api/clients/:clientId/assignments',             who: ['client', 'therapist'] },
  { route: 'HEAD /api/clients/:clientId/assignments',            who: ['client', 'therapist'] },
  { route: 'POST /api/clients/:clientId/assignments',            who: ['client', 'therapist'], call: () => ({ body: { kind: 'one_off', title: 'Call my sister', schedule: { kind: 'once', date: '2026-11-04' } } }) },
  { route: 'POST /api/clients/:clientId/action-steps',           who: ['therapist'], call: () => ({ body: { steps: [{ title: 'Walk to the gate', schedule: { kind: 'once', date: '2026-11-04' } }] } }) },
  { route: 'GET /api/assignments/:assignmentId',                 who: ['client', 'therapist'], call: () => ({ params: { assignmentId: assignment.id } }) },
  { route: 'HEAD /api/assignments/:assignmentId',                who: ['client', 'therapist'], call: () => ({ params: { assignmentId: assignment.id } }) },
  { route: 'POST /api/assignments/:assignmentId/confirm',        who: ['client'], call: async () => ({ params: { assignmentId: await awaitingStep() } }) },
  { route: 'POST /api/assignments/:assignmentId/check-ins',      who: ['client'], call: () => ({ params: { assignmentId: assignment.id }, body: { date: '2026-11-01', outcome: 'done' } }) },
  { route: 'POST /api/assignments/:assignmentId/reviews',        who: ['therapist'], call: () => ({ params: { assignmentId: assignment.id }, body: { decision: 'continue' } }) },
  { route: 'GET /api/today',                                     who: ['client', 'otherClient'] },
  { route: 'HEAD /api/today',                                    who: ['client', 'otherClient'] },
  { route: 'POST /api/clients/:clientId/encouragements',         who: ['therapist'], call: () => ({ body: { message: 'Keep going', targetType: 'assignment', targetId: assignment.id } }) },
  { route: 'POST /api/encouragements/:encouragementId/seen',     who: ['client'], call: () => ({ params: { encouragementId: encouragement.id } }) },
  { route: 'GET /api/resources',                                 who: THERAPISTS },
  { route: 'HEAD /api/resources',                                who: THERAPISTS },
  { route: 'POST /api/resources',                                who: THERAPISTS, call: () => ({ body: resourceBody }) },
  { route: 'GET /api/resources/:resourceId',                     who: THERAPISTS, call: () => ({ params: { resourceId } }) },
  { route: 'HEAD /api/resources/:resourceId',                    who: THERAPISTS, call: () => ({ params: { resourceId } }) },
  { route: 'PUT /api/resources/:resourceId',                     who: ['therapist', 'admin'], call: () => ({ params: { resourceId }, body: resourceBody }) },
  { route: 'DELETE /api/resources/:resourceId',                  who: ['therapist', 'admin'], call: async () => ({ params: { resourceId: await newResource() } }) },
  { route: 'PUT /api/resources/:resourceId/attachment',          who: ['therapist', 'admin'], call: () => ({ params: { resourceId }, raw: { type: 'image/png', data: PNG } }) },
  { route: 'DELETE /api/resources/:resourceId/attachment',       who: ['therapist', 'admin'], call: async () => ({ params: { resourceId: await newResource() } }) },
  { route: 'GET /api/resources/:resourceId/attachment',          who: ['client', 'therapist', 'otherTherapist', 'admin'], call: () => ({ params: { resourceId } }) },
  { route: 'HEAD /api/resources/:resourceId/attachment',         who: ['client', 'therapist', 'otherTherapist', 'admin'], call: () => ({ params: { resourceId } }) },
  { route: 'POST /api/clients/:clientId/resources',              who: ['therapist'], call: () => ({ body: { resourceId } }) },
  { route: 'GET /api/clients/:clientId/resources',               who: ['client', 'therapist'] },
  { route: 'HEAD /api/clients/:clientId/resources',              who: ['client', 'therapist'] },
  { route: 'GET /api/clients/:clientId/resources/:resourceId',   who: ['client', 'therapist'], call: () => ({ params: { resourceId } }) },
  { route: 'HEAD /api/clients/:clientId/resources/:resourceId',  who: ['client', 'therapist'], call: () => ({ params: { resourceId } }) },
  { route: 'POST /api/entries',                                  who: ['client', 'otherClient'], call: () => ({ body: moodEntry() }) },
  { route: 'GET /api/clients/:clientId/entries',                 who: ['client', 'therapist'] },
  { route: 'HEAD /api/clients/:clientId/entries',                who: ['client', 'therapist'] },
  { route: 'PATCH /api/entries/:entryId',                        who: ['client'], call: () => ({ params: { entryId }, body: { data: { mood: 5 } } }) },
  { route: 'DELETE /api/entries/:entryId',                       who: ['client'], call: async () => ({ params: { entryId: await newEntry() } }) },
  { route: 'GET /api/clients/:clientId/trackers',                who: ['client', 'therapist'] },
  { route: 'HEAD /api/clients/:clientId/trackers',               who: ['client', 'therapist'] },
  { route: 'POST /api/clients/:clientId/trackers',               who: ['client', 'therapist'], call: () => ({ body: { name: 'Urge to check phone', type: 'intensity', category: 'urge' } }) },
  { route: 'POST /api/trackers/:trackerId/archive',              who: ['client', 'therapist'], call: async () => ({ params: { trackerId: await newTracker() } }) },
  { route: 'GET /api/clients/:clientId/insights',                who: ['client', 'therapist'] },
  { route: 'HEAD /api/clients/:clientId/insights',               who: ['client', 'therapist'] },
  { route: 'GET /api/clients/:clientId/monitoring-settings',     who: ['client', 'therapist'] },
  { route: 'HEAD /api/clients/:clientId/monitoring-settings',    who: ['client', 'therapist'] },
  { route: 'PUT /api/clients/:clientId/monitoring-settings',     who: ['client', 'therapist'], call: () => ({ body: { skills: ['Slow breathing'], moodFields: ['sleep'] } }) },
  { route: 'GET /api/instruments',                               who: THERAPISTS },
  { route: 'HEAD /api/instruments',                              who: THERAPISTS },
  { route: 'GET /api/clients/:clientId/measures',                who: ['client', 'therapist'] },
  { route: 'HEAD /api/clients/:clientId/measures',               who: ['client', 'therapist'] },
  { route: 'POST /api/clients/:clientId/measure-schedules',      who: ['therapist'], call: () => ({ body: { measure: { kind: 'instrument', key: 'gad7' }, cadence: { frequency: 'once', startDate: MEASURE_DAY } } }) },
  { route: 'POST /api/measure-schedules/:scheduleId/end',        who: ['therapist'], call: async () => ({ params: { scheduleId: await phq9Schedule() } }) },
  { route: 'GET /api/me/measures/due',                           who: ['client', 'otherClient'] },
  { route: 'HEAD /api/me/measures/due',                          who: ['client', 'otherClient'] },
  { route: 'GET /api/me/measures/:scheduleId/session',           who: ['client'], call: async () => ({ params: { scheduleId: await phq9Schedule() } }) },
  { route: 'HEAD /api/me/measures/:scheduleId/session',          who: ['client'], call: async () => ({ params: { scheduleId: await phq9Schedule() } }) },
  { route: 'PUT /api/me/responses/draft',                        who: ['client'], refusedWith: { otherClient: 400 }, call: async () => ({ body: { scheduleId: await phq9Schedule(), dueDate: MEASURE_DAY, answers: { '1': 0 } } }) },
  { route: 'POST /api/me/responses',                             who: ['client'], refusedWith: { otherClient: 400 }, call: async () => ({ body: { scheduleId: await phq9Schedule(), dueDate: MEASURE_DAY, answers: phq9Answers(0) } }) },
  { route: 'GET /api/questionnaires',                            who: THERAPISTS },
  { route: 'HEAD /api/questionnaires',                           who: THERAPISTS },
  { route: 'POST /api/questionnaires',                           who: THERAPISTS, call: () => ({ body: questionnaireBody }) },
  { route: 'PUT /api/questionnaires/:questionnaireId',           who: ['therapist'], call: () => ({ params: { questionnaireId }, body: questionnaireBody }) },
  { route: 'DELETE /api/questionnaires/:questionnaireId',        who: ['therapist'], call: async () => ({ params: { questionnaireId: await newQuestionnaire() } }) },
  { route: 'GET /api/alerts',                                    who: THERAPISTS },
  { route: 'HEAD /api/alerts',                                   who: THERAPISTS },
  { route: 'GET /api/clients/:clientId/alerts',                  who: ['therapist'] },
  { route: 'HEAD /api/clients/:clientId/alerts',                 who: ['therapist'] },
  { route: 'POST /api/alerts/:alertId/acknowledge',              who: ['therapist'], call: async () => ({ params: { alertId: await openAlert() }, body: { note: 'Called; safe.' } }) },
  { route: 'GET /api/clients/:clientId/safety-plan',             who: ['client', 'therapist'] },
  { route: 'HEAD /api/clients/:clientId/safety-plan',            who: ['client', 'therapist'] },
  { route: 'PUT /api/clients/:clientId/safety-plan',             who: ['client', 'therapist'], call: async () => ({ body: await planBody() }) },
  { route: 'GET /api/clients/:clientId/safety-plan/versions',    who: ['client', 'therapist'] },
  { route: 'HEAD /api/clients/:clientId/safety-plan/versions',   who: ['client', 'therapist'] },
  { route: 'GET /api/me/crisis',                                 who: ['client', 'otherClient'] },
  { route: 'HEAD /api/me/crisis',                                who: ['client', 'otherClient'] },
  { route: 'GET /api/practice/crisis-lines',                     who: THERAPISTS },
  { route: 'HEAD /api/practice/crisis-lines',                    who: THERAPISTS },
  { route: 'PUT /api/practice/crisis-lines',                     who: ['admin'], call: () => ({ body: { country: 'GB', lines: [{ name: 'Samaritans', phone: '116 123' }] } }) },
  { route: 'GET /api/account/crisis-instructions',               who: THERAPISTS },
  { route: 'HEAD /api/account/crisis-instructions',              who: THERAPISTS },
  { route: 'PUT /api/account/crisis-instructions',               who: THERAPISTS, call: () => ({ body: { text: 'Call the practice on weekdays.' } }) },
  { route: 'GET /api/clients/:clientId/appointments',            who: ['client', 'therapist'] },
  { route: 'HEAD /api/clients/:clientId/appointments',           who: ['client', 'therapist'] },
  { route: 'POST /api/clients/:clientId/appointments',           who: ['therapist'], call: () => ({ body: appointmentBody }) },
  { route: 'PUT /api/appointments/:appointmentId',               who: ['therapist'], call: async () => ({ params: { appointmentId: await newAppointment() }, body: appointmentBody }) },
  { route: 'POST /api/appointments/:appointmentId/cancel',       who: ['therapist'], call: async () => ({ params: { appointmentId: await newAppointment() } }) },
  { route: 'GET /api/me/next-appointment',                       who: ['client', 'otherClient'] },
  { route: 'HEAD /api/me/next-appointment',                      who: ['client', 'otherClient'] },
  { route: 'GET /api/clients/:clientId/agenda',                  who: ['client', 'therapist'] },
  { route: 'HEAD /api/clients/:clientId/agenda',                 who: ['client', 'therapist'] },
  { route: 'POST /api/clients/:clientId/agenda',                 who: ['client', 'therapist'], call: () => ({ body: { text: 'Talk about sleep' } }) },
  { route: 'POST /api/agenda/:itemId/discussed',                 who: ['therapist'], call: async () => ({ params: { itemId: await newAgendaItem() } }) },
  { route: 'DELETE /api/agenda/:itemId',                         who: ['client'], call: async () => ({ params: { itemId: await newAgendaItem() } }) },
  { route: 'GET /api/me/feedback/pending',                       who: ['client', 'otherClient'] },
  { route: 'HEAD /api/me/feedback/pending',                      who: ['client', 'otherClient'] },
  { route: 'POST /api/me/feedback',                              who: ['client'], refusedWith: { otherClient: 400 }, call: async () => ({ body: { appointmentId: await endedAppointment(), rating: 7 } }) },
  { route: 'GET /api/clients/:clientId/feedback',                who: ['therapist'] },
  { route: 'HEAD /api/clients/:clientId/feedback',               who: ['therapist'] },
  { route: 'GET /api/clients/:clientId/messages',                who: ['client', 'therapist'] },
  { route: 'HEAD /api/clients/:clientId/messages',               who: ['client', 'therapist'] },
  // Before the pause row: while paused the client's message would be refused with 409.
  { route: 'POST /api/clients/:clientId/messages',               who: ['client', 'therapist'], call: () => ({ body: { body: 'See you Thursday.' } }) },
  { route: 'POST /api/clients/:clientId/messaging/pause',        who: ['therapist'] },
  { route: 'POST /api/clients/:clientId/messaging/resume',       who: ['therapist'] },
  { route: 'GET /api/messages/inbox',                            who: THERAPISTS },
  { route: 'HEAD /api/messages/inbox',                           who: THERAPISTS },
  { route: 'GET /api/messages/unread',                           who: THERAPISTS },
  { route: 'HEAD /api/messages/unread',                          who: THERAPISTS },
  { route: 'GET /api/me/messages/unread',                        who: ['client', 'otherClient'] },
  { route: 'HEAD /api/me/messages/unread',                       who: ['client', 'otherClient'] },
  { route: 'GET /api/account/reply-time',                        who: THERAPISTS },
  { route: 'HEAD /api/account/reply-time',                       who: THERAPISTS },
  { route: 'PUT /api/account/reply-time',                        who: THERAPISTS, call: () => ({ body: { text: 'I usually reply within 2 working days.' } }) },
  { route: 'GET /api/clients/:clientId/session-notes',           who: ['therapist'] },
  { route: 'HEAD /api/clients/:clientId/session-notes',          who: ['therapist'] },
  { route: 'POST /api/clients/:clientId/session-notes',          who: ['therapist'], call: () => ({ body: { text: 'Talked about the week.' } }) },
  { route: 'PUT /api/session-notes/:noteId',                     who: ['therapist'], call: () => ({ params: { noteId: sessionNoteId }, body: { text: 'Edited by its author.' } }) },
  { route: 'GET /api/caseload',                                  who: THERAPISTS },
  { route: 'HEAD /api/caseload',                                 who: THERAPISTS },
  { route: 'GET /api/clients/:clientId/summary',                 who: ['therapist'] },
  { route: 'HEAD /api/clients/:clientId/summary',                who: ['therapist'] },
  { route: 'GET /api/notifications',                             who: SIGNED_IN },
  { route: 'HEAD /api/notifications',                            who: SIGNED_IN },
  { route: 'POST /api/notifications/:id/read',                   who: ['client'], call: async () => ({ params: { id: await deliveredNotification() } }) },
  { route: 'POST /api/notifications/read-all',                   who: SIGNED_IN },
  { route: 'GET /api/account/notification-preferences',          who: SIGNED_IN },
  { route: 'HEAD /api/account/notification-preferences',         who: SIGNED_IN },
  { route: 'PUT /api/account/notification-preferences',          who: SIGNED_IN, call: () => ({ body: { email: true, quietHoursStart: '01:00', quietHoursEnd: '02:00', showClinicalContent: false } }) },
  { route: 'GET /api/clients/:clientId/nudge',                   who: ['therapist'] },
  { route: 'HEAD /api/clients/:clientId/nudge',                  who: ['therapist'] },
  // One nudge an hour: each call starts from none (the rate limit has its own test in reminders.test.ts).
  { route: 'POST /api/clients/:clientId/nudge',                  who: ['therapist'], call: async () => {
    await t.db.deleteFrom('notifications').where('kind', '=', 'nudge').execute();
    return { body: { message: 'Thinking of you this week.' } };
  } },
  { route: 'GET /api/account/calendar-feed',                     who: SIGNED_IN },
  { route: 'HEAD /api/account/calendar-feed',                    who: SIGNED_IN },
  { route: 'POST /api/account/calendar-feed',                    who: SIGNED_IN },
  { route: 'DELETE /api/account/calendar-feed',                  who: SIGNED_IN },
  { route: 'GET /api/push/public-key',                           who: SIGNED_IN },
  { route: 'HEAD /api/push/public-key',                          who: SIGNED_IN },
  { route: 'POST /api/push/subscriptions',                       who: SIGNED_IN, call: () => ({ body: subscriptionBody() }) },
  { route: 'DELETE /api/push/subscriptions',                     who: ['client'], call: async () => ({ body: { endpoint: await clientPushEndpoint() } }) },
  { route: 'GET /api/account/email-bounce',                      who: SIGNED_IN },
  { route: 'HEAD /api/account/email-bounce',                     who: SIGNED_IN },
  { route: 'DELETE /api/account/email-bounce',                   who: SIGNED_IN },
  { route: 'GET /api/calendar/:token.ics',                       who: 'anyone', status: 404, call: () => ({ params: { token: 'no-such-feed-token' } }) },
  { route: 'HEAD /api/calendar/:token.ics',                      who: 'anyone', status: 404, call: () => ({ params: { token: 'no-such-feed-token' } }) },
  { route: 'GET /*',                                             who: 'anyone', status: WEB_STATUS },
  { route: 'HEAD /*',                                            who: 'anyone', status: WEB_STATUS },
];

// --- running a row ----------------------------------------------------------------------

type Method = 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

function send(session: Session | null, method: Method, url: string, body: unknown, raw?: Prepared['raw']): Promise<LightMyRequestResponse> {
  const hasBody = body !== undefined || raw !== undefined;
  return t.app.inject({
    method,
    url,
    headers: {
      origin: ORIGIN,
      ...(session ? { cookie: session.cookie } : {}),
      ...(hasBody ? { 'content-type': raw?.type ?? 'application/json' } : {}),
    },
    ...(hasBody ? { payload: raw?.data ?? JSON.stringify(body) } : {}),
  });
}

function fill(pattern: string, params: Record<string, string>): string {
  return pattern
    .replace(/:(\w+)/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`no value for :${name} in ${pattern}`);
      return encodeURIComponent(value);
    })
    .replace('*', 'clients/some-client'); // a page of the web app
}

/** What the caller should get: the documented status, 'ok' (< 400), or the refusal. */
function expected(row: Row, caller: Caller): number | 'ok' | '403|404' {
  if (row.status !== undefined) return row.status;
  if (row.who === 'anyone' || (caller !== 'anonymous' && row.who.includes(caller))) return 'ok';
  if (caller === 'anonymous') return 401;
  const refused = row.refusedWith?.[caller];
  if (refused !== undefined) return refused;
  // Whether a client exists is not a stranger's to know: 404, never 403.
  return row.route.includes(':clientId') ? 404 : '403|404';
}

function meets(want: number | 'ok' | '403|404', status: number): boolean {
  if (want === 'ok') return status < 400;
  if (want === '403|404') return status === 403 || status === 404;
  return status === want;
}

async function callAs(row: Row, caller: Caller): Promise<LightMyRequestResponse> {
  const [method, pattern] = row.route.split(' ') as [Method, string];
  const subject = row.fresh === 'client' ? await t.invite(sessions.therapist, 'client') : sessions.client;
  const own = caller === 'anonymous' ? null : caller === 'client' ? subject : sessions[caller];
  const session = own && row.fresh === 'session' ? await t.signIn(own.email) : own;
  const { body, params, raw } = row.call ? await row.call(subject) : {};
  const url = fill(pattern, { clientId: subject.userId, therapistId: therapistA.userId, ...params });
  const res = await send(session, method, url, body ?? (method === 'POST' && !raw ? {} : undefined), raw);
  // Sign-out-all and a password change end the caller's other sessions too: start a new one.
  if (caller !== 'anonymous' && own && row.fresh === 'session') sessions[caller] = await t.signIn(own.email);
  return res;
}

const label = (who: Row['who']) => (who === 'anyone' ? 'anyone' : who.join(', '));

describe('route walk', () => {
  it('every registered route names its access policy', () => {
    const list = t.app.routeList;
    expect(list.length).toBeGreaterThanOrEqual(70);
    const urls = list.map((r) => r.url);
    expect(urls).toContain('/api/me');
    expect(urls).toContain('/api/clients/:clientId');
    expect(urls).toContain('/*');
    expect(list.filter((r) => r.policy === undefined)).toEqual([]);
    const known = [
      'anyone',
      'signedIn',
      'therapist',
      'clientRole',
      'admin',
      'client|team',
      'client',
      'team',
      'client|team via goal',
      'client|team via assignment',
      'client via assignment',
      'team via assignment',
      'client via encouragement',
      'client via entry',
      'client|team via tracker',
      'careTeamManager',
      'invitationManager',
      'resourceReader',
      'resourceEditor',
      'attachmentReader',
      'team via measure schedule',
      'team via safety alert',
      'questionnaireOwner',
      'team via appointment',
      'team via agenda item',
      'client via agenda item',
      'sessionNoteAuthor',
    ];
    for (const r of list) expect(known, `${r.method} ${r.url}`).toContain(r.policy);
    // HEAD is made from GET and must be guarded the same way.
    for (const head of list.filter((r) => r.method === 'HEAD')) {
      expect(list.find((r) => r.method === 'GET' && r.url === head.url)?.policy, head.url).toBe(head.policy);
    }
  });

  it('the policy table has exactly one row per registered route', () => {
    const registered = t.app.routeList.map((r) => `${r.method} ${r.url}`).sort();
    expect(table.map((r) => r.route).sort()).toEqual(registered);
  });

  it('the table calls a route public exactly when its policy is "anyone"', () => {
    for (const r of t.app.routeList) {
      const row = table.find((x) => x.route === `${r.method} ${r.url}`);
      expect(row?.who === 'anyone', `${r.method} ${r.url}`).toBe(r.policy === 'anyone');
    }
  });
});

describe('policy table', () => {
  for (const row of table) {
    it(`${row.route} — ${label(row.who)}`, async () => {
      const wrong: string[] = [];
      for (const caller of CALLERS) {
        const res = await callAs(row, caller);
        const want = expected(row, caller);
        if (!meets(want, res.statusCode)) wrong.push(`${caller}: wanted ${want}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
        if (res.statusCode === 401 || res.statusCode === 403) expect(row.who, `${caller}: a public route refused`).not.toBe('anyone');
      }
      expect(wrong).toEqual([]);
    });
  }
});
