import type { EntryData, EntryKind } from '@stepwise/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useSession } from '../../app/session.tsx';
import { flushOutbox, onSent, type OutboxItem, queueEntry, snapshot, subscribe } from './outbox.ts';

/** The signed-in client's entries that are saved on this device and not yet sent. */
export function useOutbox(): OutboxItem[] {
  const me = useSession();
  const all = useSyncExternalStore(subscribe, snapshot);
  return useMemo(() => all.filter((i) => i.userId === me.user.id), [all, me.user.id]);
}

/** Whether the browser thinks it is online; follows the online and offline events. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (notify) => {
      window.addEventListener('online', notify);
      window.addEventListener('offline', notify);
      return () => {
        window.removeEventListener('online', notify);
        window.removeEventListener('offline', notify);
      };
    },
    () => navigator.onLine,
  );
}

/** Saves a new entry through the outbox; resolves with its key as soon as it is on the device. */
export function useQueueEntry() {
  const me = useSession();
  return useCallback(<K extends EntryKind>(kind: K, data: EntryData<K>, shared: boolean) => queueEntry(me.user.id, kind, data, shared), [me.user.id]);
}

const RETRY_MS = 30_000;

/**
 * Keeps the outbox moving for the signed-in client: on start, when the browser comes back
 * online, when the app comes back to the foreground, and every half minute while entries
 * wait (the online event does not fire when only the server was unreachable).
 */
export function useOutboxSync() {
  const me = useSession();
  const queryClient = useQueryClient();
  const waiting = useOutbox().filter((i) => i.problem === null).length;
  const userId = me.user.id;

  useEffect(() => {
    const flush = () => void flushOutbox(userId);
    const visible = () => {
      if (document.visibilityState === 'visible') flush();
    };
    flush();
    window.addEventListener('online', flush);
    document.addEventListener('visibilitychange', visible);
    const stop = onSent(() => {
      void queryClient.invalidateQueries({ queryKey: ['entries', userId] });
      void queryClient.invalidateQueries({ queryKey: ['insights', userId] });
    });
    return () => {
      window.removeEventListener('online', flush);
      document.removeEventListener('visibilitychange', visible);
      stop();
    };
  }, [userId, queryClient]);

  useEffect(() => {
    if (waiting === 0) return;
    const timer = window.setInterval(() => {
      if (navigator.onLine) void flushOutbox(userId);
    }, RETRY_MS);
    return () => window.clearInterval(timer);
  }, [waiting, userId]);
}
