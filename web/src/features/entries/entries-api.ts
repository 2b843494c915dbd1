import type { EntryKind, EntryView, InsightRange, InsightsView, MonitoringSettings, TrackerView } from '@stepwise/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../app/api.ts';

export type TrackerType = TrackerView['type'];
export interface TrackerInput {
  name: string;
  type: TrackerType;
  category: TrackerView['category'];
}
export interface EntryFilter {
  from?: string;
  to?: string;
  kind?: EntryKind;
}

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;
const entryPath = (id: string) => `/api/entries/${encodeURIComponent(id)}`;

// Keys start with the client's id, so everything of one client can be refreshed at once.
export const entriesKey = (clientId: string, filter?: EntryFilter) => (filter ? (['entries', clientId, filter] as const) : (['entries', clientId] as const));
export const trackersKey = (clientId: string) => ['trackers', clientId] as const;
export const settingsKey = (clientId: string) => ['monitoring-settings', clientId] as const;
export const insightsKey = (clientId: string, range?: InsightRange) => (range ? (['insights', clientId, range] as const) : (['insights', clientId] as const));

export function useEntries(clientId: string, filter: EntryFilter, enabled = true) {
  return useQuery({
    queryKey: entriesKey(clientId, filter),
    queryFn: () => api.get<{ entries: EntryView[] }>(`${clientPath(clientId)}/entries${queryString({ ...filter })}`),
    select: (data) => data.entries,
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useTrackers(clientId: string) {
  return useQuery({
    queryKey: trackersKey(clientId),
    queryFn: () => api.get<{ trackers: TrackerView[] }>(`${clientPath(clientId)}/trackers`),
    select: (data) => data.trackers,
  });
}

export function useCreateTracker(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TrackerInput) => api.post<TrackerView>(`${clientPath(clientId)}/trackers`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: trackersKey(clientId) }),
  });
}

export function useArchiveTracker(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (trackerId: string) => api.post<{ ok: true }>(`/api/trackers/${encodeURIComponent(trackerId)}/archive`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: trackersKey(clientId) });
      void queryClient.invalidateQueries({ queryKey: insightsKey(clientId) });
    },
  });
}

export function useMonitoringSettings(clientId: string) {
  return useQuery({
    queryKey: settingsKey(clientId),
    queryFn: () => api.get<MonitoringSettings>(`${clientPath(clientId)}/monitoring-settings`),
  });
}

export function useSaveMonitoringSettings(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MonitoringSettings) => api.put<MonitoringSettings>(`${clientPath(clientId)}/monitoring-settings`, input),
    onSuccess: (saved) => queryClient.setQueryData(settingsKey(clientId), saved),
  });
}

/** After an edit or a delete: the client's lists and the charts made from them. */
function useRefreshEntries() {
  const queryClient = useQueryClient();
  return (clientId: string) => {
    void queryClient.invalidateQueries({ queryKey: entriesKey(clientId) });
    void queryClient.invalidateQueries({ queryKey: insightsKey(clientId) });
  };
}

export function useEditEntry(clientId: string) {
  const refresh = useRefreshEntries();
  return useMutation({
    mutationFn: ({ id, data, shared }: { id: string; data: object; shared: boolean }) => api.patch<EntryView>(entryPath(id), { data, shared }),
    onSuccess: () => refresh(clientId),
  });
}

export function useDeleteEntry(clientId: string) {
  const refresh = useRefreshEntries();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(entryPath(id)),
    onSuccess: () => refresh(clientId),
  });
}

export function useInsights(clientId: string, range: InsightRange) {
  return useQuery({
    queryKey: insightsKey(clientId, range),
    queryFn: () => api.get<InsightsView>(`${clientPath(clientId)}/insights${queryString({ range })}`),
    placeholderData: keepPreviousData,
  });
}
