import { Box, Group } from '@mantine/core';

import { distributionHeights, distributionLabel } from '../model/format';

/**
 * The 1..5 rating counts as five small columns, scaled to the most common rating. The columns
 * are decoration: the counts are the image's accessible name and its tooltip.
 */
export function DistributionBar({ distribution }: { distribution: readonly number[] }) {
  const label = distributionLabel(distribution);
  const heights = distributionHeights(distribution);
  return (
    <Group
      role="img"
      aria-label={label}
      title={label}
      gap={2}
      align="flex-end"
      wrap="nowrap"
      h={28}
      w={60}
    >
      {heights.map((height, i) => (
        <Box
          key={i}
          w={10}
          h={`${Math.max(height * 100, 4)}%`}
          bg={height > 0 ? 'blue.6' : 'gray.3'}
          style={{ borderRadius: 1 }}
        />
      ))}
    </Group>
  );
}
