import { webhookDeliveryPageSchema, webhookDeliverySchema } from '@calibrate/contracts';
import {
  infiniteQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { PENDING_REFRESH_MS, webhookQueries } from './webhook-endpoints';

export const deliveryQueries = {
  log: (endpointId: string) =>
    infiniteQueryOptions({
      queryKey: [...webhookQueries.all(), 'deliveries', endpointId] as const,
      queryFn: ({ signal, pageParam }) =>
        apiRequest(`/v1/webhooks/${endpointId}/deliveries`, {
          query: { cursor: pageParam, limit: 25 },
          schema: webhookDeliveryPageSchema,
          signal,
        }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
};

export function useWebhookDeliveries(endpointId: string) {
  return useInfiniteQuery({
    ...deliveryQueries.log(endpointId),
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((d) => d.status === 'pending'))
        ? PENDING_REFRESH_MS
        : false,
  });
}

/** The same event to the same endpoint again, as a new delivery. */
export function useRedeliver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      apiRequest(`/v1/webhook-deliveries/${deliveryId}/redeliver`, {
        method: 'POST',
        schema: webhookDeliverySchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookQueries.all() }),
  });
}
