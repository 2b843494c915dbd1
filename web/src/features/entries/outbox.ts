import type { EntryData, EntryInput, EntryKind, EntryView } from '@stepwise/domain';
import { api, isApiError } from '../../app/api.ts';
import { type OutboxItem, put, readAll, remove } from './outbox-db.ts';

export type { OutboxItem };

// Every new entry goes through here: saved on the device first, then sent. The key made
// here is the entry's idempotency key, so a retry after a lost answer saves it only once.

type Listener = () => void;
type SentListener = (item: OutboxItem, entry: EntryView) => void;

let items: OutboxItem[] = [];
let loaded = false;
const listeners = new Set<Listener>();
const sentListeners = new Set<SentListener>();
// Other tabs of the app hear about changes, so their pending counts stay true.
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('stepwise-outbox');

function setItems(next: OutboxItem[]) {
  items = next.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  for (const l of listeners) l();
}

async function reload() {
  setItems(await readAll());
  loaded = true;
}

function changed() {
  channel?.postMessage('changed');
}

if (channel) channel.onmessage = () => void reload();

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (!loaded) void reload();
  return () => listeners.delete(listener);
}

export const snapshot = (): OutboxItem[] => items;

/** Called with each entry the server has acknowledged, so pages can refresh. */
export function onSent(listener: SentListener): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

const newKey = (): string =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 14)}`;

/** Saves an entry on this device and starts sending it. Returns its key, which names it until sent. */
export async function queueEntry<K extends EntryKind>(userId: string, kind: K, data: EntryData<K>, shared: boolean): Promise<string> {
  const key = newKey();
  const input = { kind, occurredAt: new Date().toISOString(), idempotencyKey: key, shared, data } as EntryInput;
  const item: OutboxItem = { key, userId, input, queuedAt: input.occurredAt, problem: null };
  await put(item);
  setItems([...items.filter((i) => i.key !== key), item]);
  changed();
  void flushOutbox(userId);
  return key;
}

/** Forgets an entry the server refused (the client chose to discard it). */
export async function discardEntry(key: string): Promise<void> {
  await remove(key);
  setItems(items.filter((i) => i.key !== key));
  changed();
}

/** A network failure, a server error, a lost session or throttling: worth trying again later. */
const isTemporary = (e: unknown) => !isApiError(e) || e.status === 0 || e.status >= 500 || e.status === 401 || e.status === 408 || e.status === 429;

async function sendAll(userId: string): Promise<void> {
  // Read again: another tab may have sent some of them meanwhile.
  const waiting = (await readAll()).filter((i) => i.userId === userId && i.problem === null).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  for (const item of waiting) {
    let entry: EntryView;
    try {
      entry = await api.post<EntryView>('/api/entries', item.input);
    } catch (e) {
      if (isTemporary(e)) break;
      await put({ ...item, problem: isApiError(e) ? e.message : String(e) });
      continue;
    }
    await remove(item.key);
    for (const l of sentListeners) l(item, entry);
  }
  await reload();
  changed();
}

let flushing: Promise<void> | null = null;
let again = false;

/** Sends this client's waiting entries, oldest first; stops at the first network failure. */
export function flushOutbox(userId: string): Promise<void> {
  if (flushing) {
    again = true;
    return flushing;
  }
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const once = () => (locks ? locks.request('stepwise-outbox', () => sendAll(userId)) : sendAll(userId));
  flushing = (async () => {
    do {
      again = false;
      await once();
    } while (again);
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}
