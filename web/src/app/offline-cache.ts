/**
 * The service worker keeps the last answers of a few API reads (who is signed in, Today,
 * trackers, check-in settings, crisis help and the safety plan) so the client app opens
 * offline; the list is OFFLINE_READS in web/vite.config.ts, which shares this cache name.
 * Signing out empties the cache so the next person sees nothing. The crisis page also
 * works when nothing was cached: it falls back to general lines bundled with the app.
 */
export const API_CACHE = 'stepwise-api';

export function forgetCachedAnswers() {
  if (typeof caches === 'undefined') return;
  void caches.delete(API_CACHE).catch(() => undefined);
}
