import type { Db } from '../../db/connect.ts';
import { preparedWith } from '../../db/prepared.ts';
import type { EntryTable } from '../../db/types.ts';

/**
 * Group commit for new entries. Check-ins that arrive together (in one turn of the event
 * loop) are written by one multi-row INSERT, one statement and one commit, and each caller
 * is answered only after that commit, so an acknowledged entry is exactly as durable as
 * before. A commit costs more than a row: on SQLite each commit appends every page it touched
 * to the WAL (about five pages for an entry and its three indexes) and brings the next
 * checkpoint, with its fsyncs, nearer; on PostgreSQL each commit waits for a WAL flush.
 * If the batch statement fails, every row is tried again on its own, so one bad row fails
 * only its own request.
 */
const MAX_BATCH = 64;

type Waiting = { row: EntryTable; resolve: (inserted: boolean) => void; reject: (error: unknown) => void };
const queues = new WeakMap<Db, Waiting[]>();

/** Inserts the entry unless its (client, idempotency key) is taken; true when it was inserted. */
export function insertEntry(db: Db, row: EntryTable): Promise<boolean> {
  // Inside a caller's transaction the row must be written by that transaction.
  if (db.isTransaction) return insertOne(db, row);
  return new Promise((resolve, reject) => {
    let queue = queues.get(db);
    if (!queue) {
      queue = [];
      queues.set(db, queue);
      setImmediate(() => void flush(db));
    }
    queue.push({ row, resolve, reject });
  });
}

async function flush(db: Db): Promise<void> {
  const waiting = queues.get(db) ?? [];
  queues.delete(db);
  for (let i = 0; i < waiting.length; i += MAX_BATCH) {
    const batch = waiting.slice(i, i + MAX_BATCH);
    if (batch.length === 1) {
      await settle(batch[0]!, insertOne(db, batch[0]!.row));
      continue;
    }
    let insertedIds: Set<string>;
    try {
      const { rows } = await insertManyQuery(batch.length)(
        db,
        batch.map((w) => w.row),
      );
      insertedIds = new Set(rows.map((r) => r.id));
    } catch {
      // Nothing of a failed statement is kept; each row on its own finds its own answer.
      await Promise.all(batch.map((w) => settle(w, insertOne(db, w.row))));
      continue;
    }
    for (const w of batch) w.resolve(insertedIds.has(w.row.id));
  }
}

async function settle(w: Waiting, result: Promise<boolean>): Promise<void> {
  try {
    w.resolve(await result);
  } catch (error) {
    w.reject(error);
  }
}

const COLUMNS = [
  'id',
  'client_id',
  'kind',
  'occurred_at',
  'local_date',
  'local_time',
  'time_zone',
  'shared',
  'data',
  'idempotency_key',
  'created_at',
  'updated_at',
  'deleted_at',
] as const satisfies ReadonlyArray<keyof EntryTable>;

type Column = (typeof COLUMNS)[number];
const rowOf = (slot: (name: string) => never, prefix: string) => Object.fromEntries(COLUMNS.map((c) => [c, slot(`${prefix}${c}`)])) as unknown as EntryTable;

// Compiled once per batch size (db/prepared.ts), so a batch costs no query building.
const insertOneQuery = preparedWith(
  (db, slot) =>
    db
      .insertInto('entries')
      .values(rowOf(slot, ''))
      .onConflict((oc) => oc.columns(['client_id', 'idempotency_key']).doNothing()),
  (name) => (row: EntryTable) => row[name as Column],
);

const insertMany = new Map<number, ReturnType<typeof manyRows>>();
const manyRows = (size: number) =>
  preparedWith(
    (db, slot) =>
      db
        .insertInto('entries')
        .values(Array.from({ length: size }, (_, n) => rowOf(slot, `${n}:`)))
        .onConflict((oc) => oc.columns(['client_id', 'idempotency_key']).doNothing())
        .returning('id'),
    (name) => {
      const [n, column] = name.split(':');
      const index = Number(n);
      return (rows: EntryTable[]) => rows[index]?.[column as Column];
    },
  );
function insertManyQuery(size: number) {
  let query = insertMany.get(size);
  if (!query) insertMany.set(size, (query = manyRows(size)));
  return query;
}

async function insertOne(db: Db, row: EntryTable): Promise<boolean> {
  return Number((await insertOneQuery(db, row)).numAffectedRows ?? 0) > 0;
}
