import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureWebBuild } from './build-web.ts';

// `npm start`: build the web app if needed, then run the server.
// `npm run demo`: the same on a throwaway database seeded with a demo practice.
const demo = process.argv.includes('--demo');
await ensureWebBuild();

if (demo) {
  process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-demo-'));
  delete process.env.DATABASE_URL;
}

const { start } = await import('../server/src/main.ts');
await start({
  beforeListen: demo
    ? async (handle) => {
        const { seedDemo, DEMO_PASSWORD } = await import('../server/src/db/demo-seed.ts');
        const accounts = await seedDemo(handle.db);
        console.log('\nDemo practice "Riverside Therapy" (a throwaway database; it is gone when you stop).');
        console.log(`Every demo account's password: ${DEMO_PASSWORD}`);
        for (const a of accounts) console.log(`  ${a.role.padEnd(18)} ${a.name.padEnd(12)} ${a.email}`);
        const cleanup = () => fs.rmSync(process.env.DATA_DIR ?? '', { recursive: true, force: true });
        process.once('exit', cleanup);
      }
    : undefined,
});
