import type { InboxItemView, MessageView, MessagingStatusView, ThreadView, UnreadCountView } from '@stepwise/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

const threadPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/messages`;

// Every key starts with 'messages', so one send or open refreshes the thread, the inbox
// and the unread badges together.
const threadKey = (clientId: string) => ['messages', 'thread', clientId] as const;
const INBOX_KEY = ['messages', 'inbox'] as const;
const TEAM_UNREAD_KEY = ['messages', 'unread', 'team'] as const;
const MY_UNREAD_KEY = ['messages', 'unread', 'me'] as const;
const REPLY_TIME_KEY = ['reply-time'] as const;

/** How often an open thread looks for new messages. */
const THREAD_POLL_MS = 30_000;
/** How often the navigation badge looks, on every page. */
const BADGE_POLL_MS = 60_000;

/** The thread; opening it marks the other side's messages read, so the badges refresh after. */
export function useThread(clientId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: threadKey(clientId),
    queryFn: async () => {
      const thread = await api.get<ThreadView>(threadPath(clientId));
      if (thread.unreadCount > 0) {
        void queryClient.invalidateQueries({ queryKey: ['messages', 'unread'] });
        void queryClient.invalidateQueries({ queryKey: INBOX_KEY });
      }
      return thread;
    },
    refetchInterval: THREAD_POLL_MS,
  });
}

export function useSendMessage(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<MessageView>(threadPath(clientId), { body }),
    onSuccess: (message) => {
      queryClient.setQueryData<ThreadView>(threadKey(clientId), (thread) => (thread ? { ...thread, messages: [...thread.messages, message] } : thread));
      void queryClient.invalidateQueries({ queryKey: INBOX_KEY });
    },
    // A 409 means the team paused messaging meanwhile: the thread should say so.
    onError: () => void queryClient.invalidateQueries({ queryKey: threadKey(clientId) }),
  });
}

export function useSetPaused(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (paused: boolean) =>
      api.post<MessagingStatusView>(`/api/clients/${encodeURIComponent(clientId)}/messaging/${paused ? 'pause' : 'resume'}`),
    onSuccess: (status) => {
      queryClient.setQueryData<ThreadView>(threadKey(clientId), (thread) => (thread ? { ...thread, ...status } : thread));
      void queryClient.invalidateQueries({ queryKey: INBOX_KEY });
    },
  });
}

export function useInbox() {
  return useQuery({
    queryKey: INBOX_KEY,
    queryFn: () => api.get<{ clients: InboxItemView[] }>('/api/messages/inbox'),
    select: (data) => data.clients,
    refetchInterval: BADGE_POLL_MS,
  });
}

/** Client messages waiting for the therapist's care teams, for the navigation. */
export function useTeamUnreadCount() {
  return useQuery({
    queryKey: TEAM_UNREAD_KEY,
    queryFn: () => api.get<UnreadCountView>('/api/messages/unread'),
    select: (data) => data.count,
    refetchInterval: BADGE_POLL_MS,
  });
}

/** The team's messages the client has not opened yet, for the More page. */
export function useMyUnreadCount() {
  return useQuery({
    queryKey: MY_UNREAD_KEY,
    queryFn: () => api.get<UnreadCountView>('/api/me/messages/unread'),
    select: (data) => data.count,
    refetchInterval: BADGE_POLL_MS,
  });
}

export function useReplyTime() {
  return useQuery({
    queryKey: REPLY_TIME_KEY,
    queryFn: () => api.get<{ text: string }>('/api/account/reply-time'),
    select: (data) => data.text,
  });
}

export function useSaveReplyTime() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.put<{ text: string }>('/api/account/reply-time', { text }),
    onSuccess: (saved) => queryClient.setQueryData(REPLY_TIME_KEY, saved),
  });
}
