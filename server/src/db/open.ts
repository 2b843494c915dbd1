import path from 'node:path';
import type { Config } from '../config.ts';
import { connect, type DatabaseHandle } from './connect.ts';

/** The database the config names: PostgreSQL when DATABASE_URL is set, else SQLite under DATA_DIR. */
export function openDatabase(config: Config): DatabaseHandle {
  return config.databaseUrl
    ? connect({ kind: 'postgres', url: config.databaseUrl, schema: config.databaseSchema })
    : connect({ kind: 'sqlite', file: path.join(config.dataDir, 'stepwise.db') });
}
