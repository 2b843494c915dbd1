import { meView, practicePerson, setupInput, setupStatusView, therapistListItem } from '@stepwise/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setSessionCookie } from '../../auth/sessions.ts';
import { actorOf, auditContext } from '../../http/context.ts';
import { admin, anyone, therapist } from '../../policy/policies.ts';
import { isSetupNeeded, listPeople, listTherapists, setUpPractice } from './service.ts';

export const practiceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;

  app.get('/api/setup', { config: { policy: anyone }, schema: { response: { 200: setupStatusView } } }, async () => ({
    needed: await isSetupNeeded(db),
  }));

  app.post('/api/setup', { config: { policy: anyone }, schema: { body: setupInput, response: { 200: meView } } }, async (req, reply) => {
    const result = await setUpPractice({ db, ctx: auditContext(req), input: req.body, userAgent: req.headers['user-agent'] ?? null });
    setSessionCookie(reply, config, result.token, result.expiresAt);
    return result.me;
  });

  app.get(
    '/api/therapists',
    { config: { policy: therapist }, schema: { response: { 200: z.object({ therapists: z.array(therapistListItem) }) } } },
    async (req) => ({ therapists: await listTherapists(db, actorOf(req)) }),
  );

  app.get(
    '/api/practice/people',
    { config: { policy: admin }, schema: { response: { 200: z.object({ people: z.array(practicePerson) }) } } },
    async (req) => ({ people: await listPeople(db, auditContext(req), actorOf(req)) }),
  );
};
