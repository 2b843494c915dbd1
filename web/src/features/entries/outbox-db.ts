import type { EntryInput } from '@stepwise/domain';

/** An entry saved on this device and not yet acknowledged by the server. */
export interface OutboxItem {
  /** The entry's idempotency key, made here; also the item's key in the store. */
  key: string;
  /** Whose entry it is: only the signed-in client's items are sent. */
  userId: string;
  input: EntryInput;
  queuedAt: string;
  /** The server refused it (not a network problem): it is kept for the client to see, not retried. */
  problem: string | null;
}

const DB_NAME = 'stepwise';
const STORE = 'outbox';

let opening: Promise<IDBDatabase | null> | null = null;
// Where IndexedDB is missing or refused (some private modes), entries live in memory until sent.
const memory = new Map<string, OutboxItem>();

function open(): Promise<IDBDatabase | null> {
  opening ??= new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return opening;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const db = await open();
  if (!db) return undefined;
  const tx = db.transaction(STORE, mode);
  // A write counts once its transaction has committed, not when the request succeeded.
  const committed = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
  // Observed now too, so a failed request does not leave an unhandled rejection behind.
  committed.catch(() => undefined);
  const result = await done(act(tx.objectStore(STORE)));
  await committed;
  return result;
}

export async function readAll(): Promise<OutboxItem[]> {
  try {
    const stored = await run('readonly', (s) => s.getAll() as IDBRequest<OutboxItem[]>);
    return [...(stored ?? []), ...memory.values()];
  } catch {
    return [...memory.values()];
  }
}

export async function put(item: OutboxItem): Promise<void> {
  try {
    const stored = await run('readwrite', (s) => s.put(item));
    if (stored !== undefined) return;
  } catch {
    // Quota or a broken store: keep it in memory rather than lose it.
  }
  memory.set(item.key, item);
}

export async function remove(key: string): Promise<void> {
  memory.delete(key);
  try {
    await run('readwrite', (s) => s.delete(key));
  } catch {
    // Already gone, or the store is unusable; nothing more to do.
  }
}
