import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { auditRoutes } from './audit/routes.ts';
import { installSessionHook } from './auth/hook.ts';
import { authRoutes } from './auth/routes.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/connect.ts';
import { accountRoutes } from './auth/account-routes.ts';
import { clientRoutes } from './features/clients/routes.ts';
import { invitationRoutes } from './auth/invitation-routes.ts';
import { assignmentRoutes } from './features/assignments/routes.ts';
import { entryRoutes } from './features/entries/routes.ts';
import { appointmentRoutes } from './features/appointments/routes.ts';
import { goalRoutes } from './features/goals/routes.ts';
import { measureRoutes } from './features/measures/routes.ts';
import { safetyRoutes } from './features/safety/routes.ts';
import { agendaRoutes } from './features/agenda/routes.ts';
import { feedbackRoutes } from './features/feedback/routes.ts';
import { messageRoutes } from './features/messages/routes.ts';
import { summaryRoutes } from './features/summary/routes.ts';
import { caseloadRoutes } from './features/caseload/routes.ts';
import { sessionNoteRoutes } from './features/session-notes/routes.ts';
import { notificationRoutes } from './features/notifications/routes.ts';
import { reminderRoutes } from './features/reminders/routes.ts';
import { calendarRoutes } from './features/calendar/routes.ts';
import { pushRoutes } from './features/push/routes.ts';
import { createPushSender, type PushSender } from './features/push/sender.ts';
import { emailBounceRoutes } from './features/email-bounces/routes.ts';
import { resourceRoutes } from './features/resources/routes.ts';
import { practiceRoutes } from './features/practice/routes.ts';
import './http/augment.ts';
import type { Deps, RouteInfo } from './http/augment.ts';
import { installCsrfCheck } from './http/csrf.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import { installStartupMemoryTrim } from './http/memory.ts';
import { installErrorHandler } from './http/error-handler.ts';
import { installWebApp } from './http/web.ts';
import type { Mailer } from './mail/mailer.ts';
import { forbidden } from './errors.ts';
import { healthRoutes } from './http/health.ts';

export type BuildOptions = {
  config: Config;
  database: DatabaseHandle;
  mailer: Mailer;
  clock: Clock;
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | object;
  /** Folder of the built web app; tests may point elsewhere. */
  webDist?: string;
  /** Sends web push; by default the real one (VAPID keys from the database). Tests pass a fake. */
  push?: PushSender;
};


/** Builds the whole app without listening, so tests can use `app.inject` on exactly what runs. */
export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { config, database, mailer, clock } = options;
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 100 * 1024,
    // Fastify's default is the schema's own error; ours (error-handler.ts) adds codes and fields.
    return503OnClosing: true,
  });
  // JSON only: anything else is refused with 415 before it reaches a route.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const deps: Deps = { config, db: database.db, dialect: database.dialect, mailer, clock, push: options.push ?? createPushSender(database.db, config) };
  app.decorate('deps', deps);

  const routeList: RouteInfo[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routeList.push({ method, url: route.url, policy: route.config?.policy?.name });
  });

  installErrorHandler(app);
  await app.register(fastifyCookie);
  installSecurityHeaders(app, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables and style attributes at runtime; scripts stay strict.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.secureCookies ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  installCsrfCheck(app, config.publicUrl);
  installSessionHook(app);
  installStartupMemoryTrim(app);

  // Fail closed: a route that forgot its policy is refused, and routes.test.ts fails.
  // Runs before body validation, so an anonymous caller gets 401 rather than a schema error.
  app.addHook('preValidation', async (req) => {
    if (req.is404) return; // the not-found handler answers 404 itself
    const policy = req.routeOptions.config.policy;
    if (!policy) throw forbidden('this route has no access policy');
    await policy.check(req);
  });

  await app.register(healthRoutes);
  await app.register(practiceRoutes);
  await app.register(authRoutes);
  await app.register(accountRoutes);
  await app.register(invitationRoutes);
  await app.register(clientRoutes);
  await app.register(auditRoutes);
  await app.register(goalRoutes);
  await app.register(assignmentRoutes);
  await app.register(resourceRoutes);
  await app.register(entryRoutes);
  await app.register(appointmentRoutes);
  await app.register(measureRoutes);
  await app.register(safetyRoutes);
  await app.register(agendaRoutes);
  await app.register(feedbackRoutes);
  await app.register(messageRoutes);
  await app.register(summaryRoutes);
  await app.register(caseloadRoutes);
  await app.register(sessionNoteRoutes);
  await app.register(notificationRoutes);
  await app.register(reminderRoutes);
  await app.register(calendarRoutes);
  await app.register(pushRoutes);
  await app.register(emailBounceRoutes);
  await installWebApp(app, options.webDist);

  app.setNotFoundHandler((req, reply) => {
    void reply.status(404).send({ error: { code: 'not_found', message: `no route for ${req.method} ${req.url.split('?')[0]}` } });
  });

  return app;
}
