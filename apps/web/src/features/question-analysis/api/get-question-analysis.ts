import { QuestionAnalysisQuery, questionAnalysisSchema } from '@calibrate/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

/** The filters as query parameters, in a fixed order (a stable URL and query key). */
function filterParams(filters: QuestionAnalysisQuery): string {
  const params = new URLSearchParams();
  if (filters.jobId) params.set('jobId', filters.jobId);
  if (filters.site) params.set('site', filters.site);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const questionAnalysisQueries = {
  all: () => ['question-analysis'] as const,
  report: (rubricId: string, filters: QuestionAnalysisQuery = {}) =>
    queryOptions({
      queryKey: [...questionAnalysisQueries.all(), rubricId, filters] as const,
      queryFn: ({ signal }) =>
        apiRequest(`/v1/rubrics/${rubricId}/question-analysis${filterParams(filters)}`, {
          schema: questionAnalysisSchema,
          signal,
        }),
      // A new filter keeps the page in place until its figures arrive.
      placeholderData: keepPreviousData,
    }),
};

export const useQuestionAnalysis = (rubricId: string, filters: QuestionAnalysisQuery = {}) =>
  useQuery(questionAnalysisQueries.report(rubricId, filters));
