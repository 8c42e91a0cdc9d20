import {
  createdWebhookEndpointSchema,
  CreateWebhookEndpointInput,
  UpdateWebhookEndpoint,
  webhookDeliverySchema,
  webhookEndpointListSchema,
  webhookEndpointSchema,
} from '@calibrate/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';

/** While a delivery waits for its (next) attempt, the screen looks again this often. */
export const PENDING_REFRESH_MS = 3000;

export const webhookQueries = {
  all: () => ['webhooks'] as const,
  list: () =>
    queryOptions({
      queryKey: [...webhookQueries.all(), 'list'] as const,
      queryFn: ({ signal }) =>
        apiRequest('/v1/webhooks', { schema: webhookEndpointListSchema, signal }),
    }),
  detail: (endpointId: string) =>
    queryOptions({
      queryKey: [...webhookQueries.all(), 'detail', endpointId] as const,
      queryFn: ({ signal }) =>
        apiRequest(`/v1/webhooks/${endpointId}`, { schema: webhookEndpointSchema, signal }),
    }),
};

/** While an endpoint's last delivery waits to be sent, the list looks again now and then. */
export function useWebhookEndpoints() {
  return useQuery({
    ...webhookQueries.list(),
    refetchInterval: (query) =>
      query.state.data?.items.some((endpoint) => endpoint.lastDelivery?.status === 'pending')
        ? PENDING_REFRESH_MS
        : false,
  });
}

export function useWebhookEndpoint(endpointId: string) {
  return useQuery(webhookQueries.detail(endpointId));
}

/** Registers an endpoint; the answer holds the secret, shown this once. */
export function useCreateWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWebhookEndpointInput) =>
      apiRequest('/v1/webhooks', {
        method: 'POST',
        body: input,
        schema: createdWebhookEndpointSchema,
      }),
    // The form shows what went wrong beside its fields.
    meta: { errorToast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookQueries.all() }),
  });
}

export function useUpdateWebhookEndpoint(endpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: UpdateWebhookEndpoint) =>
      apiRequest(`/v1/webhooks/${endpointId}`, {
        method: 'PATCH',
        body: patch,
        schema: webhookEndpointSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookQueries.all() }),
  });
}

export function useDeleteWebhookEndpoint(endpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest(`/v1/webhooks/${endpointId}`, { method: 'DELETE', schema: z.undefined() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookQueries.all() }),
  });
}

/** Queues a `ping` to the endpoint: it shows in the delivery log within seconds. */
export function useSendWebhookTest(endpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest(`/v1/webhooks/${endpointId}/test`, {
        method: 'POST',
        schema: webhookDeliverySchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookQueries.all() }),
  });
}
