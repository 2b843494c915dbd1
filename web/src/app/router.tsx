import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { HomeRedirect, RequireAdmin, RequireRole, RequireSignedIn, RequireSignedOut, SetupGate } from './guards.tsx';
import { PublicLayout } from './layouts/public-layout.tsx';
import { RouteError } from './route-error.tsx';
import { PageLoader } from './ui/page-loader.tsx';
import { prefetchSession, prefetchToday } from '../features/today/prefetch.ts';
import { queryClient } from './query-client.ts';

// Each feature is its own chunk, so a client's phone never downloads the audit log.
const page = (load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: await load() }),
});

// Loaders only fill the query cache, in parallel with loading a page's code, so the first
// render already has what the guards (and, for a client, Today) ask for.
const routes: RouteObject[] = [
  {
    element: <SetupGate />,
    loader: async () => {
      await prefetchSession(queryClient);
      return null;
    },
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: 'setup', ...page(async () => (await import('../features/setup/setup-page.tsx')).SetupPage) },
          {
            element: <RequireSignedOut />,
            children: [
              { path: 'sign-in', ...page(async () => (await import('../features/auth/sign-in-page.tsx')).SignInPage) },
            ],
          },
          {
            path: 'forgot-password',
            ...page(async () => (await import('../features/auth/forgot-password-page.tsx')).ForgotPasswordPage),
          },
          {
            path: 'reset-password',
            ...page(async () => (await import('../features/auth/reset-password-page.tsx')).ResetPasswordPage),
          },
          {
            path: 'invite',
            ...page(async () => (await import('../features/invitations/accept-invitation-page.tsx')).AcceptInvitationPage),
          },
        ],
      },
      {
        element: <RequireSignedIn />,
        children: [
          { index: true, element: <HomeRedirect /> },
          {
            element: <RequireRole role="therapist" />,
            children: [
              { path: 'clients', ...page(async () => (await import('../features/clients/clients-page.tsx')).ClientsPage) },
              {
                path: 'clients/:clientId',
                ...page(async () => (await import('../features/clients/client-detail-page.tsx')).ClientDetailPage),
              },
              {
                path: 'clients/:clientId/goals/:goalId',
                ...page(async () => (await import('../features/goals/goal-page.tsx')).GoalPage),
              },
              {
                path: 'clients/:clientId/homework/:assignmentId',
                ...page(async () => (await import('../features/assignments/assignment-page.tsx')).AssignmentPage),
              },
              {
                path: 'clients/:clientId/summary',
                ...page(async () => (await import('../features/caseload/summary-page.tsx')).SummaryPage),
              },
              {
                path: 'clients/:clientId/session',
                ...page(async () => (await import('../features/session-view/session-page.tsx')).SessionPage),
              },
              { path: 'resources', ...page(async () => (await import('../features/resources/resources-page.tsx')).ResourcesPage) },
              { path: 'alerts', ...page(async () => (await import('../features/safety/alerts-page.tsx')).AlertsPage) },
              {
                path: 'questionnaires',
                ...page(async () => (await import('../features/measures/questionnaires-page.tsx')).QuestionnairesPage),
              },
              {
                path: 'resources/:resourceId',
                ...page(async () => (await import('../features/resources/resource-page.tsx')).ResourcePage),
              },
              {
                path: 'admin',
                element: <RequireAdmin />,
                children: [
                  { path: 'audit', ...page(async () => (await import('../features/audit/audit-page.tsx')).AuditPage) },
                  { path: 'people', ...page(async () => (await import('../features/audit/people-page.tsx')).PeoplePage) },
                  {
                    path: 'crisis',
                    ...page(async () => (await import('../features/safety/crisis-settings-page.tsx')).CrisisSettingsPage),
                  },
                ],
              },
            ],
          },
          {
            element: <RequireRole role="client" />,
            children: [
              {
                path: 'today',
                loader: async () => {
                  await prefetchToday(queryClient);
                  return null;
                },
                ...page(async () => (await import('../features/today/today-page.tsx')).TodayPage),
              },
              { path: 'plan', ...page(async () => (await import('../features/assignments/plan-page.tsx')).PlanPage) },
              {
                path: 'plan/:assignmentId',
                ...page(async () => (await import('../features/assignments/plan-item-page.tsx')).PlanItemPage),
              },
              { path: 'log', ...page(async () => (await import('../features/entries/log-page.tsx')).LogPage) },
              { path: 'log/history', ...page(async () => (await import('../features/entries/history-page.tsx')).HistoryPage) },
              {
                path: 'log/entries/:entryId',
                ...page(async () => (await import('../features/entries/edit-entry-page.tsx')).EditEntryPage),
              },
              { path: 'log/:kind', ...page(async () => (await import('../features/entries/new-entry-page.tsx')).NewEntryPage) },
              { path: 'insights', ...page(async () => (await import('../features/insights/my-patterns-page.tsx')).MyPatternsPage) },
              { path: 'more', ...page(async () => (await import('./more-page.tsx')).MorePage) },
              { path: 'next-session', ...page(async () => (await import('../features/agenda/next-session-page.tsx')).NextSessionPage) },
              { path: 'measures/:scheduleId', ...page(async () => (await import('../features/measures/answer-page.tsx')).AnswerPage) },
              { path: 'my-measures', ...page(async () => (await import('../features/measures/my-measures-page.tsx')).MyMeasuresPage) },
              { path: 'crisis', ...page(async () => (await import('../features/safety/crisis-page.tsx')).CrisisPage) },
              {
                path: 'safety-plan',
                ...page(async () => (await import('../features/safety/my-safety-plan-page.tsx')).MySafetyPlanPage),
              },
              { path: 'goals', ...page(async () => (await import('../features/goals/my-goals-page.tsx')).MyGoalsPage) },
              { path: 'goals/:goalId', ...page(async () => (await import('../features/goals/goal-page.tsx')).GoalPage) },
              {
                path: 'my-resources',
                ...page(async () => (await import('../features/resources/my-resources-page.tsx')).MyResourcesPage),
              },
              {
                path: 'my-resources/:resourceId',
                ...page(async () => (await import('../features/resources/my-resource-page.tsx')).MyResourcePage),
              },
            ],
          },
          { path: 'account', ...page(async () => (await import('../features/account/account-page.tsx')).AccountPage) },
          // Client `messages` (their thread) and therapist `messages` (the inbox) share one
          // path; the page picks by role, since two role branches cannot both own a path.
          { path: 'messages', ...page(async () => (await import('../features/messages/messages-page.tsx')).MessagesPage) },
          {
            path: 'notifications',
            ...page(async () => (await import('../features/notifications/notifications-page.tsx')).NotificationsPage),
          },
        ],
      },
      {
        element: <PublicLayout />,
        children: [{ path: '*', ...page(async () => (await import('./not-found-page.tsx')).NotFoundPage) }],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
