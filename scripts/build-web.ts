import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stamp = path.join(root, 'web/dist/index.html');
const inputs = ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'web/postcss.config.cjs', 'web/package.json', 'domain/src'];

function newest(p: string): number {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, entry)));
  return max;
}

/** True when web/dist is missing or older than any of its sources. */
export function webBuildIsStale(): boolean {
  const built = fs.statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return inputs.some((i) => newest(path.join(root, i)) > built);
}

/** Builds the web bundle with Vite when it is missing or stale. */
export async function ensureWebBuild(force = false): Promise<void> {
  if (!force && !webBuildIsStale()) return;
  console.log('Building the web app…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ root: path.join(root, 'web'), configFile: path.join(root, 'web/vite.config.ts'), logLevel: 'warn' });
  console.log(`Built the web app in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (import.meta.main) await ensureWebBuild(process.argv.includes('--force'));
