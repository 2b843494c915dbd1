import type { AgendaItemInput, AgendaItemView, AgendaView, AppointmentView, ClientFeedbackView, FeedbackInput, FeedbackView } from '@stepwise/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

export const agendaKey = (clientId: string) => ['agenda', clientId] as const;
export const feedbackKey = (clientId: string) => ['feedback', clientId] as const;
export const PENDING_FEEDBACK_KEY = ['feedback-pending'] as const;

const agendaPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/agenda`;
const itemPath = (itemId: string) => `/api/agenda/${encodeURIComponent(itemId)}`;

/** A client's "For my next session" list: open items and the recently discussed ones. */
export function useAgenda(clientId: string) {
  return useQuery({ queryKey: agendaKey(clientId), queryFn: () => api.get<AgendaView>(agendaPath(clientId)) });
}

export function useAddAgendaItem(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AgendaItemInput) => api.post<AgendaItemView>(agendaPath(clientId), input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: agendaKey(clientId) }),
  });
}

/** The care team marks an item discussed; the list is refetched for whichever client it was. */
export function useMarkDiscussed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) => api.post<AgendaItemView>(`${itemPath(itemId)}/discussed`),
    onSuccess: (item) => void queryClient.invalidateQueries({ queryKey: agendaKey(item.clientId) }),
  });
}

/** The client removes one of their own items that has not been discussed yet. */
export function useDeleteAgendaItem(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) => api.delete<{ ok: true }>(itemPath(itemId)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: agendaKey(clientId) }),
  });
}

/** The session the signed-in client has not yet given feedback on, or null. */
export function usePendingFeedback() {
  return useQuery({
    queryKey: PENDING_FEEDBACK_KEY,
    queryFn: () => api.get<{ appointment: AppointmentView | null }>('/api/me/feedback/pending'),
    select: (data) => data.appointment,
  });
}

export function useSendFeedback() {
  return useMutation({ mutationFn: (input: FeedbackInput) => api.post<FeedbackView>('/api/me/feedback', input) });
}

/** Every feedback answer about a client's sessions, with the drop flag (care team). */
export function useClientFeedback(clientId: string) {
  return useQuery({
    queryKey: feedbackKey(clientId),
    queryFn: () => api.get<ClientFeedbackView>(`/api/clients/${encodeURIComponent(clientId)}/feedback`),
  });
}
