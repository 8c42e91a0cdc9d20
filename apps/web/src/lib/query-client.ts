import { notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

import { ApiError } from './api-client';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
    /** `errorToast: false`: the screen shows this mutation's errors itself (e.g. on form fields). */
    mutationMeta: { errorToast?: boolean };
  }
}

function describe(error: unknown): { title: string; message: string } {
  if (error instanceof ApiError) {
    return {
      title: error.code === 'NETWORK_ERROR' ? 'Offline?' : 'Something went wrong',
      message: error.requestId
        ? `${error.message} (reference ${error.requestId.slice(0, 8)})`
        : error.message,
    };
  }
  return {
    title: 'Something went wrong',
    message: 'An unexpected error happened. Reload the page.',
  };
}

/** Toasts are decided here, once: screens show first-load errors inline, the rest toast. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A failed first load is shown in place by the screen; a failed refresh of data on screen toasts.
        if (query.state.data !== undefined)
          notifications.show({ color: 'red', ...describe(error) });
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.errorToast === false) return;
        notifications.show({ color: 'red', ...describe(error) });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) =>
          error instanceof ApiError && error.isTransient && failureCount < 2,
      },
    },
  });
}
