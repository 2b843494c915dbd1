/**
 * Tapping a push notification: the service worker (public/push-sw.js) asks an open page to
 * go to the notification's path, and the page does it with its router, so nothing is reloaded
 * and nothing typed is lost. Only paths of this app are followed.
 */
export function followNotificationTaps(navigate: (path: string) => void): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { type, url } = data as { type?: unknown; url?: unknown };
    if (type !== 'stepwise:navigate' || typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return;
    navigate(url);
    event.ports[0]?.postMessage('done');
  });
  // Messages wait in a queue until the page says it listens.
  navigator.serviceWorker.startMessages();
}
