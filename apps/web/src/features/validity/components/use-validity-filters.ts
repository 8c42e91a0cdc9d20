import { OutcomeKey, ValidityFilters } from '@calibrate/contracts';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { FilterKey, filterKeys, filtersFromParams, outcomeFromParams } from '../model/filters';

/**
 * The Validity page's filters (`jobId`, `site`, `rubricId`) and the outcome shown (`outcome`)
 * live in the URL, so a view can be shared or bookmarked; no parameter means the API's defaults.
 */
export function useValidityFilters() {
  const [params, setParams] = useSearchParams();
  const filters: ValidityFilters = useMemo(() => filtersFromParams(params), [params]);
  const outcome = useMemo(() => outcomeFromParams(params), [params]);
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
  const setOutcome = (value: OutcomeKey) => update((next) => next.set('outcome', value));
  const clear = () =>
    update((next) => {
      for (const key of filterKeys) next.delete(key);
    });
  return { filters, outcome, set, setOutcome, clear };
}

export type ValidityFilterState = ReturnType<typeof useValidityFilters>;
