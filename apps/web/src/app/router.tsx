import { QueryClient } from '@tanstack/react-query';
import {
  createBrowserRouter,
  LazyRouteFunction,
  LoaderFunctionArgs,
  NonIndexRouteObject,
} from 'react-router';

import { PageLoader } from '@/components/ui/page-loader';
import { authMethodQueries, sessionQueries } from '@/features/auth';

import { Component as LoginScreen } from './routes/login';
import { RouteError } from './routes/route-error';
import type { ScreenPrefetch } from './routes/screen-prefetch';

/** A screen's route module: its component, and what it may start loading before it renders. */
interface ScreenModule {
  Component: React.ComponentType;
  prefetch?: ScreenPrefetch;
}

// While the first screen's chunk loads, the router shows a top-level route's hydrate fallback;
// without one it shows nothing and warns "No `HydrateFallback` element provided" on every load.
const loading = <PageLoader />;

/**
 * Each screen is its own chunk, loaded when first visited; everything but sign-in needs a session.
 * Sign-in is in the first load itself: a signed-out visit needs no second round trip for it
 * (Lighthouse mobile, cold: LCP 2.9–3.1 → 2.7 s with the chunking of vite.config.mts), and its
 * form is made of components every screen uses anyway.
 *
 * The loaders only start requests, into the query cache, and never wait for them: who is signed
 * in (or the sign-in options) is asked for while the screen's chunk downloads, not after it, one
 * round trip less before the first screen (150 ms on Lighthouse's slow 4G). Screens that start
 * their own data early export a `loader` of the same kind from their route module.
 */
export function createAppRouter(queryClient: QueryClient) {
  /** A screen's chunk; its `prefetch`, if it has one, becomes its loader. */
  const screen =
    (load: () => Promise<ScreenModule>): LazyRouteFunction<NonIndexRouteObject> =>
    async () => {
      const { prefetch: start, ...module } = await load();
      if (!start) return module;
      return {
        ...module,
        loader: (args: LoaderFunctionArgs) => {
          start(queryClient, args);
          return null;
        },
      };
    };
  return createBrowserRouter([
    {
      path: '/login',
      loader: () => {
        void queryClient.prefetchQuery(authMethodQueries.methods());
        return null;
      },
      Component: LoginScreen,
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
      lazy: () => import('./routes/signed-in'),
      loader: () => {
        void queryClient.prefetchQuery(sessionQueries.me());
        return null;
      },
      // `me` stays fresh in the cache for its own stale time; navigating need not ask again.
      shouldRevalidate: () => false,
      errorElement: <RouteError />,
      hydrateFallbackElement: loading,
      children: [
        { index: true, lazy: screen(() => import('./routes/home')) },
        { path: 'interviews', lazy: screen(() => import('./routes/interviews')) },
        { path: 'interviews/:scorecardId', lazy: screen(() => import('./routes/interview')) },
        { path: 'candidates', lazy: screen(() => import('./routes/candidates')) },
        { path: 'candidates/:candidateId', lazy: screen(() => import('./routes/candidate')) },
        { path: 'feedback', lazy: screen(() => import('./routes/feedback')) },
        { path: 'calibration', lazy: screen(() => import('./routes/calibration')) },
        { path: 'validity', lazy: screen(() => import('./routes/validity')) },
        { path: 'users', lazy: screen(() => import('./routes/users')) },
        { path: 'webhooks', lazy: screen(() => import('./routes/webhooks')) },
        { path: 'outbox', lazy: screen(() => import('./routes/outbox')) },
        { path: 'jobs', lazy: screen(() => import('./routes/jobs')) },
        { path: 'jobs/:jobId', lazy: screen(() => import('./routes/job')) },
        { path: 'jobs/:jobId/compare', lazy: screen(() => import('./routes/comparison')) },
        { path: 'rubrics', lazy: screen(() => import('./routes/rubrics')) },
        { path: 'rubrics/:rubricId', lazy: screen(() => import('./routes/rubric')) },
        {
          path: 'rubrics/:rubricId/analysis',
          lazy: screen(() => import('./routes/rubric-analysis')),
        },
        {
          path: 'rubric-versions/:versionId',
          lazy: screen(() => import('./routes/rubric-version')),
        },
        { path: '*', lazy: screen(() => import('./routes/not-found')) },
      ],
    },
  ]);
}
