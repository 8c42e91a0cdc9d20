import { CalibrationFilters, CalibrationReport } from '@calibrate/contracts';
import { Button, EmptyState, Grid, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';

import { describeFilters, FilterKey, isFiltered } from '../model/filters';
import { RefitOutcome } from '../model/fit';
import { CalibrationFiltersBar } from './calibration-filters';
import { CalibrationWarnings } from './calibration-warnings';
import { FitSummary } from './fit-summary';
import { HowToRead } from './how-to-read';
import { LeniencySection } from './leniency-section';
import { ReliabilitySection } from './reliability-section';
import { TrendSection } from './trend-section';
import { VarianceSection } from './variance-section';

export interface FilterState {
  filters: CalibrationFilters;
  set: (key: FilterKey, value: string | null) => void;
  clear: () => void;
}

/**
 * The latest fit: its facts and warnings, the filters, leniency per interviewer and by month,
 * reliability and panel agreement, and how to read them.
 */
export function CalibrationReportView({
  report,
  scope,
  outcome,
  filterState,
  updating,
}: {
  report: CalibrationReport;
  scope: string;
  outcome: RefitOutcome;
  filterState: FilterState;
  updating: boolean;
}) {
  const { filters, clear } = filterState;
  const filtered = isFiltered(filters);
  const described = describeFilters(filters, report.filters.options);
  const listScope = described
    ? `Interviewers with submitted scorecards in this view (${described}).`
    : scope;
  return (
    <Stack gap="lg">
      <FitSummary report={report} outcome={outcome} />
      <CalibrationWarnings report={report} />
      <Paper withBorder radius="md" p="md" component="section" aria-label="Filters">
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <div style={{ flex: 1, minWidth: 0 }}>
            <CalibrationFiltersBar {...filterState} options={report.filters.options} />
          </div>
          {updating && <Loader size="xs" mt={30} aria-label="Updating" />}
        </Group>
        <Text size="sm" c="dimmed" mt="sm">
          Filters choose <strong>whom</strong> you see and count their scorecards in that view. They
          don’t change anyone’s figures: leniency and reliability always come from every submitted
          scorecard in the fit, because a fair comparison needs all the candidates an interviewer
          shares with others. The period also limits the months in Leniency by month.
        </Text>
      </Paper>
      {filtered && report.interviewers.length === 0 ? (
        <EmptyState
          py={48}
          icon={<IconFilterOff size={28} aria-hidden />}
          title="No interviewer in this view"
          description={`Nobody has submitted scorecards for ${described ?? 'these filters'}. Try a longer period or another job.`}
        >
          <EmptyState.Actions>
            <Button variant="light" onClick={clear}>
              Clear filters
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <>
          <LeniencySection interviewers={report.interviewers} scope={listScope} />
          <TrendSection interviewers={report.interviewers} />
        </>
      )}
      <ReliabilitySection report={report} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <VarianceSection components={report.varianceComponents} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <HowToRead />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
