import { defineConfig } from 'vitest/config';

// The server suite runs once per database: always on SQLite, and on PostgreSQL when
// TEST_DATABASE_URL is set (.ci/run always sets it). Each test file gets its own
// database file or schema (server/test/support/db.ts).
const serverOn = (db: 'sqlite' | 'postgres') => ({
  test: {
    name: `server-${db}`,
    include: ['server/test/**/*.test.ts'],
    env: { TEST_DB: db },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', include: ['domain/test/**/*.test.ts'] } },
      serverOn('sqlite'),
      ...(process.env.TEST_DATABASE_URL ? [serverOn('postgres')] : []),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          // A page under a loaded CI machine can take longer than vitest's 1 s default to show.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
