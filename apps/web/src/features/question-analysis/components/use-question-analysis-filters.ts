import { QuestionAnalysisQuery } from '@calibrate/contracts';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { FilterKey, filterKeys, filtersFromParams } from '../model/filters';

/** The job and site filters live in the URL, so a view can be shared or bookmarked. */
export function useQuestionAnalysisFilters() {
  const [params, setParams] = useSearchParams();
  const filters: QuestionAnalysisQuery = useMemo(() => filtersFromParams(params), [params]);
  const update = (change: (next: URLSearchParams) => void) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        change(next);
        return next;
      },
      { replace: true },
    );
  /** Sets (or, with null, removes) one filter, replacing the history entry. */
  const set = (key: FilterKey, value: string | null) =>
    update((next) => (value ? next.set(key, value) : next.delete(key)));
  const clear = () =>
    update((next) => {
      for (const key of filterKeys) next.delete(key);
    });
  return { filters, set, clear };
}

export type QuestionAnalysisFilterState = ReturnType<typeof useQuestionAnalysisFilters>;
