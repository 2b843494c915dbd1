import { buildApp } from './app.ts';
import { systemClock } from './clock.ts';
import { loadConfig } from './config.ts';
import { DatabaseInUseError } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { openDatabase } from './db/open.ts';
import { createMailer } from './mail/mailer.ts';
import { startDispatcher } from './jobs/dispatcher.ts';
import { vapidKeys } from './features/push/vapid.ts';
import { offsetClock } from './offset-clock.ts';
import { startReminderPlanner } from './features/reminders/job.ts';

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
  // The web push key pair is made on first start (and only then), so every instance shares it.
  await vapidKeys(handle.db);
  // STEPWISE_CLOCK_FILE is for end-to-end tests only; config.ts refuses it in production.
  const clock = config.clockFile ? offsetClock(config.clockFile) : systemClock;
  if (config.clockFile) console.warn(`Test clock: time runs ahead by the milliseconds in ${config.clockFile}. Never use this in production.`);
  const app = await buildApp({ config, database: handle, mailer: createMailer(config, mailLog), clock });
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
  // The planner writes upcoming reminders into the table; the dispatcher sends what is due.
  const planner = startReminderPlanner(app.deps, { intervalMs: Math.min(60, config.notifyIntervalSeconds * 4) * 1000, log: app.log });
  const dispatcher = startDispatcher(app.deps, { intervalMs: config.notifyIntervalSeconds * 1000, log: app.log });

  const stop = async () => {
    await planner.stop();
    await dispatcher.stop();
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (import.meta.main) await start();
