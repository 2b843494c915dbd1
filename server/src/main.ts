import { buildApp } from './app.ts';
import { systemClock } from './clock.ts';
import { loadConfig } from './config.ts';
import { DatabaseInUseError } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { openDatabase } from './db/open.ts';
import { createMailer } from './mail/mailer.ts';
import { startDispatcher } from './jobs/dispatcher.ts';

export type StartOptions = { beforeListen?: (handle: ReturnType<typeof openDatabase>) => Promise<void> };

/** config -> db -> migrate -> listen. Prints the URL; stops cleanly on SIGINT/SIGTERM. */
export async function start(options: StartOptions = {}): Promise<void> {
  const config = loadConfig();
  let handle;
  try {
    handle = openDatabase(config);
  } catch (error) {
    if (error instanceof DatabaseInUseError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  await migrateToLatest(handle.db, handle.dialect, handle.schema);
  await options.beforeListen?.(handle);
  const mailLog = { info: (facts: object, message: string) => app.log.info(facts, message) };
  const app = await buildApp({ config, database: handle, mailer: createMailer(config, mailLog), clock: systemClock });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      console.error(`Port ${config.port} is already in use. Stop what is using it, or start Stepwise on another port: PORT=3001 npm start`);
      await handle.close();
      process.exit(1);
    }
    throw error;
  }
  const where = handle.dialect === 'sqlite' ? `embedded database ${handle.location}` : `PostgreSQL ${handle.location}`;
  console.log(`\nStepwise is running at ${config.publicUrl} (${where})\n`);

  // Started after listen: its first round sends what fell due while the server was down.
  const dispatcher = startDispatcher(app.deps, { intervalMs: config.notifyIntervalSeconds * 1000, log: app.log });

  const stop = async () => {
    await dispatcher.stop();
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (import.meta.main) await start();
