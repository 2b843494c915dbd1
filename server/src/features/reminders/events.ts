import type { Db } from '../../db/connect.ts';
import { dropPending, scheduleNotification } from '../notifications/service.ts';

/**
 * Notifications for things that happen (not planned ahead): due at once, in the caller's
 * transaction, so the event and its notification are stored together or not at all.
 */

const messageKey = (clientId: string) => `msg:${clientId}:`;

/** A message from the care team: the client is told (never the text itself on a lock screen). */
export async function notifyMessage(db: Db, m: { id: string; clientId: string; authorName: string }, now: Date): Promise<void> {
  await scheduleNotification(
    db,
    { userId: m.clientId, kind: 'new_message', dueAt: now, dropAfter: null, title: 'New message', clinicalBody: `${m.authorName} sent you a message.`, url: '/messages', dedupeKey: `${messageKey(m.clientId)}${m.id}` },
    now,
  );
}

/** Reading the thread makes its waiting message notifications pointless (e.g. held for quiet hours). */
export function dropMessageNotifications(db: Db, clientId: string, now: Date): Promise<number> {
  return dropPending(db, [messageKey(clientId)], 'thread already read', now, clientId);
}

export async function notifyResource(db: Db, r: { clientId: string; resourceId: string; title: string; sharedByName: string }, now: Date): Promise<void> {
  await scheduleNotification(
    db,
    {
      userId: r.clientId,
      kind: 'new_resource',
      dueAt: now,
      dropAfter: null,
      title: 'New in your library',
      clinicalBody: `${r.sharedByName} shared "${r.title}" with you.`,
      url: `/my-resources/${r.resourceId}`,
      dedupeKey: `res:${r.clientId}:${r.resourceId}`,
    },
    now,
  );
}

export async function notifyEncouragement(db: Db, e: { id: string; clientId: string; fromName: string; message: string }, now: Date): Promise<void> {
  await scheduleNotification(
    db,
    { userId: e.clientId, kind: 'encouragement', dueAt: now, dropAfter: null, title: 'A note for you', clinicalBody: `${e.fromName}: ${e.message}`, url: '/today', dedupeKey: `enc:${e.clientId}:${e.id}` },
    now,
  );
}
