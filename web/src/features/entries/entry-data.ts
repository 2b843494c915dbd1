import { type EntryData, entryDataByKind, type EntryKind, type EntryView } from '@stepwise/domain';

// Apart from entry-values.ts: reading through the schemas needs zod, which the client's
// first screen (mood check-in, Today) does not otherwise load.

/** The entry's data, read through its schema; null if it does not fit (never expected). */
export function dataOf<K extends EntryKind>(entry: Pick<EntryView, 'kind' | 'data'>, kind: K): EntryData<K> | null {
  if (entry.kind !== kind) return null;
  const parsed = entryDataByKind[kind].safeParse(entry.data);
  return parsed.success ? (parsed.data as EntryData<K>) : null;
}
