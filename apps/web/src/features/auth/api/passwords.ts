import {
  ChangePasswordInput,
  passwordResetInfoSchema,
  ResetPasswordInput,
  resetPasswordResultSchema,
} from '@calibrate/contracts';
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';

export const passwordResetQueries = {
  /** Whose password a reset link sets, while it works (410 with the reason once it does not). */
  link: (token: string) =>
    queryOptions({
      queryKey: ['password-reset', token] as const,
      queryFn: ({ signal }) =>
        apiRequest(`/auth/password-reset/${encodeURIComponent(token)}`, {
          schema: passwordResetInfoSchema,
          signal,
        }),
      // The answer changes only by using the link: no refetch on focus, no retry of a 410.
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    }),
};

export function usePasswordResetLink(token: string) {
  return useQuery(passwordResetQueries.link(token));
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (input: ResetPasswordInput) =>
      apiRequest('/auth/password-reset', {
        method: 'POST',
        body: input,
        schema: resetPasswordResultSchema,
      }),
    // The page shows what went wrong in place.
    meta: { errorToast: false },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePasswordInput) =>
      apiRequest('/auth/password', { method: 'POST', body: input, schema: z.undefined() }),
    meta: { errorToast: false },
  });
}
