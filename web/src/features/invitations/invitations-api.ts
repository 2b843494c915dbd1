import type { InvitationPreview, InvitationView, MeView, Role } from '@stepwise/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

export const INVITATIONS_KEY = ['invitations'] as const;

export interface InvitationCreate {
  name: string;
  email: string;
  role: Role;
}

export interface InvitationAccept {
  token: string;
  name: string;
  password: string;
  timeZone: string;
  acceptPrivacy: true;
}

export function useInvitations() {
  return useQuery({
    queryKey: INVITATIONS_KEY,
    queryFn: () => api.get<{ invitations: InvitationView[] }>('/api/invitations'),
    select: (data) => data.invitations,
  });
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitationCreate) => api.post<InvitationView>('/api/invitations', input),
    // Settled, not success: when only the email fails (mail_failed), the invitation exists.
    onSettled: () => queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY }),
  });
}

export function useInvitationAction(action: 'resend' | 'revoke') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<InvitationView>(`/api/invitations/${encodeURIComponent(id)}/${action}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY }),
  });
}

/** A POST because the token must not appear in a URL, but it only reads. */
export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => api.post<InvitationPreview>('/api/invitations/preview', { token }),
    enabled: token.length > 0,
    retry: false,
    staleTime: Infinity,
  });
}

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (input: InvitationAccept) => api.post<MeView>('/api/invitations/accept', input),
  });
}
