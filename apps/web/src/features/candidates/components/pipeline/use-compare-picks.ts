import { Candidate } from '@calibrate/contracts';
import { RowSelectionState } from '@tanstack/react-table';
import { useState } from 'react';

import { compareProblem } from '../../model/compare-selection';

/**
 * Candidates picked for comparison, from the table's rows or the board's cards. Picks outlive
 * the rows shown (loading more, switching layout) and are cleared when the filters change.
 */
export function useComparePicks(shownRows: Candidate[]) {
  const [picked, setPicked] = useState<Record<string, Candidate>>({});
  const selected = Object.values(picked);
  const selection: RowSelectionState = Object.fromEntries(selected.map((c) => [c.id, true]));
  const onSelectionChange = (next: RowSelectionState) =>
    setPicked((current) => {
      const all = { ...current };
      for (const candidate of shownRows) {
        if (next[candidate.id]) all[candidate.id] = candidate;
        else delete all[candidate.id];
      }
      return all;
    });
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
