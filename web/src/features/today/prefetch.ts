import type { AgendaView, AppointmentView, DueMeasureView, MeView, MonitoringSettings, TodayView } from '@stepwise/domain';
import type { QueryClient } from '@tanstack/react-query';
import { api, fetchMe } from '../../app/api.ts';
import { loadLayoutFor } from '../../app/layouts/role-layouts.ts';
import { ME_KEY, SETUP_KEY } from '../../app/query-client.ts';
import { agendaKey, PENDING_FEEDBACK_KEY } from '../agenda/agenda-api.ts';
import { NEXT_APPOINTMENT_KEY } from '../appointments/appointments-api.ts';
import { TODAY_KEY } from '../assignments/assignments-api.ts';
import { settingsKey } from '../entries/entries-api.ts';
import { DUE_MEASURES_KEY } from '../measures/answer-api.ts';

// The same keys, addresses and freshness as the hooks that read them (session.tsx and each
// feature's *-api.ts), so a hook that mounts later finds the answer already in the cache.

type Query = Parameters<QueryClient['prefetchQuery']>[0] & { queryKey: readonly unknown[] };

/**
 * Asks for a query's answer. Waits only when the cache has no answer at all (the first
 * visit): a later visit shows what it has at once while the fresh answer comes.
 */
function warm(queryClient: QueryClient, query: Query): Promise<void> | undefined {
  const had = queryClient.getQueryData(query.queryKey) !== undefined;
  const asked = queryClient.prefetchQuery(query);
  return had ? undefined : asked;
}

/**
 * First-run status and who is signed in: what the guards ask before any page shows. The
 * signed-in person's layout starts loading as soon as their role is known.
 */
export async function prefetchSession(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    warm(queryClient, { queryKey: SETUP_KEY, queryFn: () => api.get<{ needed: boolean }>('/api/setup'), staleTime: Infinity }),
    warm(queryClient, { queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 }),
  ]);
  const me = queryClient.getQueryData<MeView | null>(ME_KEY);
  if (me) void loadLayoutFor(me.user.role);
}

/** The chunk of Today's cards below the check-in (today-sections.tsx); asked for once. */
let sections: Promise<typeof import('./today-sections.tsx')> | undefined;
export function loadTodaySections() {
  sections ??= import('./today-sections.tsx');
  return sections;
}

/**
 * Everything the client's Today page reads, asked together while its code is still loading
 * instead of one by one as its cards mount. Only the session is awaited (the guards need it
 * to draw anything); the page itself draws at once and its cards fill in as answers come.
 * Failures are left to the page: each card shows its own error and retries.
 */
export async function prefetchToday(queryClient: QueryClient): Promise<void> {
  void loadTodaySections();
  await prefetchSession(queryClient);
  const me = queryClient.getQueryData<MeView | null>(ME_KEY);
  if (me?.user.role !== 'client') return;
  const clientId = me.user.id;
  void queryClient.prefetchQuery({ queryKey: TODAY_KEY, queryFn: () => api.get<TodayView>('/api/today') });
  void queryClient.prefetchQuery({ queryKey: DUE_MEASURES_KEY, queryFn: () => api.get<{ due: DueMeasureView[] }>('/api/me/measures/due') });
  void queryClient.prefetchQuery({ queryKey: NEXT_APPOINTMENT_KEY, queryFn: () => api.get<{ appointment: AppointmentView | null }>('/api/me/next-appointment') });
  void queryClient.prefetchQuery({ queryKey: PENDING_FEEDBACK_KEY, queryFn: () => api.get<{ appointment: AppointmentView | null }>('/api/me/feedback/pending') });
  void queryClient.prefetchQuery({ queryKey: agendaKey(clientId), queryFn: () => api.get<AgendaView>(`/api/clients/${encodeURIComponent(clientId)}/agenda`) });
  void queryClient.prefetchQuery({ queryKey: settingsKey(clientId), queryFn: () => api.get<MonitoringSettings>(`/api/clients/${encodeURIComponent(clientId)}/monitoring-settings`) });
}
