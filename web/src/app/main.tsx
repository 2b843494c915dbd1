import './i18n.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { Providers } from './providers.tsx';
import { startServiceWorker } from './pwa.ts';
import { router } from './router.tsx';
import { followNotificationTaps } from '../features/notifications/push-navigation.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);

// The service worker downloads the whole app shell to cache it. Started once the first page
// has drawn and the browser is idle, so that download never competes with the first screen.
function whenFirstPageShown(start: () => void) {
  const idle = () => (window.requestIdleCallback ? window.requestIdleCallback(start, { timeout: 5000 }) : window.setTimeout(start, 1000));
  if (router.state.initialized && router.state.navigation.state === 'idle') return idle();
  const unsubscribe = router.subscribe((state) => {
    if (!state.initialized || state.navigation.state !== 'idle') return;
    unsubscribe();
    idle();
  });
}
whenFirstPageShown(() => void startServiceWorker());
followNotificationTaps((path) => void router.navigate(path));
