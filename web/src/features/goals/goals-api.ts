import type { GoalEdit, GoalFields, GoalView } from '@stepwise/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

export type GoalStatus = GoalView['status'];
export type GoalProposal = GoalView['proposals'][number];
export type GoalStep = GoalView['steps'][number];

export const goalsKey = (clientId: string) => ['goals', clientId] as const;
export const goalKey = (goalId: string) => ['goal', goalId] as const;
const goalPath = (goalId: string) => `/api/goals/${encodeURIComponent(goalId)}`;

export function useGoals(clientId: string) {
  return useQuery({
    queryKey: goalsKey(clientId),
    queryFn: () => api.get<{ goals: GoalView[] }>(`/api/clients/${encodeURIComponent(clientId)}/goals`),
    select: (data) => data.goals,
  });
}

export function useGoal(goalId: string) {
  return useQuery({ queryKey: goalKey(goalId), queryFn: () => api.get<GoalView>(goalPath(goalId)) });
}

/** Every goal change answers with the whole goal: keep it, and let lists and Today catch up. */
function useGoalMutation<V>(fn: (vars: V) => Promise<GoalView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (goal) => {
      queryClient.setQueryData(goalKey(goal.id), goal);
      void queryClient.invalidateQueries({ queryKey: goalsKey(goal.clientId) });
      void queryClient.invalidateQueries({ queryKey: ['today'] });
    },
  });
}

export function useProposeGoal(clientId: string) {
  return useGoalMutation((input: { fields: GoalFields; note: string }) =>
    api.post<GoalView>(`/api/clients/${encodeURIComponent(clientId)}/goals`, input),
  );
}

export function useProposeEdit(goalId: string) {
  return useGoalMutation((input: { changes: GoalEdit; note: string }) => api.post<GoalView>(`${goalPath(goalId)}/proposals`, input));
}

export function useAnswerProposal(goalId: string) {
  return useGoalMutation(({ proposalId, answer, note }: { proposalId: string; answer: 'accept' | 'decline'; note: string }) =>
    api.post<GoalView>(`${goalPath(goalId)}/proposals/${encodeURIComponent(proposalId)}/${answer}`, { note }),
  );
}

export function useGoalStatus(goalId: string) {
  return useGoalMutation((status: Exclude<GoalStatus, 'proposed'>) => api.post<GoalView>(`${goalPath(goalId)}/status`, { status }));
}

export function useAddStep(goalId: string) {
  return useGoalMutation((title: string) => api.post<GoalView>(`${goalPath(goalId)}/steps`, { title }));
}

export interface StepChange {
  stepId: string;
  title?: string;
  done?: boolean;
  position?: number;
}

export function useUpdateStep(goalId: string) {
  return useGoalMutation(({ stepId, ...change }: StepChange) =>
    api.patch<GoalView>(`${goalPath(goalId)}/steps/${encodeURIComponent(stepId)}`, change),
  );
}

export function useDeleteStep(goalId: string) {
  return useGoalMutation((stepId: string) => api.delete<GoalView>(`${goalPath(goalId)}/steps/${encodeURIComponent(stepId)}`));
}

export function useRateGoal(goalId: string) {
  return useGoalMutation((input: { level: number; note: string }) => api.post<GoalView>(`${goalPath(goalId)}/gas-ratings`, input));
}
