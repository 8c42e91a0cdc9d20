import { Estimate, RELIABILITY_BENCHMARKS } from '@calibrate/contracts';

import { formatReliability } from '../model/reliability';
import classes from './calibration.module.css';

const at = (value: number) => `${Math.min(100, Math.max(0, value * 100))}%`;

const iccMarks = (['separate', 'panel'] as const).map((kind) => ({
  label: kind,
  value: RELIABILITY_BENCHMARKS[kind],
}));

/**
 * A 0–1 track: the estimate, its 95% interval, and benchmarks as marks (by default the published
 * interview benchmarks). Decorative: the figures are printed beside it.
 */
export function ReliabilityGauge({
  estimate,
  marks = iccMarks,
}: {
  estimate: Estimate;
  marks?: { label: string; value: number }[];
}) {
  const { value, lower, upper } = estimate;
  return (
    <div className={classes.gauge} aria-hidden>
      <span className={classes.gaugeTrack} />
      {lower !== null && upper !== null && (
        <span
          className={classes.gaugeInterval}
          style={{ left: at(lower), width: `calc(${at(upper)} - ${at(lower)})` }}
        />
      )}
      <span className={classes.gaugeLabel} style={{ left: 0 }} data-edge="start">
        0
      </span>
      {marks.map((mark) => (
        <span key={mark.value}>
          <span className={classes.gaugeBenchmark} style={{ left: at(mark.value) }} />
          <span className={classes.gaugeLabel} style={{ left: at(mark.value) }}>
            {`${mark.label} ${formatReliability(mark.value)}`.trim()}
          </span>
        </span>
      ))}
      <span className={classes.gaugeLabel} style={{ left: '100%' }} data-edge="end">
        1
      </span>
      {value !== null && <span className={classes.gaugePoint} style={{ left: at(value) }} />}
    </div>
  );
}
