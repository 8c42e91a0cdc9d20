import { ReactNode, useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PageLoader } from '@/components/ui/page-loader';
import { setUnauthenticatedHandler } from '@/lib/api-client';

import { useMe } from '../api/session';

/** Screens behind sign-in: loads who is signed in, and sends anyone else to the login page and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const here = `${location.pathname}${location.search}`;

  useEffect(() => {
    // A session that ends mid-use (idle limit, signed out elsewhere) comes back here after sign-in.
    setUnauthenticatedHandler(
      () => void navigate(`/login?expired=1&next=${encodeURIComponent(here)}`, { replace: true }),
    );
    return () => setUnauthenticatedHandler(undefined);
  }, [navigate, here]);

  if (me.isPending) return <PageLoader />;
  if (me.isError) {
    if (me.error.status === 401)
      return <Navigate to={`/login?next=${encodeURIComponent(here)}`} replace />;
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
