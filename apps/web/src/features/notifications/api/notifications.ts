import {
  notificationPageSchema,
  NotificationPreferences,
  notificationPreferencesSchema,
  unreadCountSchema,
} from '@calibrate/contracts';
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
  preferences: () =>
    queryOptions({
      queryKey: ['notification-preferences'] as const,
      queryFn: ({ signal }) =>
        apiRequest('/v1/notification-preferences', {
          schema: notificationPreferencesSchema,
          signal,
        }),
    }),
};

export const useNotificationPreferences = () => useQuery(notificationQueries.preferences());

/** Saves all three choices; the cache holds what the API answered. */
export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: NotificationPreferences) =>
      apiRequest('/v1/notification-preferences', {
        method: 'PUT',
        body: preferences,
        schema: notificationPreferencesSchema,
      }),
    meta: { errorToast: false },
    onSuccess: (saved) =>
      queryClient.setQueryData(notificationQueries.preferences().queryKey, saved),
  });
}

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
