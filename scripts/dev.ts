import { spawn } from 'node:child_process';

// `npm run dev`: the server restarting on change, and Vite's dev server with hot reload
// on http://localhost:5173 (it forwards /api to the server on :3000).
const children = [
  spawn(process.execPath, ['--watch', 'server/src/main.ts'], { stdio: 'inherit' }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'web'], { stdio: 'inherit' }),
];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
