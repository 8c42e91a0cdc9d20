import { CalibrationReport } from '@calibrate/contracts';
import { Alert, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';

import { describeFit, formatFitTime, RefitOutcome } from '../model/fit';
import { plural } from '../model/format';

/** Which fit the figures come from, a refit in progress, and how the viewer's refit ended. */
export function FitSummary({
  report,
  outcome,
}: {
  report: CalibrationReport;
  outcome: RefitOutcome;
}) {
  const { fit, running } = report;
  return (
    <>
      {fit && (
        <Text size="sm">
          <Text span fw={600}>
            Figures from the latest fit:
          </Text>{' '}
          {describeFit(fit).join(' · ')}
        </Text>
      )}
      {running ? (
        <Alert color="blue" variant="light" role="status" title="Refitting…">
          <Group gap="sm" wrap="nowrap">
            <Loader size="xs" aria-hidden />
            <Text size="sm">
              A refit started {formatFitTime(running.startedAt)} over{' '}
              {plural(running.scorecards, 'submitted scorecard')}. The figures below are from the
              previous fit and update by themselves when it finishes.
            </Text>
          </Group>
        </Alert>
      ) : outcome === 'finished' ? (
        <Alert
          color="teal"
          variant="light"
          role="status"
          icon={<IconCircleCheck size={18} aria-hidden />}
          title="Refit finished"
        >
          The figures below are from the fit you just started.
        </Alert>
      ) : outcome === 'failed' ? (
        <Alert
          color="red"
          variant="light"
          role="alert"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title="The refit did not finish"
        >
          The figures below are still from the previous fit. Try again; if it fails again, the
          server log says why.
        </Alert>
      ) : null}
    </>
  );
}
