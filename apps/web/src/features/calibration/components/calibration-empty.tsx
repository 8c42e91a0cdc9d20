import { CalibrationFit } from '@calibrate/contracts';
import { EmptyState, Loader } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { ReactNode } from 'react';

import { formatFitTime } from '../model/fit';

/** Before the first fit: why there is nothing yet, or that the first fit is on its way. */
export function CalibrationEmpty({
  running,
  action,
}: {
  running: CalibrationFit | null;
  action?: ReactNode;
}) {
  return (
    <EmptyState
      py={64}
      icon={running ? <Loader size={24} aria-hidden /> : <IconScale size={28} aria-hidden />}
      title={
        running
          ? 'The first calibration is running'
          : 'No calibration yet: it runs after the first submitted scorecards'
      }
      description={
        running
          ? `Started ${formatFitTime(running.startedAt)}. This page updates by itself when it finishes.`
          : 'Once interviewers submit scorecards, Calibrate compares how each of them rates the same candidates.'
      }
    >
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}
