import { ValidityReport } from '@calibrate/contracts';
import { Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';

import { FitFiguresNote, NoFitYet } from '@/components/ui/fit-figures-note';
import { useCan } from '@/features/auth';

import { isFiltered } from '../model/filters';
import { formatSdRatio } from '../model/format';
import {
  chosenOutcome,
  directionNote,
  overallSdRatio,
  summaryLine,
  validityRows,
} from '../model/report';
import { HowToRead } from './how-to-read';
import { OutcomePicker } from './outcome-picker';
import { ValidityFilterState } from './use-validity-filters';
import { ValidityEmpty } from './validity-empty';
import { ValidityFiltersBar } from './validity-filters';
import { ValidityTable } from './validity-table';

/** The report: filters, what it covers, the outcome picked and its table, how to read it. */
export function ValidityReportView({
  report,
  filterState,
  updating,
  canRecord,
  scope,
}: {
  report: ValidityReport;
  filterState: ValidityFilterState;
  updating: boolean;
  canRecord: boolean;
  /** Whose candidates the report covers, for those who see only some. */
  scope: string | null;
}) {
  const { filters, set, clear } = filterState;
  const outcome = chosenOutcome(report, filterState.outcome);
  const note = outcome ? directionNote(outcome) : null;
  const u = outcome ? overallSdRatio(report, outcome) : null;
  const canFit = useCan('calibration.refit');
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md" component="section" aria-label="Filters">
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <div style={{ flex: 1, minWidth: 0 }}>
            <ValidityFiltersBar
              filters={filters}
              options={report.options}
              chosenRubricId={report.scope.rubricId}
              set={set}
              clear={clear}
            />
          </div>
          {updating && <Loader size="xs" mt={30} aria-label="Updating" />}
        </Group>
        <Text size="sm" mt="sm" fw={500}>
          {summaryLine(report)}
        </Text>
        {scope && (
          <Text size="sm" c="dimmed">
            {scope}
          </Text>
        )}
        {report.aggregatedAt && <FitFiguresNote aggregatedAt={report.aggregatedAt} />}
      </Paper>
      {report.aggregatedAt === null ? (
        <NoFitYet canFit={canFit} />
      ) : report.hiredWithOutcomes === 0 || outcome === null ? (
        <ValidityEmpty filtered={isFiltered(filters)} canRecord={canRecord} onClear={clear} />
      ) : (
        <>
          <Paper
            withBorder
            radius="md"
            p="md"
            component="section"
            aria-labelledby="validity-predictors-title"
          >
            <Title order={2} size="h4" id="validity-predictors-title" mb="xs">
              What predicts it
            </Title>
            <OutcomePicker report={report} value={outcome} onChange={filterState.setOutcome} />
            {note && (
              <Text size="sm" mt="xs">
                {note}
              </Text>
            )}
            {u !== null && (
              <Text size="sm" c="dimmed" mt={4}>
                Hiring narrowed the overall score: applicants’ scores spread {formatSdRatio(u)}{' '}
                times as widely as hires’ (u), which the corrected figures make up for.
              </Text>
            )}
            <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
              <ValidityTable
                rows={validityRows(report, outcome)}
                outcome={outcome}
                minN={report.minN}
              />
            </div>
            <Text size="xs" c="dimmed" mt="xs">
              n: hires scored on it with this outcome recorded. r runs from −1 to 1 (0: no
              relation); the range under it is its 95% interval. Corrected r: the estimate among all
              applicants. AUC, for yes/no outcomes: how often a hire with the outcome outscored one
              without (0.5 is chance).
            </Text>
          </Paper>
          <HowToRead minN={report.minN} overallU={u} />
        </>
      )}
    </Stack>
  );
}
