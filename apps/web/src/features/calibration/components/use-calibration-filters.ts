import { CalibrationFilters } from '@calibrate/contracts';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { FilterKey, filterKeys, filtersFromParams } from '../model/filters';

/**
 * The Calibration page's filters live in the URL (`jobId`, `site`, `rubricId`, `from`, `to`), so
 * a filtered view can be shared or bookmarked; no parameter means everything.
 */
export function useCalibrationFilters() {
  const [params, setParams] = useSearchParams();
  const filters: CalibrationFilters = useMemo(() => filtersFromParams(params), [params]);
  /** Sets (or, with null, removes) one filter, replacing the history entry. */
  const set = (key: FilterKey, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const clear = () =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const key of filterKeys) next.delete(key);
        return next;
      },
      { replace: true },
    );
  return { filters, set, clear };
}
