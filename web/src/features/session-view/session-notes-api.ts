import type { SessionNoteInput, SessionNoteView } from '@stepwise/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

export const sessionNotesKey = (clientId: string) => ['session-notes', clientId] as const;
const notesPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/session-notes`;

/** The care team's private notes about a client, newest first. */
export function useSessionNotes(clientId: string) {
  return useQuery({
    queryKey: sessionNotesKey(clientId),
    queryFn: () => api.get<{ notes: SessionNoteView[] }>(notesPath(clientId)),
    select: (data) => data.notes,
  });
}

export function useAddSessionNote(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SessionNoteInput) => api.post<SessionNoteView>(notesPath(clientId), input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sessionNotesKey(clientId) }),
  });
}

export function useEditSessionNote(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, text }: { id: string; text: string }) => api.put<SessionNoteView>(`/api/session-notes/${encodeURIComponent(id)}`, { text }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sessionNotesKey(clientId) }),
  });
}
