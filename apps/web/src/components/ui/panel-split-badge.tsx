import { Badge, BadgeProps } from '@mantine/core';
import { IconGitFork } from '@tabler/icons-react';

export const PANEL_SPLIT_EXPLAINED =
  'The panel disagrees: recommendations two or more steps apart, or a third of the questions they both rated two or more points apart. The average hides it: talk it through before deciding.';

/**
 * "Panel split: debrief": where an average hides a disagreement (a 1 and a 5 read as a calm 3).
 * Caution yellow with near-black text, so it reads on any screen (WCAG AA).
 */
export function PanelSplitBadge({ size = 'sm' }: { size?: BadgeProps['size'] }) {
  return (
    <Badge
      variant="light"
      color="yellow"
      c="dark.9"
      size={size}
      leftSection={<IconGitFork size={12} aria-hidden />}
      title={PANEL_SPLIT_EXPLAINED}
      miw="max-content"
    >
      Panel split: debrief
    </Badge>
  );
}
