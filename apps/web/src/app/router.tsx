import { createBrowserRouter, Navigate } from 'react-router';

import { AppLayout } from '@/components/layouts/app-layout';

import { RouteError } from './routes/route-error';

/** Each screen is its own chunk, loaded when first visited. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Navigate to="/candidates" replace /> },
        { path: 'candidates', lazy: () => import('./routes/candidates') },
        { path: '*', lazy: () => import('./routes/not-found') },
      ],
    },
  ]);
}
