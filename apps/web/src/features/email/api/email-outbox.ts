import { emailMessageSchema, emailOutboxPageSchema, EmailStatus } from '@calibrate/contracts';
import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

/** Rows per page of the outbox. */
export const OUTBOX_PAGE_SIZE = 50;

export const emailQueries = {
  all: () => ['email-outbox'] as const,
  list: (status: EmailStatus | undefined) =>
    infiniteQueryOptions({
      queryKey: [...emailQueries.all(), 'list', status ?? 'all'] as const,
      queryFn: ({ pageParam, signal }) =>
        apiRequest('/v1/email-outbox', {
          query: { limit: OUTBOX_PAGE_SIZE, status, cursor: pageParam },
          schema: emailOutboxPageSchema,
          signal,
        }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
      // The sender works in the background: statuses change while the screen is open.
      refetchInterval: 30_000,
    }),
  detail: (emailId: string) =>
    queryOptions({
      queryKey: [...emailQueries.all(), 'detail', emailId] as const,
      queryFn: ({ signal }) =>
        apiRequest(`/v1/email-outbox/${emailId}`, { schema: emailMessageSchema, signal }),
    }),
};

export const useEmailOutbox = (status: EmailStatus | undefined) =>
  useInfiniteQuery(emailQueries.list(status));

export const useEmailMessage = (emailId: string | null) =>
  useQuery({ ...emailQueries.detail(emailId ?? ''), enabled: emailId !== null });
