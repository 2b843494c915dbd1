import path from 'node:path';
import { z } from 'zod';

/** Every environment variable Stepwise reads, with its default. The README's table mirrors this. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('data'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case PostgreSQL schema name').optional(),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Stepwise <no-reply@localhost>'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NOTIFY_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  // Extra push endpoints besides the known push services, as origins ("http://127.0.0.1:8080",
  // a port of "*" for any), comma-separated: for tests with a local push endpoint only.
  PUSH_ENDPOINT_ALLOW: z.string().optional(),
  // For tests only: a file holding a number of milliseconds the server's clock runs ahead.
  STEPWISE_CLOCK_FILE: z.string().optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL schema for all tables; several deployments can share one database. */
  databaseSchema: string | undefined;
  publicUrl: string;
  secureCookies: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  trustProxy: boolean;
  logLevel: string;
  /** How often the notification dispatcher looks for due rows (server/src/jobs/dispatcher.ts). */
  notifyIntervalSeconds: number;
  /** Origins allowed as push endpoints besides the known push services (features/push/endpoint.ts). */
  pushEndpointAllow: string[];
  /** Test-only: the clock runs ahead by the milliseconds in this file (server/src/offset-clock.ts). */
  clockFile: string | undefined;
};

/** Reads and validates the environment once; a bad value stops start-up with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most tools.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.STEPWISE_CLOCK_FILE && env.NODE_ENV === 'production') {
    throw new Error('Invalid configuration:\n  STEPWISE_CLOCK_FILE: moves the clock for tests and is refused when NODE_ENV=production');
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseSchema: e.DATABASE_SCHEMA,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    trustProxy: e.TRUST_PROXY === 'true',
    logLevel: e.LOG_LEVEL,
    notifyIntervalSeconds: e.NOTIFY_INTERVAL_SECONDS,
    pushEndpointAllow: (e.PUSH_ENDPOINT_ALLOW ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    clockFile: e.STEPWISE_CLOCK_FILE,
  };
}
