import { Button, EmptyState, Text } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { Link } from 'react-router';

import { formatDateTime } from '@/lib/format-date';

/**
 * When a report's interview figures were summed: after the latest calibration fit, with its
 * leniency correction (the question analysis and the validity report read those sums rather
 * than every answer). Said once, the same way, on both reports.
 */
export function FitFiguresNote({ aggregatedAt }: { aggregatedAt: string }) {
  return (
    <Text size="sm" c="dimmed">
      Interview figures as of the calibration fit of {formatDateTime(aggregatedAt)}; scorecards
      submitted since count from the next fit.
    </Text>
  );
}

/** Before the first calibration fit: why the report is empty and where a fit is started. */
export function NoFitYet({ canFit }: { canFit: boolean }) {
  return (
    <EmptyState
      py={48}
      icon={<IconClockHour4 size={28} aria-hidden />}
      title="No calibration fit yet"
      description={`This report is summed after each calibration fit, with its correction for lenient and harsh interviewers. A fit runs after new scorecards come in and every night${canFit ? '; you can start one now from Calibration' : ''}.`}
    >
      {canFit && (
        <EmptyState.Actions>
          <Button component={Link} to="/calibration" variant="light">
            Open Calibration
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
