import type { NotificationPreferencesInput, NotificationPreferencesView, NotificationView } from '@stepwise/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

interface NotificationList {
  notifications: NotificationView[];
  unread: number;
}

// The bell and the page read the same list, so one request a minute feeds both.
const LIST_KEY = ['notifications', 'list'] as const;
const PREFERENCES_KEY = ['notifications', 'preferences'] as const;

/** How often the header's bell looks for new notifications, on every page. */
const POLL_MS = 60_000;

/** The person's delivered notifications (newest first, as the server orders them) and the unread count. */
export function useNotifications() {
  return useQuery({
    queryKey: LIST_KEY,
    queryFn: () => api.get<NotificationList>('/api/notifications'),
    refetchInterval: POLL_MS,
  });
}

/** Only the unread count, for the bell: it re-renders when the count changes, not the list. */
export function useUnreadNotificationCount() {
  return useQuery({
    queryKey: LIST_KEY,
    queryFn: () => api.get<NotificationList>('/api/notifications'),
    select: (data) => data.unread,
    refetchInterval: POLL_MS,
  });
}

/** Marks the item read at once in the cache: tapping it navigates away, and the badge should not lag behind. */
function markLocally(list: NotificationList | undefined, id: string | null, now: string): NotificationList | undefined {
  if (!list) return list;
  const notifications = list.notifications.map((n) => ((id === null || n.id === id) && n.readAt === null ? { ...n, readAt: now } : n));
  return { notifications, unread: notifications.filter((n) => n.readAt === null).length };
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<{ ok: true }>(`/api/notifications/${encodeURIComponent(id)}/read`),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: LIST_KEY });
      queryClient.setQueryData<NotificationList>(LIST_KEY, (list) => markLocally(list, id, new Date().toISOString()));
    },
    // Hook-level, so it still runs after the page has navigated to the notification's target.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: LIST_KEY }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/api/notifications/read-all'),
    onSuccess: () => queryClient.setQueryData<NotificationList>(LIST_KEY, (list) => markLocally(list, null, new Date().toISOString())),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: LIST_KEY }),
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: () => api.get<NotificationPreferencesView>('/api/account/notification-preferences'),
  });
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NotificationPreferencesInput) => api.put<NotificationPreferencesView>('/api/account/notification-preferences', input),
    onSuccess: (saved) => {
      queryClient.setQueryData(PREFERENCES_KEY, saved);
      // Showing clinical content changes what the list's bodies say.
      void queryClient.invalidateQueries({ queryKey: LIST_KEY });
      // Switching email on again ends a standing bounce (push-api.ts).
      void queryClient.invalidateQueries({ queryKey: ['account', 'email-bounce'] });
    },
  });
}
