import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The client's first screen (Today, the mood check-in) imports its domain values from these
// modules; with `sideEffects: false` the bundler can then leave zod and every schema out of
// that screen's chunks. A value import of a schema module here would quietly bring them back.
const SCHEMA_FREE = ['limits.ts', 'entry-kinds.ts', 'schedule-dates.ts', 'time.ts', 'time-zone.ts', 'adherence.ts'];
const src = path.resolve(import.meta.dirname, '../src');

/** Every module a module loads at run time (type-only imports are erased), followed through;
 * local modules by their path under src/, packages by name. */
function runtimeImports(file: string, seen = new Set<string>()): Set<string> {
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) {
    const spec = m[1] ?? '';
    const target = spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : spec;
    if (seen.has(target)) continue;
    seen.add(target);
    if (spec.startsWith('.')) runtimeImports(target, seen);
  }
  return seen;
}

const loadedBy = (name: string) => [...runtimeImports(path.join(src, name))].map((f) => (path.isAbsolute(f) ? path.relative(src, f) : f));

describe('modules the first screen imports', () => {
  it.each(SCHEMA_FREE)('%s loads neither zod nor a schema module', (name) => {
    const loaded = loadedBy(name);
    expect(loaded.filter((f) => !SCHEMA_FREE.includes(f))).toEqual([]);
  });

  it('notices a schema module', () => {
    const loaded = loadedBy('agenda.ts');
    expect(loaded).toContain('zod');
    expect(loaded).toContain('entry-kinds.ts');
  });
});
