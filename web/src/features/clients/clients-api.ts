import type { ClientDetail, ClientListItem, TherapistListItem } from '@stepwise/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

export const CLIENTS_KEY = ['clients'] as const;
export const clientKey = (id: string) => ['client', id] as const;
const clientPath = (id: string) => `/api/clients/${encodeURIComponent(id)}`;

export function useClients() {
  return useQuery({
    queryKey: CLIENTS_KEY,
    queryFn: () => api.get<{ clients: ClientListItem[] }>('/api/clients'),
    select: (data) => data.clients,
  });
}

export function useClient(id: string, enabled = true) {
  return useQuery({ queryKey: clientKey(id), queryFn: () => api.get<ClientDetail>(clientPath(id)), enabled });
}

export function useTherapists() {
  return useQuery({
    queryKey: ['therapists'],
    queryFn: () => api.get<{ therapists: TherapistListItem[] }>('/api/therapists'),
    select: (data) => data.therapists,
  });
}

export function useAddToCareTeam(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (therapistId: string) =>
      api.post<ClientDetail>(`${clientPath(clientId)}/care-team`, { therapistId }),
    onSuccess: (detail) => queryClient.setQueryData(clientKey(clientId), detail),
  });
}

export function useRemoveFromCareTeam(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (therapistId: string) =>
      api.delete<ClientDetail>(`${clientPath(clientId)}/care-team/${encodeURIComponent(therapistId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CLIENTS_KEY }),
  });
}
