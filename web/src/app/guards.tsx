import type { Role } from '@stepwise/domain';
import { lazy, Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { BarePage } from './layouts/bare-page.tsx';
import { loadClientLayout, loadTherapistLayout } from './layouts/role-layouts.ts';
import { homePathFor, SessionProvider, useMeQuery, useSession, useSetupStatus, wasSignedOutOnPurpose } from './session.tsx';
import { PageLoader } from './ui/page-loader.tsx';
import { QueryError } from './ui/query-error.tsx';

const ClientLayout = lazy(async () => ({ default: (await loadClientLayout()).ClientLayout }));
const TherapistLayout = lazy(async () => ({ default: (await loadTherapistLayout()).TherapistLayout }));
const layoutLoading = (
  <BarePage>
    <PageLoader />
  </BarePage>
);

/** Until the first account exists, every path leads to /setup, and /setup leads nowhere after. */
export function SetupGate() {
  const setup = useSetupStatus();
  const { pathname } = useLocation();
  if (setup.isPending) return <BarePage><PageLoader /></BarePage>;
  // Only a first answer that failed stops here: a failed re-check keeps the last answer.
  if (setup.data === undefined) {
    return (
      <BarePage>
        <QueryError error={setup.error} onRetry={() => void setup.refetch()} />
      </BarePage>
    );
  }
  if (setup.data.needed && pathname !== '/setup') return <Navigate to="/setup" replace />;
  if (!setup.data.needed && pathname === '/setup') return <Navigate to="/" replace />;
  return <Outlet />;
}

export interface FromState {
  from?: string;
}

/** Signed-in area: the layout follows the role, and every page below can use useSession(). */
export function RequireSignedIn() {
  const me = useMeQuery();
  const location = useLocation();
  if (me.isPending) return <BarePage><PageLoader /></BarePage>;
  // A re-check that fails (a deploy, a flaky network) keeps who was signed in and the page
  // they are on, with what they were typing; only a first answer that failed stops here.
  if (me.data === undefined) {
    return (
      <BarePage>
        <QueryError error={me.error} onRetry={() => void me.refetch()} />
      </BarePage>
    );
  }
  if (me.data === null) {
    const from =
      location.pathname === '/' || wasSignedOutOnPurpose() ? undefined : location.pathname + location.search;
    const state: FromState = { from };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return (
    <SessionProvider value={me.data}>
      <Suspense fallback={layoutLoading}>{me.data.user.role === 'client' ? <ClientLayout /> : <TherapistLayout />}</Suspense>
    </SessionProvider>
  );
}

/** Sign-in is pointless when already signed in: go home (or back where the guard sent them from). */
export function RequireSignedOut() {
  const me = useMeQuery();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.data) {
    const from = (location.state as FromState | null)?.from;
    return <Navigate to={from ?? homePathFor(me.data)} replace />;
  }
  return <Outlet />;
}

export function RequireRole({ role }: { role: Role }) {
  const me = useSession();
  if (me.user.role !== role) return <Navigate to={homePathFor(me)} replace />;
  return <Outlet />;
}

export function RequireAdmin() {
  const me = useSession();
  if (!me.user.isAdmin) return <Navigate to={homePathFor(me)} replace />;
  return <Outlet />;
}

export function HomeRedirect() {
  const me = useSession();
  return <Navigate to={homePathFor(me)} replace />;
}
