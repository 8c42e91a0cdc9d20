import { can, Capability, LoginInput, meSchema } from '@calibrate/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest, setSigningOut } from '@/lib/api-client';
import { clearOfflineData } from '@/lib/offline/service-worker';

export const sessionQueries = {
  me: () =>
    queryOptions({
      queryKey: ['session', 'me'] as const,
      queryFn: ({ signal }) => apiRequest('/auth/me', { schema: meSchema, signal }),
      staleTime: 5 * 60_000,
      retry: false,
    }),
};

export function useMe() {
  return useQuery(sessionQueries.me());
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) =>
      apiRequest('/auth/login', { method: 'POST', body: input, schema: meSchema }),
    // The page shows sign-in errors next to the form.
    meta: { errorToast: false },
    onSuccess: (me) => {
      setSigningOut(false);
      // A new user: nothing cached for the previous one may show.
      queryClient.clear();
      queryClient.setQueryData(sessionQueries.me().queryKey, me);
    },
  });
}

/**
 * Signs out, then leaves the signed-in screens, and only then forgets the cache: cleared earlier,
 * the screens still open would refetch, get 401 and report an expired session instead. Requests
 * already on their way may still arrive after the session is gone; their 401s are not reported
 * until the next sign-in.
 */
export function useLogout(leave: () => Promise<void> | void) {
  const queryClient = useQueryClient();
  return useMutation({
    onMutate: async () => {
      setSigningOut(true);
      await queryClient.cancelQueries();
    },
    mutationFn: () => apiRequest('/auth/logout', { method: 'POST', schema: z.undefined() }),
    onSettled: async () => {
      await leave();
      queryClient.clear();
      // Also when no service worker saw the sign-out (a page it does not control): on a shared
      // computer the next person must not find this user's interviews offline.
      await clearOfflineData();
    },
  });
}

/** Whether the signed-in user's role holds a capability (the table in contracts). */
export function useCan(capability: Capability): boolean {
  return can(useMe().data?.user.role, capability);
}
