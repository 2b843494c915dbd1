import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureWebBuild } from './build-web.ts';

// `npm test`: unit tests, the server suite on SQLite (and on PostgreSQL when
// TEST_DATABASE_URL is set), then the web build and the end-to-end journeys.
// Prints a count per suite and a closing "N passed, N failed" line.
const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });

const projects = ['domain', 'server-sqlite', ...(process.env.TEST_DATABASE_URL ? ['server-postgres'] : []), 'e2e'];
const only = process.argv.slice(2);
const counts: Array<{ project: string; passed: number; failed: number; skipped: number }> = [];
let failed = false;

for (const project of projects.filter((p) => only.length === 0 || only.includes(p))) {
  if (project === 'e2e') await ensureWebBuild();
  const out = path.join(results, `${project}.json`);
  fs.rmSync(out, { force: true });
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    { cwd: root, stdio: 'inherit' },
  );
  const report = fs.existsSync(out)
    ? (JSON.parse(fs.readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number; numFailedTestSuites: number; numPendingTests: number; numTodoTests: number })
    : { numPassedTests: 0, numFailedTests: 1, numFailedTestSuites: 1, numPendingTests: 0, numTodoTests: 0 };
  counts.push({ project, passed: report.numPassedTests, failed: report.numFailedTests + report.numFailedTestSuites, skipped: report.numPendingTests + report.numTodoTests });
  if (run.status !== 0 || report.numPassedTests === 0) failed = true;
}

console.log('\nsuite            passed  failed  skipped');
for (const c of counts) console.log(`${c.project.padEnd(16)} ${String(c.passed).padStart(6)}  ${String(c.failed).padStart(6)}  ${String(c.skipped).padStart(7)}`);
const total = counts.reduce((a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed }), { passed: 0, failed: 0 });
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(failed || total.failed > 0 ? 1 : 0);
