import {
  CreateUserInput,
  passwordResetLinkSchema,
  UpdateUser,
  userListSchema,
  userSchema,
} from '@calibrate/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

export const userQueries = {
  all: () => ['users'] as const,
  list: () =>
    queryOptions({
      queryKey: [...userQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiRequest('/v1/users', { schema: userListSchema, signal }),
    }),
};

export function useUsers() {
  return useQuery(userQueries.list());
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) =>
      apiRequest('/v1/users', { method: 'POST', body: input, schema: userSchema }),
    meta: { errorToast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userQueries.all() }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateUser }) =>
      apiRequest(`/v1/users/${id}`, { method: 'PATCH', body: patch, schema: userSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userQueries.all() }),
  });
}

/** A one-time reset link for a user; the API shows it this once. */
export function useIssuePasswordReset() {
  return useMutation({
    mutationFn: (userId: string) =>
      apiRequest(`/v1/users/${userId}/password-reset`, {
        method: 'POST',
        schema: passwordResetLinkSchema,
      }),
    // The dialog shows what went wrong in place.
    meta: { errorToast: false },
  });
}
