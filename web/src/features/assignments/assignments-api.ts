import type { AdherenceView, AssignmentDetail, AssignmentInput, AssignmentView, CheckInInput, CheckInView, TodayView } from '@stepwise/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

export type AssignmentStatus = AssignmentView['status'];
export type AssignmentKind = AssignmentView['kind'];
export type ScheduleView = AssignmentView['schedule'];
export type Encouragement = TodayView['encouragements'][number];

/** An action step as sent: once on a date or weekly, maybe with an if-then plan. */
export interface ActionStepInput {
  title: string;
  schedule: AssignmentInput['schedule'];
  ifThen: { if: string; then: string } | null;
  goalId: string | null;
  stepId: string | null;
}

export interface ReviewInput {
  decision: 'continue' | 'adjust' | 'complete';
  note: string;
  changes?: Partial<AssignmentInput>;
}

export const assignmentsKey = (clientId: string) => ['assignments', clientId] as const;
export const assignmentKey = (id: string) => ['assignment', id] as const;
export const TODAY_KEY = ['today'] as const;
const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;
const assignmentPath = (id: string) => `/api/assignments/${encodeURIComponent(id)}`;

export function useAssignments(clientId: string) {
  return useQuery({
    queryKey: assignmentsKey(clientId),
    queryFn: () => api.get<{ assignments: AssignmentView[]; overall: AdherenceView }>(`${clientPath(clientId)}/assignments`),
  });
}

export function useAssignment(id: string) {
  return useQuery({ queryKey: assignmentKey(id), queryFn: () => api.get<AssignmentDetail>(assignmentPath(id)) });
}

export function useToday() {
  return useQuery({ queryKey: TODAY_KEY, queryFn: () => api.get<TodayView>('/api/today') });
}

/** After any change to a client's plan: its lists, Today and the goals that count its steps. */
function useRefreshPlan() {
  const queryClient = useQueryClient();
  return (clientId: string, detail?: AssignmentDetail) => {
    if (detail) queryClient.setQueryData(assignmentKey(detail.id), detail);
    void queryClient.invalidateQueries({ queryKey: assignmentsKey(clientId) });
    void queryClient.invalidateQueries({ queryKey: TODAY_KEY });
  };
}

export function useCreateAssignment(clientId: string) {
  const refresh = useRefreshPlan();
  return useMutation({
    mutationFn: (input: AssignmentInput) => api.post<AssignmentDetail>(`${clientPath(clientId)}/assignments`, input),
    onSuccess: (detail) => refresh(clientId, detail),
  });
}

export function useActionSteps(clientId: string) {
  const refresh = useRefreshPlan();
  return useMutation({
    mutationFn: (steps: ActionStepInput[]) => api.post<{ assignments: AssignmentView[] }>(`${clientPath(clientId)}/action-steps`, { steps }),
    onSuccess: () => refresh(clientId),
  });
}

export function useConfirmAssignment() {
  const refresh = useRefreshPlan();
  return useMutation({
    mutationFn: (id: string) => api.post<AssignmentDetail>(`${assignmentPath(id)}/confirm`),
    onSuccess: (detail) => refresh(detail.clientId, detail),
  });
}

export function useCheckIn(clientId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshPlan();
  return useMutation({
    mutationFn: ({ assignmentId, input }: { assignmentId: string; input: CheckInInput }) =>
      api.post<{ checkIn: CheckInView; suggestSmaller: boolean }>(`${assignmentPath(assignmentId)}/check-ins`, input),
    onSuccess: (_answer, { assignmentId }) => {
      void queryClient.invalidateQueries({ queryKey: assignmentKey(assignmentId) });
      refresh(clientId);
    },
  });
}

export function useReview(assignmentId: string) {
  const refresh = useRefreshPlan();
  return useMutation({
    mutationFn: (input: ReviewInput) => api.post<AssignmentDetail>(`${assignmentPath(assignmentId)}/reviews`, input),
    onSuccess: (detail) => refresh(detail.clientId, detail),
  });
}

export interface EncouragementInput {
  message: string;
  targetType: 'assignment' | 'check_in' | 'goal' | 'goal_step';
  targetId: string;
}

export function useEncourage(clientId: string) {
  return useMutation({
    mutationFn: (input: EncouragementInput) => api.post<Encouragement>(`${clientPath(clientId)}/encouragements`, input),
  });
}

export function useMarkEncouragementSeen() {
  return useMutation({
    mutationFn: (id: string) => api.post<{ ok: true }>(`/api/encouragements/${encodeURIComponent(id)}/seen`),
  });
}
