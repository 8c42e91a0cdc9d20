import { CALIBRATED_MIN_LINKED } from '@calibrate/contracts';
import { Group, Text } from '@mantine/core';

import classes from './calibration.module.css';

/** What the marks mean; the shapes differ too (filled and solid vs hollow and dashed), not only the colour. */
export function ChartLegend({ withUncalibrated }: { withUncalibrated: boolean }) {
  return (
    <Group gap="lg" mt="sm" aria-label="Legend" role="group">
      <Group gap={6} wrap="nowrap">
        <Swatch />
        <Text size="xs">Calibrated: leniency and its 95% interval</Text>
      </Group>
      {withUncalibrated && (
        <Group gap={6} wrap="nowrap">
          <Swatch uncalibrated />
          <Text size="xs">
            Not yet calibrated (under {CALIBRATED_MIN_LINKED} linked scorecards): barely corrected
          </Text>
        </Group>
      )}
      <Group gap={6} wrap="nowrap">
        <span className={classes.swatch} aria-hidden>
          <span className={classes.zero} style={{ left: '50%' }} />
        </span>
        <Text size="xs">0 = the average interviewer</Text>
      </Group>
    </Group>
  );
}

function Swatch({ uncalibrated = false }: { uncalibrated?: boolean }) {
  return (
    <span className={classes.swatch} data-uncalibrated={uncalibrated ? '' : undefined} aria-hidden>
      <span className={classes.interval} style={{ left: '8%', width: '84%' }} />
      <span className={classes.point} style={{ left: '50%' }} />
    </span>
  );
}
