import { notificationPageSchema, unreadCountSchema } from '@calibrate/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

/** The bell shows the newest this many. */
export const BELL_PAGE_SIZE = 20;

export const notificationQueries = {
  all: () => ['notifications'] as const,
  latest: () =>
    queryOptions({
      queryKey: [...notificationQueries.all(), 'latest'] as const,
      queryFn: ({ signal }) =>
        apiRequest('/v1/notifications', {
          query: { limit: BELL_PAGE_SIZE },
          schema: notificationPageSchema,
          signal,
        }),
      // Until live events push them, new notifications show within a minute.
      refetchInterval: 60_000,
    }),
};

export const useLatestNotifications = () => useQuery(notificationQueries.latest());

export function markNotificationRead(id: string) {
  return apiRequest(`/v1/notifications/${id}/read`, {
    method: 'POST',
    body: {},
    schema: unreadCountSchema,
  });
}

export function markAllNotificationsRead() {
  return apiRequest('/v1/notifications/read-all', {
    method: 'POST',
    body: {},
    schema: unreadCountSchema,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationQueries.all() }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationQueries.all() }),
  });
}
