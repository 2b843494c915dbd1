/**
 * The service worker keeps the last answers of a few API reads (who is signed in, Today,
 * trackers, check-in settings) so the client app opens offline. Their names are shared
 * with web/vite.config.ts; signing out empties the cache so the next person sees nothing.
 */
export const API_CACHE = 'stepwise-api';

export function forgetCachedAnswers() {
  if (typeof caches === 'undefined') return;
  void caches.delete(API_CACHE).catch(() => undefined);
}
