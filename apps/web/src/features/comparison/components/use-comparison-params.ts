import { useSearchParams } from 'react-router';

import { readCandidateIds } from '../model/comparison-view';
import { ScaleMode } from '../model/heat-scale';
import { readScoreBasis } from '../model/score-basis';

/**
 * The comparison's choices, held in the URL so a view can be shared as it is: the candidates
 * (`candidates=a,b`), blind mode (`blind=1`), the scale (`scale=100`; 1–5 when absent) and the
 * score ranked by (`scoreBasis=corrected` for leniency-corrected totals; raw when absent, as in
 * the pipeline's URL).
 */
export function useComparisonParams() {
  const [params, setParams] = useSearchParams();
  const candidateIds = readCandidateIds(params.get('candidates'));
  const blind = params.get('blind') === '1';
  const scale: ScaleMode = params.get('scale') === '100' ? '100' : '5';
  const basis = readScoreBasis(params.get('scoreBasis'));

  /** Sets (or, with null, removes) parameters, replacing the history entry. */
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  const setCandidates = (ids: string[]) => update({ candidates: ids.join(',') || null });

  return { candidateIds, blind, scale, basis, update, setCandidates };
}
