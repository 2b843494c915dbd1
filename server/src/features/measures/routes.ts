import {
  answerSessionView,
  clientMeasuresView,
  customQuestionnaireSchema,
  dueMeasureView,
  INSTRUMENT_KEYS,
  instrumentInfo,
  instrumentInfoView,
  latestInstrument,
  measureScheduleInput,
  measureScheduleView,
  questionnaireView,
  responseDraftInput,
  responseSubmitInput,
  submitResultView,
} from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, auditContext } from '../../http/context.ts';
import { clientData, clientThing } from '../../policy/client-access.ts';
import { clientRole, therapist } from '../../policy/policies.ts';
import { questionnaireOwner } from '../../policy/questionnaires.ts';
import { sendAlertMails } from '../safety/alert-mail.ts';
import { answerSession, dueMeasures, saveDraft, submitResponse } from './answering.ts';
import { archiveQuestionnaire, createQuestionnaire, listQuestionnaires, reviseQuestionnaire } from './questionnaires.ts';
import { clientMeasures } from './results.ts';
import { createSchedule, endSchedule } from './schedules.ts';

const id = z.string().max(64);

export const measureRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const { db, clock } = deps;
  const clientParams = z.strictObject({ clientId: id });
  const questionnaireParams = z.strictObject({ questionnaireId: id });

  app.get('/api/instruments', { config: { policy: therapist }, schema: { response: { 200: z.object({ instruments: z.array(instrumentInfoView) }) } } }, async () => ({
    instruments: INSTRUMENT_KEYS.map((key) => instrumentInfo(latestInstrument(key))),
  }));

  app.get(
    '/api/clients/:clientId/measures',
    { config: { policy: clientData() }, schema: { params: clientParams, response: { 200: clientMeasuresView } } },
    async (req) => clientMeasures({ db, ctx: auditContext(req), clientId: req.params.clientId }),
  );

  app.post(
    '/api/clients/:clientId/measure-schedules',
    { config: { policy: clientData('team') }, schema: { params: clientParams, body: measureScheduleInput, response: { 201: measureScheduleView } } },
    async (req, reply) =>
      reply.status(201).send(await createSchedule({ db, ctx: auditContext(req), actor: actorOf(req), clientId: req.params.clientId, input: req.body })),
  );

  app.post(
    '/api/measure-schedules/:scheduleId/end',
    { config: { policy: clientThing('measure_schedules', 'scheduleId', 'team') }, schema: { params: z.strictObject({ scheduleId: id }), response: { 200: measureScheduleView } } },
    async (req) => endSchedule({ db, ctx: auditContext(req), scheduleId: req.params.scheduleId }),
  );

  app.get('/api/me/measures/due', { config: { policy: clientRole }, schema: { response: { 200: z.object({ due: z.array(dueMeasureView) }) } } }, async (req) => ({
    due: await dueMeasures({ db, actor: actorOf(req), now: clock.now() }),
  }));

  app.get(
    '/api/me/measures/:scheduleId/session',
    { config: { policy: clientRole }, schema: { params: z.strictObject({ scheduleId: id }), response: { 200: answerSessionView } } },
    async (req) => answerSession({ db, actor: actorOf(req), scheduleId: req.params.scheduleId, now: clock.now() }),
  );

  app.put(
    '/api/me/responses/draft',
    { config: { policy: clientRole }, schema: { body: responseDraftInput, response: { 200: z.object({ ok: z.literal(true), answeredCount: z.number() }) } } },
    async (req) => saveDraft({ db, actor: actorOf(req), input: req.body, now: clock.now() }),
  );

  app.post(
    '/api/me/responses',
    { config: { policy: clientRole }, schema: { body: responseSubmitInput, response: { 201: submitResultView } } },
    async (req, reply) => {
      const ctx = auditContext(req);
      const { alertIds, ...result } = await submitResponse({ db, ctx, actor: actorOf(req), input: req.body });
      // Mail after the commit: the alert exists whether or not the mail server answers.
      if (alertIds.length > 0) await sendAlertMails(deps, ctx, req.log, { clientId: actorOf(req).userId, alertIds });
      return reply.status(201).send(result);
    },
  );

  app.get('/api/questionnaires', { config: { policy: therapist }, schema: { response: { 200: z.object({ questionnaires: z.array(questionnaireView) }) } } }, async (req) => ({
    questionnaires: await listQuestionnaires({ db, actor: actorOf(req) }),
  }));

  app.post(
    '/api/questionnaires',
    { config: { policy: therapist }, schema: { body: customQuestionnaireSchema, response: { 201: questionnaireView } } },
    async (req, reply) => reply.status(201).send(await createQuestionnaire({ db, ctx: auditContext(req), actor: actorOf(req), input: req.body })),
  );

  app.put(
    '/api/questionnaires/:questionnaireId',
    { config: { policy: questionnaireOwner }, schema: { params: questionnaireParams, body: customQuestionnaireSchema, response: { 200: questionnaireView } } },
    async (req) => reviseQuestionnaire({ db, ctx: auditContext(req), id: req.params.questionnaireId, input: req.body }),
  );

  app.delete(
    '/api/questionnaires/:questionnaireId',
    { config: { policy: questionnaireOwner }, schema: { params: questionnaireParams, response: { 200: z.object({ ok: z.literal(true) }) } } },
    async (req) => archiveQuestionnaire({ db, ctx: auditContext(req), id: req.params.questionnaireId }),
  );
};
