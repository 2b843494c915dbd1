/// <reference types="vite-plugin-pwa/vanillajs" />

// The service worker is registered from the bundle (the CSP allows no inline scripts).
// A new version waits until the person chooses to reload, so nothing typed is lost.

type Listener = () => void;
const listeners = new Set<Listener>();
let needRefresh = false;
let update: ((reload?: boolean) => Promise<void>) | null = null;
const HOUR = 60 * 60 * 1000;

export async function startServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  // Loaded after the first screen: registering is not on the way to the first paint.
  const { registerSW } = await import('virtual:pwa-register');
  update = registerSW({
    onNeedRefresh() {
      needRefresh = true;
      for (const l of listeners) l();
    },
    onRegisteredSW(_url, registration) {
      // Phones keep an installed app open for days: look for a new version now and then.
      if (registration) window.setInterval(() => void registration.update().catch(() => undefined), HOUR);
    },
  });
}

export const updateWaiting = () => needRefresh;
export function onUpdateWaiting(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Activates the waiting version and reloads the page into it. */
export function applyUpdate() {
  void update?.(true);
}
