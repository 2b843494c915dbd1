import type { AppointmentChangeInput, AppointmentInput, AppointmentView } from '@stepwise/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

export const appointmentsKey = (clientId: string) => ['appointments', clientId] as const;
export const NEXT_APPOINTMENT_KEY = ['next-appointment'] as const;

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/appointments`;
const appointmentPath = (id: string) => `/api/appointments/${encodeURIComponent(id)}`;

/** A client's sessions from 90 days back on (the server's default), cancelled ones included. */
export function useAppointments(clientId: string) {
  return useQuery({
    queryKey: appointmentsKey(clientId),
    queryFn: () => api.get<{ appointments: AppointmentView[] }>(clientPath(clientId)),
    select: (data) => data.appointments,
  });
}

/** The signed-in client's next session that has not ended, or null. */
export function useNextAppointment() {
  return useQuery({
    queryKey: NEXT_APPOINTMENT_KEY,
    queryFn: () => api.get<{ appointment: AppointmentView | null }>('/api/me/next-appointment'),
    select: (data) => data.appointment,
  });
}

/** Every change refetches the client's list: a series change touches several rows at once. */
function useAppointmentMutation<V, R>(clientId: string, fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: appointmentsKey(clientId) });
      void queryClient.invalidateQueries({ queryKey: NEXT_APPOINTMENT_KEY });
    },
  });
}

export function useBookAppointments(clientId: string) {
  return useAppointmentMutation(clientId, (input: AppointmentInput) =>
    api.post<{ appointments: AppointmentView[] }>(clientPath(clientId), input).then((r) => r.appointments),
  );
}

export function useRescheduleAppointment(clientId: string) {
  return useAppointmentMutation(clientId, ({ id, input }: { id: string; input: AppointmentChangeInput }) =>
    api.put<AppointmentView>(appointmentPath(id), input),
  );
}

export function useCancelAppointment(clientId: string) {
  return useAppointmentMutation(clientId, ({ id, scope }: { id: string; scope: 'one' | 'following' }) =>
    api.post<{ appointments: AppointmentView[] }>(`${appointmentPath(id)}/cancel`, { scope }).then((r) => r.appointments),
  );
}
