import { Group, Text } from '@mantine/core';

import { heatLegend, legendRange, scaleLabel, ScaleMode } from '../model/heat-scale';
import classes from './comparison.module.css';

/** The colour scale's steps, each with the range it stands for on the chosen scale. */
export function HeatLegend({ scale }: { scale: ScaleMode }) {
  return (
    <Group gap="xs" p="sm" aria-label="Colour scale">
      <Text size="xs" c="dimmed">
        Scale ({scaleLabel(scale)}):
      </Text>
      {heatLegend().map((step) => (
        <Group key={step.from} gap={4} wrap="nowrap">
          <span className={classes.swatch} style={{ background: step.colour }} aria-hidden />
          <Text size="xs">{legendRange(step, scale)}</Text>
        </Group>
      ))}
    </Group>
  );
}
