import {
  auditEventPageSchema,
  candidateDetailSchema,
  candidateSummarySchema,
} from '@calibrate/contracts';
import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { candidateQueries } from './get-candidates';

/** One candidate's profile: details with stage history, scores, and the audit trail. */
export const candidateProfileQueries = {
  detail: (candidateId: string) =>
    queryOptions({
      queryKey: [...candidateQueries.all(), 'detail', candidateId] as const,
      queryFn: ({ signal }) =>
        apiRequest(`/v1/candidates/${candidateId}`, { schema: candidateDetailSchema, signal }),
    }),
  summary: (candidateId: string) =>
    queryOptions({
      queryKey: [...candidateQueries.all(), 'summary', candidateId] as const,
      queryFn: ({ signal }) =>
        apiRequest(`/v1/candidates/${candidateId}/summary`, {
          schema: candidateSummarySchema,
          signal,
        }),
    }),
  audit: (candidateId: string) =>
    infiniteQueryOptions({
      queryKey: [...candidateQueries.all(), 'audit', candidateId] as const,
      queryFn: ({ pageParam, signal }) =>
        apiRequest('/v1/audit-events', {
          query: { entityType: 'candidate', entityId: candidateId, limit: 20, cursor: pageParam },
          schema: auditEventPageSchema,
          signal,
        }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    }),
};

export const useCandidate = (candidateId: string) =>
  useQuery(candidateProfileQueries.detail(candidateId));
export const useCandidateSummary = (candidateId: string) =>
  useQuery(candidateProfileQueries.summary(candidateId));
export const useCandidateAudit = (candidateId: string) =>
  useInfiniteQuery(candidateProfileQueries.audit(candidateId));
