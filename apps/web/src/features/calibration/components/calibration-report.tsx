import { CalibrationReport } from '@calibrate/contracts';
import { Grid, Stack } from '@mantine/core';

import { RefitOutcome } from '../model/fit';
import { CalibrationWarnings } from './calibration-warnings';
import { FitSummary } from './fit-summary';
import { HowToRead } from './how-to-read';
import { LeniencySection } from './leniency-section';
import { ReliabilitySection } from './reliability-section';
import { VarianceSection } from './variance-section';

/** The latest fit: its facts and warnings, leniency per interviewer, reliability, and how to read them. */
export function CalibrationReportView({
  report,
  scope,
  outcome,
}: {
  report: CalibrationReport;
  scope: string;
  outcome: RefitOutcome;
}) {
  return (
    <Stack gap="lg">
      <FitSummary report={report} outcome={outcome} />
      <CalibrationWarnings report={report} />
      <LeniencySection interviewers={report.interviewers} scope={scope} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <ReliabilitySection report={report} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <VarianceSection components={report.varianceComponents} />
            <HowToRead />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
