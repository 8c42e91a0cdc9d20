import { QuestionAnalysis } from '@calibrate/contracts';
import { Alert, Anchor, Button, EmptyState, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconListSearch } from '@tabler/icons-react';
import { Link } from 'react-router';

import { FitFiguresNote, NoFitYet } from '@/components/ui/fit-figures-note';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useRubricActions } from '@/features/rubrics';

import { useQuestionAnalysis } from '../api/get-question-analysis';
import { isFiltered } from '../model/filters';
import { formatCount, siteWeekLabel } from '../model/format';
import { HowToRead } from './how-to-read';
import { QuestionAnalysisFilters } from './question-analysis-filters';
import { QuestionTable } from './question-table';
import {
  QuestionAnalysisFilterState,
  useQuestionAnalysisFilters,
} from './use-question-analysis-filters';

/**
 * Which of a rubric's questions earn their place (admins): asked or skipped, how they are rated,
 * whether they separate candidates, whether panels agree, and whether applicants at a site hear
 * them so often that answers circulate. Filters live in the URL; "New version" opens the draft
 * where a question gets fixed.
 */
export function QuestionAnalysisPage({ rubricId }: { rubricId: string }) {
  const filterState = useQuestionAnalysisFilters();
  const report = useQuestionAnalysis(rubricId, filterState.filters);
  const rubric = report.data?.rubric;
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to={`/rubrics/${rubricId}`} size="sm">
          {rubric?.name ?? 'Rubric'}
        </Anchor>
        <PageHeader
          title="Question analysis"
          description="Which questions are asked, separate candidates, and are more than interviewer noise."
          action={rubric && <NewVersionButton rubric={rubric} />}
        />
      </div>
      <QueryState
        query={report}
        loadingHeight={480}
        loadingLabel="Loading the question analysis"
        errorTitle="The question analysis could not be loaded"
        errorMessage={report.error?.message}
      >
        {(data) => <Report report={data} filterState={filterState} />}
      </QueryState>
    </Stack>
  );
}

/** Opens the rubric's draft, or starts one from the newest version (the rubric page's action). */
function NewVersionButton({ rubric }: { rubric: QuestionAnalysis['rubric'] }) {
  const actions = useRubricActions();
  if (rubric.draftVersionId) {
    return (
      <Button component={Link} to={`/rubric-versions/${rubric.draftVersionId}`}>
        Edit draft (version {rubric.draftVersion})
      </Button>
    );
  }
  return (
    <Button loading={actions.creatingVersion} onClick={() => actions.newVersion(rubric.id)}>
      New version
    </Button>
  );
}

function Report({
  report,
  filterState,
}: {
  report: QuestionAnalysis;
  filterState: QuestionAnalysisFilterState;
}) {
  const filtered = isFiltered(filterState.filters);
  const exposed = report.categories
    .flatMap((category) => category.questions)
    .filter((question) => question.exposure.overThreshold.length > 0);
  return (
    <Stack gap="lg">
      <QuestionAnalysisFilters
        filters={filterState.filters}
        options={report.options}
        set={filterState.set}
        clear={filterState.clear}
      />
      {report.aggregatedAt === null ? (
        <NoFitYet canFit />
      ) : report.scorecards === 0 ? (
        <EmptyState
          py={48}
          icon={<IconListSearch size={28} aria-hidden />}
          title={
            filtered
              ? 'No submitted scorecard in this view'
              : 'No submitted scorecard on this rubric yet'
          }
          description="The analysis reads submitted scorecards of interviews scored with this rubric. It fills in after each calibration fit, as interviewers submit them."
        />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {formatCount(report.scorecards)} submitted{' '}
            {report.scorecards === 1 ? 'scorecard' : 'scorecards'} · {formatCount(report.panels)}{' '}
            {report.panels === 1 ? 'panel' : 'panels'} (interviews with two or more scorecards)
          </Text>
          {report.aggregatedAt && <FitFiguresNote aggregatedAt={report.aggregatedAt} />}
          {exposed.length > 0 && (
            <Alert
              color="orange"
              icon={<IconAlertTriangle size={18} aria-hidden />}
              title="Answers may circulate among applicants"
            >
              <Text size="sm">
                These questions were asked in more than{' '}
                {formatCount(report.rules.exposureWarnPerWeek)} interviews at one site in one week:
              </Text>
              <List size="sm" mt={4}>
                {exposed.map((question) => (
                  <List.Item key={question.lineageId}>
                    {question.text} (busiest:{' '}
                    {question.exposure.peak
                      ? `${formatCount(question.exposure.peak.asked)} at ${siteWeekLabel(question.exposure.peak)}`
                      : '—'}
                    )
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {report.categories.map((category) => (
            <QuestionTable key={category.lineageId} category={category} rules={report.rules} />
          ))}
        </>
      )}
      <HowToRead rules={report.rules} />
    </Stack>
  );
}
