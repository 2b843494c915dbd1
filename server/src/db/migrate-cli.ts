import { loadConfig } from '../config.ts';
import { migrateToLatest } from './migrate.ts';
import { openDatabase } from './open.ts';

// `npm run migrate`: the same migrations the server runs at start-up, on their own.
const config = loadConfig();
const handle = openDatabase(config);
try {
  const applied = await migrateToLatest(handle.db, handle.dialect, handle.schema);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
} finally {
  await handle.close();
}
