import { Candidate, CandidateFilters, CandidateStage } from '@calibrate/contracts';
import { Badge, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { DragEvent, useState } from 'react';

import { QueryState } from '@/components/ui/query-state';

import { useCandidates } from '../../api/get-candidates';
import { stageColors, stageLabels } from '../../model/labels';
import { BoardCard } from './board-card';
import classes from './pipeline-board.module.css';

const BOARD_PAGE_SIZE = 20;

/** One stage of the board: its count, its first cards (more on demand), and a drop target. */
export function StageColumn({
  stage,
  filters,
  count,
  canMove,
  dragged,
  onDragStart,
  onDragEnd,
  onMove,
  picked,
  onTogglePick,
  showScores,
  jobTitles,
}: {
  stage: CandidateStage;
  filters: CandidateFilters;
  count: number | undefined;
  canMove: boolean;
  dragged: Candidate | null;
  onDragStart: (candidate: Candidate) => void;
  onDragEnd: () => void;
  onMove: (candidate: Candidate, to: CandidateStage) => void;
  picked: Record<string, Candidate>;
  onTogglePick?: (candidate: Candidate) => void;
  showScores: boolean;
  /** Job titles by id for the cards; none when every card is of the same job. */
  jobTitles?: Map<string, string>;
}) {
  const candidates = useCandidates({ ...filters, stage }, BOARD_PAGE_SIZE);
  const [dropping, setDropping] = useState(false);
  const accepts = canMove && dragged !== null && dragged.stage !== stage;
  const headingId = `stage-${stage}`;

  const onDragOver = (event: DragEvent) => {
    if (!accepts) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropping(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    if (accepts && dragged) onMove(dragged, stage);
  };

  return (
    <Paper
      role="listitem"
      aria-labelledby={headingId}
      withBorder
      radius="md"
      p="xs"
      className={classes.column}
      data-dropping={dropping || undefined}
      onDragOver={onDragOver}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <Group justify="space-between" mb="xs" px={4} wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          <span className={classes.dot} data-color={stageColors[stage]} aria-hidden />
          <Text fw={600} size="sm" id={headingId}>
            {stageLabels[stage]}
          </Text>
        </Group>
        <Badge variant="light" color="gray" aria-label={`${count ?? 0} candidates`}>
          {count ?? '…'}
        </Badge>
      </Group>
      <Stack gap={6} aria-label={`${stageLabels[stage]} candidates`}>
        <QueryState
          query={candidates}
          loading={Array.from({ length: 3 }, (_, index) => (
            <Skeleton key={index} height={64} radius="sm" />
          ))}
          errorTitle="Not loaded"
          errorMessage={candidates.error?.message}
          isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
          empty={
            <Text size="xs" c="dimmed" ta="center" py="md">
              {accepts ? 'Drop here' : 'No candidates'}
            </Text>
          }
        >
          {(data) =>
            data.pages
              .flatMap((page) => page.items)
              .map((candidate) => (
                <BoardCard
                  key={candidate.id}
                  candidate={candidate}
                  canMove={canMove}
                  onDragStart={onDragStart}
                  onDragEnd={onDragEnd}
                  onMove={onMove}
                  isPicked={Boolean(picked[candidate.id])}
                  onTogglePick={onTogglePick}
                  scoreBasis={showScores ? (filters.scoreBasis ?? 'raw') : null}
                  jobTitle={candidate.jobId ? jobTitles?.get(candidate.jobId) : undefined}
                />
              ))
          }
        </QueryState>
        {candidates.hasNextPage && (
          <Button
            variant="subtle"
            size="compact-sm"
            loading={candidates.isFetchingNextPage}
            onClick={() => void candidates.fetchNextPage()}
          >
            Show more
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
