import { type Compilable, CompiledQuery, type QueryResult } from 'kysely';
import type { Db } from './connect.ts';

class Slot {
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
}

type Read<I> = (input: I) => unknown;

/**
 * A query built and compiled once per database, then run with new values: for the few
 * statements on every request's path (the session lookup, a check-in's insert), where
 * Kysely's building and compiling cost more than SQLite's running them (~20 µs a query).
 *
 * `build` receives stand-ins for the values and must use them only as values (no `if` or
 * `??` on them): it runs once, and later calls only bind `params` in the same places.
 */
export function prepared<P extends object, R>(build: (db: Db, params: P) => Compilable<R>): (db: Db, params: P) => Promise<QueryResult<R>> {
  return preparedWith<P, R>(
    (db, slot) => build(db, new Proxy({}, { get: (_, name) => slot(String(name)) }) as P),
    (name) => (params) => (params as Record<string, unknown>)[name],
  );
}

/**
 * The same with named stand-ins made by `slot(name)`, and `read(name)` saying once, at
 * compile time, where each name's value is found in the input (e.g. `3:id` in a list of rows).
 */
export function preparedWith<I, R>(
  build: (db: Db, slot: (name: string) => never) => Compilable<R>,
  read: (name: string) => Read<I>,
): (db: Db, input: I) => Promise<QueryResult<R>> {
  // Keyed by the dialect's adapter, which a database and its transactions share.
  const cache = new WeakMap<object, { sql: string; reads: Array<Read<I>> }>();
  return async (db, input) => {
    const key = db.getExecutor().adapter;
    let compiled = cache.get(key);
    if (!compiled) {
      const query = build(db, (name) => new Slot(name) as never).compile();
      const reads = query.parameters.map((v): Read<I> => {
        if (!(v instanceof Slot)) return () => v;
        const value = read(v.name);
        return (i) => {
          const found = value(i);
          if (found === undefined) throw new Error(`prepared query: no value for ${v.name}`);
          return found;
        };
      });
      compiled = { sql: query.sql, reads };
      cache.set(key, compiled);
    }
    const parameters = compiled.reads.map((r) => r(input));
    return db.executeQuery(CompiledQuery.raw(compiled.sql, parameters) as CompiledQuery<R>);
  };
}
