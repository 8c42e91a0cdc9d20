import { Estimate, RELIABILITY_BENCHMARKS } from '@calibrate/contracts';

import { formatReliability } from '../model/reliability';
import classes from './calibration.module.css';

const at = (value: number) => `${Math.min(100, Math.max(0, value * 100))}%`;

/** A 0–1 track: the estimate, its 95% interval, and the published benchmarks as marks. Decorative: the figures are printed beside it. */
export function ReliabilityGauge({ estimate }: { estimate: Estimate }) {
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
      {(['separate', 'panel'] as const).map((kind) => (
        <span key={kind}>
          <span
            className={classes.gaugeBenchmark}
            style={{ left: at(RELIABILITY_BENCHMARKS[kind]) }}
          />
          <span className={classes.gaugeLabel} style={{ left: at(RELIABILITY_BENCHMARKS[kind]) }}>
            {kind} {formatReliability(RELIABILITY_BENCHMARKS[kind])}
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
