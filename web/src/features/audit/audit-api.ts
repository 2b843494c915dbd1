import type { AuditPage, PracticePerson } from '@stepwise/domain';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../app/api.ts';

export interface AuditFilters {
  clientId: string | null;
  from: string;
  to: string;
}

const PAGE_SIZE = 50;

export function useAuditLog(filters: AuditFilters, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>(
        `/api/audit${queryString({
          clientId: filters.clientId,
          from: filters.from,
          to: filters.to,
          before: pageParam,
          limit: PAGE_SIZE,
        })}`,
      ),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    enabled,
  });
}

export function usePeople() {
  return useQuery({
    queryKey: ['people'],
    queryFn: () => api.get<{ people: PracticePerson[] }>('/api/practice/people'),
    select: (data) => data.people,
  });
}
