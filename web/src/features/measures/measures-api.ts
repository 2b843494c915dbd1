import type {
  ClientMeasuresView,
  CustomQuestionnaire,
  InstrumentInfoView,
  MeasureScheduleInput,
  MeasureScheduleView,
  QuestionnaireView,
} from '@stepwise/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

export const INSTRUMENTS_KEY = ['instruments'] as const;
export const QUESTIONNAIRES_KEY = ['questionnaires'] as const;
export const clientMeasuresKey = (clientId: string) => ['client-measures', clientId] as const;
const questionnairePath = (id: string) => `/api/questionnaires/${encodeURIComponent(id)}`;

/** The validated instruments. They are code on the server, so they never change while the app runs. */
export function useInstruments() {
  return useQuery({
    queryKey: INSTRUMENTS_KEY,
    queryFn: () => api.get<{ instruments: InstrumentInfoView[] }>('/api/instruments'),
    select: (data) => data.instruments,
    staleTime: Infinity,
  });
}

/** A client's schedules, instrument series and custom questionnaire answers. */
export function useClientMeasures(clientId: string) {
  return useQuery({
    queryKey: clientMeasuresKey(clientId),
    queryFn: () => api.get<ClientMeasuresView>(`/api/clients/${encodeURIComponent(clientId)}/measures`),
  });
}

function useMeasuresChanged(clientId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: clientMeasuresKey(clientId) });
}

export function useScheduleMeasure(clientId: string) {
  const changed = useMeasuresChanged(clientId);
  return useMutation({
    mutationFn: (input: MeasureScheduleInput) =>
      api.post<MeasureScheduleView>(`/api/clients/${encodeURIComponent(clientId)}/measure-schedules`, input),
    onSuccess: changed,
  });
}

export function useEndMeasureSchedule(clientId: string) {
  const changed = useMeasuresChanged(clientId);
  return useMutation({
    mutationFn: (scheduleId: string) => api.post<MeasureScheduleView>(`/api/measure-schedules/${encodeURIComponent(scheduleId)}/end`),
    onSuccess: changed,
  });
}

/** The therapist's own questionnaires (archived ones are left out by the server). */
export function useQuestionnaires() {
  return useQuery({
    queryKey: QUESTIONNAIRES_KEY,
    queryFn: () => api.get<{ questionnaires: QuestionnaireView[] }>('/api/questionnaires'),
    select: (data) => data.questionnaires,
  });
}

/** Creates (id null) or saves a new version of a questionnaire. */
export function useSaveQuestionnaire(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CustomQuestionnaire) =>
      id ? api.put<QuestionnaireView>(questionnairePath(id), input) : api.post<QuestionnaireView>('/api/questionnaires', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: QUESTIONNAIRES_KEY }),
  });
}

export function useArchiveQuestionnaire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(questionnairePath(id)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: QUESTIONNAIRES_KEY }),
  });
}
