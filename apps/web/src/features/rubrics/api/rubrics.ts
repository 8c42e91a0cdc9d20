import {
  CreateRubricInput,
  questionBankSchema,
  RubricContentInput,
  rubricKnockOutWhatIfSchema,
  rubricListSchema,
  rubricSchema,
  rubricVersionSchema,
} from '@calibrate/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

export const rubricQueries = {
  all: () => ['rubrics'] as const,
  list: () =>
    queryOptions({
      queryKey: [...rubricQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiRequest('/v1/rubrics', { schema: rubricListSchema, signal }),
    }),
  detail: (rubricId: string) =>
    queryOptions({
      queryKey: [...rubricQueries.all(), 'detail', rubricId] as const,
      queryFn: ({ signal }) =>
        apiRequest(`/v1/rubrics/${rubricId}`, { schema: rubricSchema, signal }),
    }),
  version: (versionId: string) =>
    queryOptions({
      queryKey: [...rubricQueries.all(), 'version', versionId] as const,
      queryFn: ({ signal }) =>
        apiRequest(`/v1/rubric-versions/${versionId}`, { schema: rubricVersionSchema, signal }),
    }),
  bank: (q: string) =>
    queryOptions({
      queryKey: [...rubricQueries.all(), 'bank', q] as const,
      queryFn: ({ signal }) =>
        apiRequest('/v1/rubric-questions', { query: { q }, schema: questionBankSchema, signal }),
      enabled: q.trim().length >= 2,
      staleTime: 60_000,
    }),
  /**
   * How many past candidates a version's (saved) knock-out questions would have knocked out.
   * `rules` (the saved questions and minimums) is part of the key only, so that a saved change
   * of a rule asks again.
   */
  knockOutWhatIf: (versionId: string, rules: string) =>
    queryOptions({
      queryKey: [...rubricQueries.all(), 'knock-out-what-if', versionId, rules] as const,
      queryFn: ({ signal }) =>
        apiRequest(`/v1/rubric-versions/${versionId}/knock-out-what-if`, {
          schema: rubricKnockOutWhatIfSchema,
          signal,
        }),
    }),
};

export const useRubrics = () => useQuery(rubricQueries.list());
export const useRubric = (rubricId: string) => useQuery(rubricQueries.detail(rubricId));
export const useRubricVersion = (versionId: string | undefined) =>
  useQuery({ ...rubricQueries.version(versionId ?? ''), enabled: Boolean(versionId) });
export const useQuestionBank = (q: string) => useQuery(rubricQueries.bank(q));
export const useKnockOutWhatIf = (versionId: string, rules: string, enabled: boolean) =>
  useQuery({ ...rubricQueries.knockOutWhatIf(versionId, rules), enabled });

function useInvalidateRubrics() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: rubricQueries.all() });
}

export function useCreateRubric() {
  const invalidate = useInvalidateRubrics();
  return useMutation({
    mutationFn: (input: CreateRubricInput) =>
      apiRequest('/v1/rubrics', { method: 'POST', body: input, schema: rubricSchema }),
    meta: { errorToast: false },
    onSuccess: invalidate,
  });
}

/** A new draft copied from the newest version. */
export function useCreateVersion() {
  const invalidate = useInvalidateRubrics();
  return useMutation({
    mutationFn: (rubricId: string) =>
      apiRequest(`/v1/rubrics/${rubricId}/versions`, {
        method: 'POST',
        schema: rubricVersionSchema,
      }),
    onSuccess: invalidate,
  });
}

/** Saves a draft made on `revision`: a 412 RUBRIC_DRAFT_CONFLICT if someone saved it since. */
export function saveDraft(versionId: string, content: RubricContentInput, revision: number) {
  return apiRequest(`/v1/rubric-versions/${versionId}`, {
    method: 'PUT',
    body: content,
    headers: { 'if-match': `"${revision}"` },
    schema: rubricVersionSchema,
  });
}

export function usePublishVersion() {
  const invalidate = useInvalidateRubrics();
  return useMutation({
    mutationFn: (versionId: string) =>
      apiRequest(`/v1/rubric-versions/${versionId}/publish`, {
        method: 'POST',
        schema: rubricVersionSchema,
      }),
    meta: { errorToast: false },
    onSuccess: invalidate,
  });
}
