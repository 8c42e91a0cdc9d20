import { Candidate } from '@calibrate/contracts';
import { useMemo } from 'react';

import { useCandidates } from '../../api/get-candidates';
import { useStageCounts } from '../../api/get-stage-counts';
import { activeFilterCount, PipelineView } from '../../model/pipeline-view';

const NO_CANDIDATES: Candidate[] = [];

/**
 * What the view shows: the table's pages (not loaded on the board, whose columns load their
 * own), the count per stage, and how many candidates match.
 */
export function usePipelineCandidates(view: PipelineView) {
  const isBoard = view.layout === 'board';
  // The board shows every stage: its stage filter is its columns.
  const { stage: _stage, ...boardFilters } = view.filters;
  const candidates = useCandidates({ ...view.filters, sort: view.sort }, undefined, !isBoard);
  const counts = useStageCounts(isBoard ? boardFilters : view.filters);
  // The same array until a page arrives: the table is memoized on it.
  const items = useMemo(
    () => candidates.data?.pages.flatMap((page) => page.items) ?? NO_CANDIDATES,
    [candidates.data],
  );
  const filtered = activeFilterCount(view.filters) > 0 || Boolean(view.filters.q);
  const total = counts.data
    ? Object.entries(counts.data)
        .filter(([stage]) => !view.filters.stage || stage === view.filters.stage)
        .reduce((sum, [, count]) => sum + count, 0)
    : undefined;
  return { isBoard, boardFilters, candidates, counts, items, filtered, total };
}
