import { Candidate, CandidateFilters } from '@calibrate/contracts';
import {
  Button,
  Checkbox,
  EmptyState,
  Group,
  Menu,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { useDisclosure, useLocalStorage } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconColumns3,
  IconFileExport,
  IconFileImport,
  IconLayoutKanban,
  IconScale,
  IconSearch,
  IconTable,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react';
import { RowSelectionState, VisibilityState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';

import { exportCandidatesUrl } from '../api/export-candidates';
import { useCandidates, useStageCounts } from '../api/get-candidates';
import {
  activeFilterCount,
  PipelineView,
  readPipelineView,
  withoutScores,
  writePipelineView,
} from '../model/pipeline-view';
import {
  CandidatesTable,
  CandidatesTableSkeleton,
  defaultHiddenColumns,
  JobOption,
  optionalColumns,
} from './candidates-table';
import { CreateCandidateForm } from './create-candidate-form';
import { ImportCandidates } from './import-candidates';
import { PipelineBoard } from './pipeline-board';
import { PipelineFilters } from './pipeline-filters';

export const MAX_COMPARED = 8;

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
  const [searchParams, setSearchParams] = useSearchParams();
  const view = showScores
    ? readPipelineView(searchParams)
    : withoutScores(readPipelineView(searchParams));
  const navigate = useNavigate();
  const [createOpen, createModal] = useDisclosure(false);
  const [importOpen, importModal] = useDisclosure(false);
  // Candidates picked for comparison, from the table's rows or the board's cards.
  const [picked, setPicked] = useState<Record<string, Candidate>>({});
  const [columnVisibility, setColumnVisibility] = useLocalStorage<VisibilityState>({
    key: 'calibrate.candidate-columns',
    defaultValue: defaultHiddenColumns,
  });
  const jobTitles = useMemo(() => new Map(jobs.map((job) => [job.id, job.title])), [jobs]);

  const setView = (next: Partial<PipelineView>) =>
    setSearchParams(writePipelineView({ ...view, ...next }), { replace: true });
  const setFilters = (filters: CandidateFilters) => {
    setPicked({});
    setView({ filters });
  };

  const isBoard = view.layout === 'board';
  const { stage: _stage, ...boardFilters } = view.filters;
  const candidates = useCandidates({ ...view.filters, sort: view.sort }, undefined, !isBoard);
  const counts = useStageCounts(isBoard ? boardFilters : view.filters);
  const items = candidates.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = activeFilterCount(view.filters) > 0 || Boolean(view.filters.q);
  const total = counts.data
    ? Object.entries(counts.data)
        .filter(([stage]) => !view.filters.stage || stage === view.filters.stage)
        .reduce((sum, [, count]) => sum + count, 0)
    : undefined;

  const selected = Object.values(picked);
  const selection: RowSelectionState = Object.fromEntries(selected.map((c) => [c.id, true]));
  const onSelectionChange = (next: RowSelectionState) =>
    setPicked((current) => {
      const all = { ...current };
      for (const candidate of items) {
        if (next[candidate.id]) all[candidate.id] = candidate;
        else delete all[candidate.id];
      }
      return all;
    });
  const togglePick = (candidate: Candidate) =>
    setPicked((current) => {
      const { [candidate.id]: wasPicked, ...rest } = current;
      return wasPicked ? rest : { ...current, [candidate.id]: candidate };
    });
  const compareBlocked = compareProblem(selected);

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
          <Group gap="sm">
            <SegmentedControl
              aria-label="Layout"
              value={view.layout}
              onChange={(layout) => setView({ layout: layout === 'board' ? 'board' : 'table' })}
              data={[
                {
                  value: 'table',
                  label: (
                    <Group gap={6} wrap="nowrap">
                      <IconTable size={16} aria-hidden /> Table
                    </Group>
                  ),
                },
                {
                  value: 'board',
                  label: (
                    <Group gap={6} wrap="nowrap">
                      <IconLayoutKanban size={16} aria-hidden /> Board
                    </Group>
                  ),
                },
              ]}
            />
            {canAdd && (
              <Button
                variant="default"
                leftSection={<IconFileImport size={18} />}
                onClick={importModal.open}
              >
                Import CSV
              </Button>
            )}
            {canAdd && (
              <Button leftSection={<IconUserPlus size={18} />} onClick={createModal.open}>
                Add candidate
              </Button>
            )}
          </Group>
        }
      />

      <PipelineFilters
        filters={view.filters}
        jobs={jobs}
        showStage={!isBoard}
        showScores={showScores}
        onChange={setFilters}
      />

      <Group justify="space-between">
        <Group gap="xs">
          <Text size="sm" c="dimmed" aria-live="polite">
            {isBoard
              ? canCompare
                ? 'Tick cards to compare them.'
                : ' '
              : total === undefined
                ? ' '
                : `${total.toLocaleString('en')} ${total === 1 ? 'candidate' : 'candidates'}${filtered ? (total === 1 ? ' matches' : ' match') : ''}`}
            {selected.length > 0 && ` · ${selected.length} selected`}
          </Text>
          {filtered && (
            <Button variant="subtle" size="compact-sm" onClick={() => setFilters({})}>
              Clear filters
            </Button>
          )}
        </Group>
        <Group gap="xs">
          {canCompare && (
            <>
              <Tooltip label={compareBlocked ?? ''} disabled={!compareBlocked}>
                <Button
                  variant={selected.length ? 'filled' : 'default'}
                  leftSection={<IconScale size={16} />}
                  data-disabled={compareBlocked ? true : undefined}
                  aria-disabled={compareBlocked ? true : undefined}
                  onClick={(event) => {
                    if (compareBlocked) {
                      event.preventDefault();
                      return;
                    }
                    const jobId = selected[0]?.jobId ?? '';
                    void navigate(
                      `/jobs/${jobId}/compare?candidates=${selected.map((c) => c.id).join(',')}`,
                    );
                  }}
                >
                  Compare{selected.length ? ` (${selected.length})` : ''}
                </Button>
              </Tooltip>
              <Button
                variant="default"
                component="a"
                href={exportCandidatesUrl(view.filters, view.sort)}
                download
                leftSection={<IconFileExport size={16} />}
              >
                Export CSV
              </Button>
            </>
          )}
          {!isBoard && (
            <Menu closeOnItemClick={false} position="bottom-end">
              <Menu.Target>
                <Button variant="default" leftSection={<IconColumns3 size={16} />}>
                  Columns
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>Show columns</Menu.Label>
                {optionalColumns
                  .filter((column) => showScores || column.id !== 'score')
                  .map((column) => (
                    <Menu.Item key={column.id} component="div">
                      <Checkbox
                        label={column.label}
                        checked={columnVisibility[column.id] !== false}
                        onChange={(event) =>
                          setColumnVisibility({
                            ...columnVisibility,
                            [column.id]: event.currentTarget.checked,
                          })
                        }
                      />
                    </Menu.Item>
                  ))}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Group>

      {isBoard ? (
        <PipelineBoard
          filters={boardFilters}
          counts={counts.data}
          canMove={canMove}
          picked={picked}
          onTogglePick={canCompare ? togglePick : undefined}
          showScores={showScores}
        />
      ) : (
        <>
          <Paper withBorder radius="md" p={0}>
            {candidates.isPending ? (
              <CandidatesTableSkeleton />
            ) : candidates.isError ? (
              <ErrorAlert
                title="Candidates could not be loaded"
                message={candidates.error.message}
                onAction={() => void candidates.refetch()}
              />
            ) : items.length === 0 ? (
              filtered ? (
                <EmptyState
                  py={48}
                  icon={<IconSearch size={28} />}
                  title={
                    view.filters.q
                      ? `No candidates match “${view.filters.q}”`
                      : 'No candidates match these filters'
                  }
                  description="Check the spelling: a full name matches from its first word, an email from its start. Or loosen a filter."
                >
                  <EmptyState.Actions>
                    <Button variant="default" onClick={() => setFilters({})}>
                      Clear filters
                    </Button>
                  </EmptyState.Actions>
                </EmptyState>
              ) : (
                <EmptyState
                  py={48}
                  icon={<IconUsers size={28} />}
                  title="No candidates yet"
                  description={
                    canAdd
                      ? 'Add the first applicant to start building the pipeline.'
                      : 'Candidates appear here once you are part of their interviews.'
                  }
                >
                  {canAdd && (
                    <EmptyState.Actions>
                      <Button leftSection={<IconUserPlus size={18} />} onClick={createModal.open}>
                        Add candidate
                      </Button>
                    </EmptyState.Actions>
                  )}
                </EmptyState>
              )
            ) : (
              <CandidatesTable
                candidates={items}
                jobTitles={jobTitles}
                sort={view.sort}
                onSort={(sort) => setView({ sort })}
                columnVisibility={{
                  ...columnVisibility,
                  select: canCompare,
                  ...(showScores ? {} : { score: false }),
                }}
                selection={selection}
                onSelectionChange={onSelectionChange}
              />
            )}
          </Paper>

          {items.length > 0 && (
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                Showing {items.length.toLocaleString('en')}
                {candidates.hasNextPage ? '' : filtered ? ' (all matches)' : ' (everyone)'}
              </Text>
              {candidates.hasNextPage && (
                <Button
                  variant="default"
                  loading={candidates.isFetchingNextPage}
                  onClick={() => void candidates.fetchNextPage()}
                >
                  Load more
                </Button>
              )}
            </Group>
          )}
        </>
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

/** Why the selection cannot be compared yet, or undefined when it can. */
function compareProblem(selected: Candidate[]): string | undefined {
  if (selected.length < 2) return 'Select 2 to 8 candidates of one job to compare them.';
  if (selected.length > MAX_COMPARED) return `Compare at most ${MAX_COMPARED} candidates at once.`;
  const jobs = new Set(selected.map((candidate) => candidate.jobId));
  if (jobs.has(null)) return 'Only candidates who applied to a job can be compared.';
  if (jobs.size > 1) return 'Compare candidates of one job: they were scored on its rubrics.';
  return undefined;
}
