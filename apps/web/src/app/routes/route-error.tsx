import { isRouteErrorResponse, useRouteError } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';

/** Shown when a screen crashes or its code cannot be loaded (e.g. after a deploy). */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <ErrorAlert
      title="This screen failed to load"
      message={message}
      actionLabel="Reload"
      onAction={() => window.location.reload()}
    />
  );
}
