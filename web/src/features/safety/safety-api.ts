import type { AlertView, CrisisSettings, CrisisView, SafetyPlan, SafetyPlanView } from '@stepwise/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

/** safetyPlanVersionView in the domain: one saved version of the plan. */
export type SafetyPlanVersionView = SafetyPlanView & { id: string };
export type AlertStatus = 'open' | 'all';

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;

// Every alert list starts with 'alerts', so one acknowledgement refreshes the lists, the
// client's tab and the badge in the navigation together.
export const alertsKey = (status: AlertStatus) => ['alerts', status] as const;
const clientAlertsKey = (clientId: string) => ['alerts', 'client', clientId] as const;
const planKey = (clientId: string) => ['safety-plan', clientId] as const;
const versionsKey = (clientId: string) => ['safety-plan', clientId, 'versions'] as const;
const CRISIS_KEY = ['crisis'] as const;
const CRISIS_SETTINGS_KEY = ['crisis-settings'] as const;
const INSTRUCTIONS_KEY = ['crisis-instructions'] as const;

export function useMyCrisis() {
  return useQuery({
    queryKey: CRISIS_KEY,
    queryFn: () => api.get<CrisisView>('/api/me/crisis'),
    // One quick try: when it fails the page shows general lines instead of waiting.
    retry: 1,
  });
}

export function useSafetyPlan(clientId: string, enabled = true) {
  return useQuery({
    queryKey: planKey(clientId),
    queryFn: () => api.get<SafetyPlanView>(`${clientPath(clientId)}/safety-plan`),
    enabled,
  });
}

export function useSafetyPlanVersions(clientId: string) {
  return useQuery({
    queryKey: versionsKey(clientId),
    queryFn: () => api.get<{ versions: SafetyPlanVersionView[] }>(`${clientPath(clientId)}/safety-plan/versions`),
    select: (data) => data.versions,
  });
}

export function useSaveSafetyPlan(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { plan: SafetyPlan; baseVersion: number }) =>
      api.put<SafetyPlanView>(`${clientPath(clientId)}/safety-plan`, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(planKey(clientId), saved);
      void queryClient.invalidateQueries({ queryKey: versionsKey(clientId) });
      // The crisis page shows the plan too.
      void queryClient.invalidateQueries({ queryKey: CRISIS_KEY });
    },
  });
}

export function useAlerts(status: AlertStatus) {
  return useQuery({
    queryKey: alertsKey(status),
    queryFn: () => api.get<{ alerts: AlertView[] }>(`/api/alerts?status=${status}`),
    select: (data) => data.alerts,
  });
}

/** How many alerts wait for someone on the care team; checked every minute for the navigation. */
export function useOpenAlertCount() {
  return useQuery({
    queryKey: alertsKey('open'),
    queryFn: () => api.get<{ alerts: AlertView[] }>('/api/alerts?status=open'),
    select: (data) => data.alerts.length,
    refetchInterval: 60_000,
  });
}

export function useClientAlerts(clientId: string) {
  return useQuery({
    queryKey: clientAlertsKey(clientId),
    queryFn: () => api.get<{ alerts: AlertView[] }>(`${clientPath(clientId)}/alerts`),
    select: (data) => data.alerts,
  });
}

export function useAcknowledgeAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ alertId, note }: { alertId: string; note: string }) =>
      api.post<AlertView>(`/api/alerts/${encodeURIComponent(alertId)}/acknowledge`, { note }),
    // Also after a 409: someone else acknowledged it, and the lists should say so.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['alerts'] }),
  });
}

export function useCrisisSettings() {
  return useQuery({ queryKey: CRISIS_SETTINGS_KEY, queryFn: () => api.get<CrisisSettings>('/api/practice/crisis-lines') });
}

export function useSaveCrisisSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CrisisSettings) => api.put<CrisisSettings>('/api/practice/crisis-lines', input),
    onSuccess: (saved) => queryClient.setQueryData(CRISIS_SETTINGS_KEY, saved),
  });
}

export function useCrisisInstructions() {
  return useQuery({
    queryKey: INSTRUCTIONS_KEY,
    queryFn: () => api.get<{ text: string }>('/api/account/crisis-instructions'),
    select: (data) => data.text,
  });
}

export function useSaveCrisisInstructions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.put<{ text: string }>('/api/account/crisis-instructions', { text }),
    onSuccess: (saved) => queryClient.setQueryData(INSTRUCTIONS_KEY, saved),
  });
}
