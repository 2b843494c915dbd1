import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../errors.ts';
import { anyone } from '../policy/policies.ts';

export const WEB_DIST = path.resolve(import.meta.dirname, '../../../web/dist');

/**
 * Serves the built web app: hashed assets cached for a year, everything else falls back
 * to index.html so the browser router can take the path. Unknown /api paths answer 404 JSON.
 */
export async function installWebApp(app: FastifyInstance, dist = WEB_DIST): Promise<void> {
  const hasBuild = fs.existsSync(path.join(dist, 'index.html'));
  if (hasBuild) await app.register(fastifyStatic, { root: dist, serve: false, cacheControl: false });

  app.route({
    method: 'GET',
    url: '/*',
    config: { policy: anyone },
    handler: async (req, reply) => {
      const urlPath = decodeURIComponent(req.url.split('?')[0] ?? '/');
      if (urlPath.startsWith('/api/') || urlPath === '/api') throw notFound('API route');
      if (!hasBuild) {
        return reply.type('text/plain').code(503).send('The web app is not built yet. Run `npm start`, which builds it.');
      }
      const relative = path.normalize(urlPath).replace(/^([/\\])+/, '');
      const file = path.join(dist, relative);
      if (relative && file.startsWith(dist + path.sep) && fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
        const immutable = relative.startsWith('assets/');
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        return reply.sendFile(relative);
      }
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html');
    },
  });
}
