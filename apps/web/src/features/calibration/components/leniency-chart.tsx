import { Badge, Button, Text, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';

import { formatTick, intervalSpan, leniencyScale, position } from '../model/chart-scale';
import { formatInterval, formatLeniency, plural } from '../model/format';
import { RankedInterviewer, visibleRows } from '../model/leniency';
import classes from './calibration.module.css';
import { ChartLegend } from './chart-legend';

/**
 * A caterpillar chart: one row per interviewer, most lenient first, the point at their leniency
 * and the line its 95% interval, around the dashed 0 of the average interviewer. Every value is
 * printed, and each row says in words what its marks show.
 */
export function LeniencyChart({ rows }: { rows: RankedInterviewer[] }) {
  const [expanded, setExpanded] = useState(false);
  const scale = useMemo(
    () => leniencyScale(rows.flatMap((row) => [row.leniency, row.lower, row.upper])),
    [rows],
  );
  const { head, tail, hidden } = visibleRows(rows, { expanded });

  return (
    <figure className={classes.chart} aria-labelledby="leniency-chart-caption">
      <VisuallyHidden component="figcaption" id="leniency-chart-caption">
        Leniency per interviewer with 95% intervals, most lenient first. The Table tab has the same
        figures.
      </VisuallyHidden>
      <div className={classes.axis} aria-hidden>
        <span className={classes.name} />
        <div className={classes.track}>
          {scale.ticks.map((tick, index) => (
            <span
              key={tick}
              className={classes.tick}
              style={{ left: `${position(scale, tick)}%` }}
              data-edge={
                index === 0 ? 'start' : index === scale.ticks.length - 1 ? 'end' : undefined
              }
              data-minor={Math.round(tick / scale.step) % 2 !== 0 ? '' : undefined}
            >
              {formatTick(tick, scale.step)}
            </span>
          ))}
        </div>
        <span />
      </div>
      <ul className={classes.rows}>
        {head.map((row) => (
          <ChartRow key={row.interviewerId} row={row} scale={scale} />
        ))}
        {hidden > 0 && (
          <li className={classes.gap}>
            <Button variant="subtle" size="xs" onClick={() => setExpanded(true)}>
              Show the {hidden} interviewers in between
            </Button>
          </li>
        )}
        {tail.map((row) => (
          <ChartRow key={row.interviewerId} row={row} scale={scale} />
        ))}
      </ul>
      <div className={classes.axis} aria-hidden>
        <span className={classes.name} />
        <div className={classes.directions}>
          <span>← rates lower (stricter)</span>
          <span>rates higher (more lenient) →</span>
        </div>
        <span />
      </div>
      <ChartLegend withUncalibrated={rows.some((row) => !row.calibrated)} />
    </figure>
  );
}

function ChartRow({
  row,
  scale,
}: {
  row: RankedInterviewer;
  scale: ReturnType<typeof leniencyScale>;
}) {
  const span = intervalSpan(scale, row.lower, row.upper);
  return (
    <li className={classes.row} data-uncalibrated={row.calibrated ? undefined : ''}>
      <div className={classes.name}>
        <Text size="sm" truncate title={row.interviewerName}>
          {row.interviewerName}
        </Text>
        {!row.calibrated && (
          <Badge size="xs" variant="light" color="orange" c="dark.7">
            Not yet calibrated
          </Badge>
        )}
      </div>
      <div className={classes.track} aria-hidden>
        {scale.ticks.map((tick) => (
          <span
            key={tick}
            className={tick === 0 ? classes.zero : classes.gridline}
            style={{ left: `${position(scale, tick)}%` }}
          />
        ))}
        {span && (
          <span
            className={classes.interval}
            style={{ left: `${span.left}%`, width: `${span.width}%` }}
          />
        )}
        <span className={classes.point} style={{ left: `${position(scale, row.leniency)}%` }} />
      </div>
      <span className={classes.value}>{formatLeniency(row.leniency)}</span>
      <VisuallyHidden>
        , 95% interval {formatInterval(row.lower, row.upper)},{' '}
        {plural(row.linkedScorecards, 'linked scorecard')}.
      </VisuallyHidden>
    </li>
  );
}
