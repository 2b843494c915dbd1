import type { CaseloadView, SummaryView } from '@stepwise/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

export const CASELOAD_KEY = ['caseload'] as const;
export const summaryKey = (clientId: string) => ['summary', clientId] as const;

/** Every client on the therapist's care teams, with what needs attention. */
export function useCaseload() {
  return useQuery({
    queryKey: CASELOAD_KEY,
    queryFn: () => api.get<CaseloadView>('/api/caseload'),
    // The caseload is a glance at the day: refresh it when the therapist comes back to it.
    staleTime: 30_000,
  });
}

/** The one page before a session with one client. */
export function useSummary(clientId: string) {
  return useQuery({
    queryKey: summaryKey(clientId),
    queryFn: () => api.get<SummaryView>(`/api/clients/${encodeURIComponent(clientId)}/summary`),
  });
}
