import { ReactNode, useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PageLoader } from '@/components/ui/page-loader';
import { setUnauthenticatedHandler } from '@/lib/api-client';
import { useDeferredWithDeadline } from '@/lib/use-deferred-with-deadline';

import { useMe } from '../api/session';

/** Screens behind sign-in: loads who is signed in, and sends anyone else to the login page and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const here = `${location.pathname}${location.search}`;

  const signedIn = me.data !== undefined;
  useEffect(() => {
    // A session that ends mid-use (idle limit, signed out elsewhere) comes back here after sign-in.
    // Before anyone signed in, the 401 of `me` itself is no ended session: the redirect below.
    setUnauthenticatedHandler(
      signedIn
        ? () =>
            void navigate(`/login?expired=1&next=${encodeURIComponent(here)}`, { replace: true })
        : undefined,
    );
    return () => setUnauthenticatedHandler(undefined);
  }, [navigate, here, signedIn]);

  // The signed-in screens first render deferred: in a transition, in slices, rather than in one
  // task (the shell and the first screen: about 180 ms on this VM at once, 1.2 s at 4× CPU
  // slowdown). Also when `me` is here before this mounts (the router's loader asked early): the
  // first render then shows the loader, as the page did a moment before.
  const shown = useDeferredWithDeadline(signedIn, false);
  const arriving = signedIn && !shown;
  if (me.isPending || (arriving && !me.isError)) return <PageLoader />;
  if (me.isError) {
    if (me.error.status === 401) {
      // Signed in a moment ago (the live stream saw the session end, and `me` was refetched): the
      // same "your session ended" as when a screen's request finds it gone, whichever comes first.
      const ended = me.data ? 'expired=1&' : '';
      return <Navigate to={`/login?${ended}next=${encodeURIComponent(here)}`} replace />;
    }
    return (
      <ErrorAlert
        title="Calibrate could not be reached"
        message={me.error.message}
        onAction={() => void me.refetch()}
      />
    );
  }
  return children;
}
