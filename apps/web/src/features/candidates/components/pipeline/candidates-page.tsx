import { Candidate, CandidateFilters } from '@calibrate/contracts';
import { Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';

import { PageHeader } from '@/components/ui/page-header';
import { useStableCallback } from '@/lib/use-stable-callback';

import { exportCandidatesUrl } from '../../api/export-candidates';
import { JobOption } from '../../model/job-option';
import { CandidateSort } from '../../model/pipeline-view';
import { PipelineBoard } from '../board/pipeline-board';
import { CreateCandidateForm } from '../create-candidate-form';
import { ImportCandidates } from '../import/import-candidates';
import { CandidatesTableView } from './candidates-table-view';
import { ColumnsMenu, useColumnVisibility } from './columns-menu';
import { CompareActions } from './compare-actions';
import { PipelineFilters } from './pipeline-filters';
import { PipelineHeaderActions } from './pipeline-header-actions';
import { PipelineToolbar } from './pipeline-toolbar';
import { useComparePicks } from './use-compare-picks';
import { usePipelineCandidates } from './use-pipeline-candidates';
import { usePipelineUrlState } from './use-pipeline-url-state';

/**
 * The pipeline: candidates as a table or a board by stage, with filters that live in the URL so
 * a view can be shared. From the table, 2–8 candidates of one job go to the comparison.
 */
export function CandidatesPage({
  description,
  canAdd = true,
  canMove = false,
  canCompare = false,
  showScores = true,
  jobs = [],
}: {
  description: string;
  canAdd?: boolean;
  canMove?: boolean;
  /** Compare and export: hiring managers, recruiters and admins. */
  canCompare?: boolean;
  /** Overall scores: not for interviewers, whose candidates' scores pool panels they are not on. */
  showScores?: boolean;
  jobs?: JobOption[];
}) {
  const { view, setView } = usePipelineUrlState(showScores);
  const { isBoard, boardFilters, candidates, counts, items, filtered, total } =
    usePipelineCandidates(view);
  const picks = useComparePicks(items);
  const [columnVisibility, setColumnVisibility] = useColumnVisibility();
  const [createOpen, createModal] = useDisclosure(false);
  const [importOpen, importModal] = useDisclosure(false);
  const jobTitles = useMemo(() => new Map(jobs.map((job) => [job.id, job.title])), [jobs]);
  // The table is memoized: its props stay the same objects unless what they hold changes, so
  // the stage counts or the jobs answering do not re-render 25 rows (about 1 s of main thread
  // at 4× CPU slowdown on the first load).
  const onSort = useStableCallback((sort: CandidateSort) => setView({ sort }));
  const tableColumns = useMemo(
    () => ({ ...columnVisibility, select: canCompare, ...(showScores ? {} : { score: false }) }),
    [columnVisibility, canCompare, showScores],
  );

  const setFilters = (filters: CandidateFilters) => {
    picks.clearPicks();
    setView({ filters });
  };
  const onCreated = (candidate: Candidate) => {
    createModal.close();
    notifications.show({
      color: 'teal',
      title: 'Candidate added',
      message: `${candidate.name} is on the list.`,
    });
  };

  return (
    <Stack gap="md">
      <PageHeader
        title="Candidates"
        description={description}
        action={
          <PipelineHeaderActions
            layout={view.layout}
            onLayoutChange={(layout) => setView({ layout })}
            onImport={canAdd ? importModal.open : undefined}
            onAdd={canAdd ? createModal.open : undefined}
          />
        }
      />

      <PipelineFilters
        filters={view.filters}
        jobs={jobs}
        showStage={!isBoard}
        showScores={showScores}
        onChange={setFilters}
      />

      <PipelineToolbar
        isBoard={isBoard}
        canCompare={canCompare}
        total={total}
        filtered={filtered}
        selectedCount={picks.selected.length}
        onClearFilters={() => setFilters({})}
        actions={
          <>
            {canCompare && (
              <CompareActions
                selected={picks.selected}
                compareBlocked={picks.compareBlocked}
                exportUrl={exportCandidatesUrl(view.filters, view.sort)}
                scoreBasis={view.filters.scoreBasis}
              />
            )}
            {!isBoard && (
              <ColumnsMenu
                showScores={showScores}
                columnVisibility={columnVisibility}
                onChange={setColumnVisibility}
              />
            )}
          </>
        }
      />

      {isBoard ? (
        <PipelineBoard
          filters={boardFilters}
          counts={counts.data}
          canMove={canMove}
          picked={picks.picked}
          onTogglePick={canCompare ? picks.togglePick : undefined}
          showScores={showScores}
          jobTitles={jobTitles}
        />
      ) : (
        <CandidatesTableView
          candidates={candidates}
          items={items}
          empty={{
            filtered,
            query: view.filters.q,
            onClearFilters: () => setFilters({}),
            onAdd: canAdd ? createModal.open : undefined,
          }}
          table={{
            jobTitles,
            scoreBasis: view.filters.scoreBasis,
            sort: view.sort,
            onSort,
            columnVisibility: tableColumns,
            selection: picks.selection,
            onSelectionChange: picks.onSelectionChange,
          }}
        />
      )}

      {importOpen && (
        <ImportCandidates
          opened
          onClose={importModal.close}
          jobs={jobs}
          defaultJobId={view.filters.jobId}
        />
      )}
      <Modal opened={createOpen} onClose={createModal.close} title="Add candidate" centered>
        <CreateCandidateForm onCreated={onCreated} onCancel={createModal.close} />
      </Modal>
    </Stack>
  );
}
