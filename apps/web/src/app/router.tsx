import { createBrowserRouter } from 'react-router';

import { PageLoader } from '@/components/ui/page-loader';
import { RequireAuth } from '@/features/auth';

import { AppShell } from './app-shell';
import { RouteError } from './routes/route-error';

// While the first screen's chunk loads, the router shows a top-level route's hydrate fallback;
// without one it shows nothing and warns "No `HydrateFallback` element provided" on every load.
const loading = <PageLoader />;

/** Each screen is its own chunk, loaded when first visited. Everything but sign-in needs a session. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/login',
      lazy: () => import('./routes/login'),
      errorElement: <RouteError />,
      hydrateFallbackElement: loading,
    },
    {
      path: '/reset-password/:token',
      lazy: () => import('./routes/reset-password'),
      errorElement: <RouteError />,
      hydrateFallbackElement: loading,
    },
    {
      element: (
        <RequireAuth>
          <AppShell />
        </RequireAuth>
      ),
      errorElement: <RouteError />,
      hydrateFallbackElement: loading,
      children: [
        { index: true, lazy: () => import('./routes/home') },
        { path: 'interviews', lazy: () => import('./routes/interviews') },
        { path: 'interviews/:scorecardId', lazy: () => import('./routes/interview') },
        { path: 'candidates', lazy: () => import('./routes/candidates') },
        { path: 'candidates/:candidateId', lazy: () => import('./routes/candidate') },
        { path: 'feedback', lazy: () => import('./routes/feedback') },
        { path: 'calibration', lazy: () => import('./routes/calibration') },
        { path: 'users', lazy: () => import('./routes/users') },
        { path: 'webhooks', lazy: () => import('./routes/webhooks') },
        { path: 'outbox', lazy: () => import('./routes/outbox') },
        { path: 'jobs', lazy: () => import('./routes/jobs') },
        { path: 'jobs/:jobId', lazy: () => import('./routes/job') },
        { path: 'jobs/:jobId/compare', lazy: () => import('./routes/comparison') },
        { path: 'rubrics', lazy: () => import('./routes/rubrics') },
        { path: 'rubrics/:rubricId', lazy: () => import('./routes/rubric') },
        { path: 'rubric-versions/:versionId', lazy: () => import('./routes/rubric-version') },
        { path: '*', lazy: () => import('./routes/not-found') },
      ],
    },
  ]);
}
