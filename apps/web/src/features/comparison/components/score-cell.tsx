import { Table } from '@mantine/core';

import { formatScore100, heatColour, ScaleMode } from '../model/heat-scale';
import classes from './comparison.module.css';

/** A score as the chosen scale prints it; the colour always comes from its 0–100 value. */
export function ScoreCell({
  score100,
  scale,
  label,
}: {
  score100: number | null;
  scale: ScaleMode;
  label: string;
}) {
  const colour = heatColour(score100);
  const text = formatScore100(score100, scale);
  return (
    // A plain cell with the class and column border Table.Td would give it: ~250 of them on a
    // comparison of 8, each a Mantine component resolving its styles.
    <td
      className={`${Table.classes.td} ${classes.heatCell}`}
      data-with-column-border
      style={{ background: colour.background, color: colour.text }}
      aria-label={score100 === null ? `${label}: not scored` : `${label}: ${text}`}
      data-score100={score100 === null ? undefined : score100.toFixed(2)}
    >
      {text}
    </td>
  );
}
