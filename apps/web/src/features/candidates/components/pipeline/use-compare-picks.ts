import { Candidate } from '@calibrate/contracts';
import { RowSelectionState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';

import { compareProblem } from '../../model/compare-selection';

/**
 * Candidates picked for comparison, from the table's rows or the board's cards. Picks outlive
 * the rows shown (loading more, switching layout) and are cleared when the filters change.
 */
export function useComparePicks(shownRows: Candidate[]) {
  const [picked, setPicked] = useState<Record<string, Candidate>>({});
  const selected = Object.values(picked);
  // Kept stable while nothing is picked or unpicked: the table is memoized on them.
  const selection: RowSelectionState = useMemo(
    () => Object.fromEntries(Object.keys(picked).map((id) => [id, true])),
    [picked],
  );
  const onSelectionChange = useCallback(
    (next: RowSelectionState) =>
      setPicked((current) => {
        const all = { ...current };
        for (const candidate of shownRows) {
          if (next[candidate.id]) all[candidate.id] = candidate;
          else delete all[candidate.id];
        }
        return all;
      }),
    [shownRows],
  );
  const togglePick = (candidate: Candidate) =>
    setPicked((current) => {
      const { [candidate.id]: wasPicked, ...rest } = current;
      return wasPicked ? rest : { ...current, [candidate.id]: candidate };
    });
  return {
    picked,
    selected,
    selection,
    onSelectionChange,
    togglePick,
    clearPicks: () => setPicked({}),
    compareBlocked: compareProblem(selected),
  };
}
