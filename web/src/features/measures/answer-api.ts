import type { AnswerSessionView, Answers, ClientMeasuresView, DueMeasureView, SubmitResultView } from '@stepwise/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { TODAY_KEY } from '../assignments/assignments-api.ts';

export const MEASURES_KEY = ['measures'] as const;
export const DUE_MEASURES_KEY = ['measures', 'due'] as const;
export const myMeasuresKey = (clientId: string) => ['measures', 'mine', clientId] as const;
// Deliberately not under ['measures']: refreshing the lists after a submit must not refetch
// the session being shown (it would now answer "not due" under the thank-you screen).
const sessionKey = (scheduleId: string) => ['measure-session', scheduleId] as const;

export interface AnswerPayload {
  scheduleId: string;
  dueDate: string;
  answers: Answers;
}

export function useDueMeasures() {
  return useQuery({
    queryKey: DUE_MEASURES_KEY,
    queryFn: () => api.get<{ due: DueMeasureView[] }>('/api/me/measures/due'),
    select: (data) => data.due,
  });
}

export function useMyMeasures(clientId: string) {
  return useQuery({
    queryKey: myMeasuresKey(clientId),
    queryFn: () => api.get<ClientMeasuresView>(`/api/clients/${encodeURIComponent(clientId)}/measures`),
  });
}

/**
 * The form and the saved draft. Loaded fresh on every visit (gcTime 0) and never refetched
 * while open (staleTime Infinity): the page keeps the answers in its own state from then on.
 */
export function useAnswerSession(scheduleId: string) {
  return useQuery({
    queryKey: sessionKey(scheduleId),
    queryFn: () => api.get<AnswerSessionView>(`/api/me/measures/${encodeURIComponent(scheduleId)}/session`),
    staleTime: Infinity,
    gcTime: 0,
  });
}

export const saveDraft = (payload: AnswerPayload) => api.put<{ ok: boolean; answeredCount: number }>('/api/me/responses/draft', payload);

export function useSubmitResponse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (payload: AnswerPayload) => api.post<SubmitResultView>('/api/me/responses', payload),
    onSuccess: () => {
      // Today's card and the results page both change once a questionnaire is answered.
      void queryClient.invalidateQueries({ queryKey: MEASURES_KEY });
      void queryClient.invalidateQueries({ queryKey: TODAY_KEY });
    },
  });
}
