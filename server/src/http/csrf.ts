import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * State-changing requests must come from the app's own pages. Browsers send `Origin` on
 * every non-GET fetch; it must name this server (the public URL, or the host the request
 * came to). Without it, `Sec-Fetch-Site: same-origin` is accepted; anything else is refused.
 * With SameSite=Lax cookies this is defence in depth, not the only wall.
 */
export function installCsrfCheck(app: FastifyInstance, publicUrl: string): void {
  const publicOrigin = new URL(publicUrl).origin;
  app.addHook('onRequest', async (req) => {
    if (SAFE.has(req.method)) return;
    const origin = req.headers.origin;
    if (origin) {
      if (origin === publicOrigin || origin === `${req.protocol}://${req.host}`) return;
    } else if (req.headers['sec-fetch-site'] === 'same-origin') {
      return;
    }
    throw new AppError('csrf_rejected', 403, 'this request did not come from the Stepwise app; reload the page and try again');
  });
}
