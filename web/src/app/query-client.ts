import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api.ts';
import { forgetCachedAnswers } from './offline-cache.ts';

export const ME_KEY = ['me'] as const;
export const SETUP_KEY = ['setup'] as const;

// Only "unauthenticated" means the session is gone; other 401s (a wrong password) do not.
function onError(error: unknown) {
  if (isApiError(error) && error.status === 401 && error.code === 'unauthenticated') {
    queryClient.setQueryData(ME_KEY, null);
    forgetCachedAnswers();
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Asked even when the browser says offline: the service worker may answer from its
      // copy (src/app/offline-cache.ts). Without one, the page shows its error at once.
      networkMode: 'offlineFirst',
      // A 4xx will not change on retry; network blips and 5xx might. Offline, retries wait
      // for the reconnect refetch instead.
      retry: (count, error) => {
        if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
        if (!navigator.onLine) return false;
        return count < 2;
      },
    },
    // A change made offline fails at once with "couldn't reach Stepwise" rather than hang;
    // entries never come here, they go through the outbox.
    mutations: { retry: false, networkMode: 'always' },
  },
});
