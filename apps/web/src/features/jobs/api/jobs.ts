import {
  candidatePageSchema,
  CreateJobInput,
  CreateRoundInput,
  interviewRoundSchema,
  JobKnockOutWhatIfQuery,
  jobKnockOutWhatIfSchema,
  jobPageSchema,
  jobSchema,
  peopleSchema,
  roundBookingsSchema,
  UpdateJob,
} from '@calibrate/contracts';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

export const jobQueries = {
  all: () => ['jobs'] as const,
  list: () =>
    infiniteQueryOptions({
      queryKey: [...jobQueries.all(), 'list'] as const,
      queryFn: ({ pageParam, signal }) =>
        apiRequest('/v1/jobs', {
          query: { limit: 50, cursor: pageParam },
          schema: jobPageSchema,
          signal,
        }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    }),
  detail: (jobId: string) =>
    queryOptions({
      queryKey: [...jobQueries.all(), 'detail', jobId] as const,
      queryFn: ({ signal }) => apiRequest(`/v1/jobs/${jobId}`, { schema: jobSchema, signal }),
    }),
  candidates: (jobId: string, q: string) =>
    queryOptions({
      queryKey: [...jobQueries.all(), 'candidates', jobId, q] as const,
      queryFn: ({ signal }) =>
        apiRequest('/v1/candidates', {
          query: { jobId, q, limit: 20 },
          schema: candidatePageSchema,
          signal,
        }),
    }),
  /** Who of a panel already has a round then (the scheduling form warns). */
  bookings: (interviewerIds: string[], scheduledAt: string) =>
    queryOptions({
      queryKey: ['interviews', 'bookings', interviewerIds, scheduledAt] as const,
      queryFn: ({ signal }) =>
        apiRequest('/v1/interview-rounds/bookings', {
          query: { interviewerIds: interviewerIds.join(','), scheduledAt },
          schema: roundBookingsSchema,
          signal,
        }),
    }),
  /** How many of the job's active candidates rules (as typed, before saving) would knock out. */
  knockOutWhatIf: (jobId: string, query: JobKnockOutWhatIfQuery) =>
    queryOptions({
      queryKey: [...jobQueries.all(), 'knock-out-what-if', jobId, query] as const,
      queryFn: ({ signal }) =>
        apiRequest(`/v1/jobs/${jobId}/knock-out-what-if`, {
          query: { ...query },
          schema: jobKnockOutWhatIfSchema,
          signal,
        }),
    }),
  people: () =>
    queryOptions({
      queryKey: ['people'] as const,
      queryFn: ({ signal }) => apiRequest('/v1/people', { schema: peopleSchema, signal }),
      staleTime: 5 * 60_000,
    }),
};

export const useJobs = () => useInfiniteQuery(jobQueries.list());
export const useJob = (jobId: string | undefined) =>
  useQuery({ ...jobQueries.detail(jobId ?? ''), enabled: Boolean(jobId) });
export const useJobCandidates = (jobId: string, q: string) =>
  useQuery(jobQueries.candidates(jobId, q));
export const useJobKnockOutWhatIf = (jobId: string, query: JobKnockOutWhatIfQuery | null) =>
  useQuery({
    ...jobQueries.knockOutWhatIf(jobId, query ?? {}),
    enabled: query !== null,
    // While the next rules are counted, the last count stays instead of a skeleton per keystroke.
    placeholderData: keepPreviousData,
  });
export const usePeople = () => useQuery(jobQueries.people());
export const useBookings = (interviewerIds: string[], scheduledAt: string | null) =>
  useQuery({
    ...jobQueries.bookings(interviewerIds, scheduledAt ?? ''),
    enabled: interviewerIds.length > 0 && scheduledAt !== null,
  });

export function useSaveJob(jobId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateJobInput | UpdateJob) =>
      jobId
        ? apiRequest(`/v1/jobs/${jobId}`, { method: 'PATCH', body: input, schema: jobSchema })
        : apiRequest('/v1/jobs', { method: 'POST', body: input, schema: jobSchema }),
    meta: { errorToast: false },
    onSuccess: (job) => {
      queryClient.setQueryData(jobQueries.detail(job.id).queryKey, job);
      return queryClient.invalidateQueries({ queryKey: jobQueries.all() });
    },
  });
}

export function useScheduleRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRoundInput) =>
      apiRequest('/v1/interview-rounds', {
        method: 'POST',
        body: input,
        schema: interviewRoundSchema,
      }),
    meta: { errorToast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['interviews'] }),
  });
}
