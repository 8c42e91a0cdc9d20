import { authMethodsSchema } from '@calibrate/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

export const authMethodQueries = {
  methods: () =>
    queryOptions({
      queryKey: ['session', 'methods'] as const,
      queryFn: ({ signal }) => apiRequest('/auth/methods', { schema: authMethodsSchema, signal }),
      // A deployment's setting: it changes with a restart, not while a page is open.
      staleTime: Infinity,
    }),
};

/** Whether passwords are on, and the single sign-on button's label (null: no SSO). */
export function useAuthMethods() {
  return useQuery(authMethodQueries.methods());
}

/**
 * Whether to offer anything about passwords (change, reset links, first passwords). While the
 * methods load, or if they fail to, yes as before: the API refuses what is off anyway.
 */
export function usePasswordSignIn(): boolean {
  return useAuthMethods().data?.password ?? true;
}
