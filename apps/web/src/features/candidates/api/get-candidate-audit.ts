import { auditEventPageSchema } from '@calibrate/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { candidateQueries } from './get-candidates';

/** A page of a candidate's audit trail, newest first. */
export function getCandidateAudit(
  candidateId: string,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return apiRequest('/v1/audit-events', {
    query: { entityType: 'candidate', entityId: candidateId, limit: 20, cursor },
    schema: auditEventPageSchema,
    signal,
  });
}

export const candidateAuditQuery = (candidateId: string) =>
  infiniteQueryOptions({
    queryKey: [...candidateQueries.all(), 'audit', candidateId] as const,
    queryFn: ({ pageParam, signal }) => getCandidateAudit(candidateId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const useCandidateAudit = (candidateId: string) =>
  useInfiniteQuery(candidateAuditQuery(candidateId));
