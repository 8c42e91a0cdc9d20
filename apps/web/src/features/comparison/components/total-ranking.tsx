import { Comparison } from '@calibrate/contracts';
import { Text } from '@mantine/core';

import { KnockOutBadge } from '@/components/ui/knock-out-badge';

import { candidateLabel } from '../model/comparison-view';
import { candidateColours, ScaleMode } from '../model/heat-scale';
import {
  chosenTotal,
  otherTotal,
  rankCandidates,
  rankLabel,
  ScoreBasis,
  totalsInline,
} from '../model/score-basis';
import classes from './comparison.module.css';

const clamp = (score: number) => Math.min(100, Math.max(0, score));

/**
 * The weighted totals best first on the chosen basis, as the API computed them: a bar per
 * candidate on 0–100, a tick where the other basis would put it, and both figures printed.
 */
export function TotalRanking({
  comparison,
  blind,
  basis,
  scale,
}: {
  comparison: Comparison;
  blind: boolean;
  basis: ScoreBasis;
  scale: ScaleMode;
}) {
  const ranked = rankCandidates(comparison.candidates, basis);
  return (
    <ol className={classes.ranking} aria-label={`Candidates by weighted total, ${basis}`}>
      {ranked.map((place) => {
        const candidate = comparison.candidates[place.index];
        if (!candidate) return null;
        const chosen = chosenTotal(candidate.overall, basis);
        const other = otherTotal(candidate.overall, basis);
        return (
          <li key={candidate.candidateId} className={classes.rankingRow}>
            <Text span fw={700} size="sm" className={classes.rankingPlace}>
              {rankLabel(place, ranked)}
            </Text>
            <span className={classes.rankingName}>
              <Text span fw={600} size="sm" truncate>
                {candidateLabel(candidate.name, place.index, blind)}
              </Text>
              <KnockOutBadge knockOuts={candidate.knockOuts} size="xs" />
            </span>
            <span className={classes.rankingTrack} aria-hidden>
              {chosen !== null && (
                <span
                  className={classes.bar}
                  style={{
                    width: `${clamp(chosen)}%`,
                    background: candidateColours[place.index % candidateColours.length],
                  }}
                />
              )}
              {other !== null && (
                <span className={classes.rankingTick} style={{ left: `${clamp(other)}%` }} />
              )}
            </span>
            <Text span size="sm" ff="monospace" className={classes.rankingFigures}>
              {totalsInline(candidate.overall, basis, scale)}
            </Text>
          </li>
        );
      })}
    </ol>
  );
}
