import { Table } from '@mantine/core';

import { heatColour, ScaleMode } from '../model/heat-scale';
import { chosenTotal, ScoreBasis, totalLabel } from '../model/score-basis';
import classes from './comparison.module.css';

/**
 * A weighted total on the chosen basis, coloured by it, with its basis named and the other total
 * beside it ("66" over "corrected · 72 raw").
 */
export function TotalCell({
  totals,
  basis,
  scale,
  label,
}: {
  totals: { weightedScore100: number | null; correctedScore100: number | null };
  basis: ScoreBasis;
  scale: ScaleMode;
  label: string;
}) {
  const score100 = chosenTotal(totals, basis);
  const colour = heatColour(score100);
  const text = totalLabel(totals, basis, scale);
  return (
    // A plain cell with the class and column border Table.Td would give it: ~250 of them on a
    // comparison of 8, each a Mantine component resolving its styles.
    <td
      className={`${Table.classes.td} ${classes.heatCell}`}
      data-with-column-border
      style={{ background: colour.background, color: colour.text }}
      aria-label={`${label}: ${text.spoken}`}
      data-score100={score100 === null ? undefined : score100.toFixed(2)}
      data-basis={basis}
    >
      {text.value}
      {text.note && <span className={classes.totalNote}>{text.note}</span>}
    </td>
  );
}
