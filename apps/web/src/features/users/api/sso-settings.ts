import { ssoSettingsSchema, UpdateSsoSettings } from '@calibrate/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

export const ssoSettingsQueries = {
  all: () => ['sso-settings'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...ssoSettingsQueries.all(), 'detail'] as const,
      queryFn: ({ signal }) =>
        apiRequest('/v1/sso-settings', { schema: ssoSettingsSchema, signal }),
    }),
};

export function useSsoSettings() {
  return useQuery(ssoSettingsQueries.detail());
}

export function useUpdateSsoSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSsoSettings) =>
      apiRequest('/v1/sso-settings', { method: 'PUT', body: input, schema: ssoSettingsSchema }),
    // The panel shows the failure in place.
    meta: { errorToast: false },
    onSuccess: (settings) =>
      queryClient.setQueryData(ssoSettingsQueries.detail().queryKey, settings),
  });
}
