import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { okView } from '@stepwise/domain';
import { anyone } from '../policy/policies.ts';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/health', { config: { policy: anyone }, schema: { response: { 200: okView } } }, async () => ({ ok: true as const }));
};
