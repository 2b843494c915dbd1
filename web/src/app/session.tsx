import { createContext, useContext } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { MeView } from '@stepwise/domain';
import { api, fetchMe } from './api.ts';
import { forgetCachedAnswers } from './offline-cache.ts';
import { forgetPushDevice, PUSH_DEVICE_KEY } from '../features/notifications/push-api.ts';
import { ME_KEY, SETUP_KEY } from './query-client.ts';

export function useMeQuery() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

export function useSetupStatus() {
  return useQuery({
    queryKey: SETUP_KEY,
    queryFn: () => api.get<{ needed: boolean }>('/api/setup'),
    staleTime: Infinity,
  });
}

const SessionContext = createContext<MeView | null>(null);
export const SessionProvider = SessionContext.Provider;

/** The signed-in user; only for pages behind the sign-in guard. */
export function useSession(): MeView {
  const me = useContext(SessionContext);
  if (me === null) throw new Error('useSession used outside a signed-in route');
  return me;
}

export function homePathFor(me: MeView): string {
  return me.user.role === 'client' ? '/today' : '/clients';
}

// Set by an explicit sign-out, so the guard does not offer the page just left as the
// landing page for whoever signs in next on this device.
let signedOutOnPurpose = false;
export const wasSignedOutOnPurpose = () => signedOutOnPurpose;

const notSessionOrSetup = (q: { queryKey: readonly unknown[] }) =>
  q.queryKey[0] !== ME_KEY[0] && q.queryKey[0] !== SETUP_KEY[0];

/** Stores the answer of sign-in, setup or accept, so the guards see the new session. */
export function useSignedIn() {
  const queryClient = useQueryClient();
  return (me: MeView) => {
    // Answers cached for someone else (accepting an invitation while signed in) must go.
    signedOutOnPurpose = false;
    queryClient.removeQueries({ predicate: notSessionOrSetup });
    queryClient.setQueryData(SETUP_KEY, { needed: false });
    queryClient.setQueryData(ME_KEY, me);
  };
}

/** Signs out here or everywhere, then drops every cached answer of the old session. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async (everywhere: boolean) => {
      // Whoever uses this device next must not get the signed-out person's notifications.
      await forgetPushDevice();
      return api.post<{ ok: true }>(everywhere ? '/api/auth/sign-out-all' : '/api/auth/sign-out');
    },
    onSuccess: () => {
      signedOutOnPurpose = true;
      forgetCachedAnswers();
      queryClient.setQueryData(ME_KEY, null);
      queryClient.removeQueries({ predicate: notSessionOrSetup });
      void navigate('/sign-in', { replace: true });
    },
    // Push may have been turned off before the sign-out itself failed.
    onError: () => void queryClient.invalidateQueries({ queryKey: PUSH_DEVICE_KEY }),
  });
}
