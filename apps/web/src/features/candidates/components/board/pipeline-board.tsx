import { Candidate, CandidateFilters, candidateStages, StageCounts } from '@calibrate/contracts';
import { ActionIcon, Group, ScrollArea } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';

import { useMoveCandidate } from '../use-move-candidate';
import classes from './pipeline-board.module.css';
import { StageColumn } from './stage-column';
import { useScrollEdges } from './use-scroll-edges';

/**
 * A column per stage with its count. Cards move by drag and drop, or from the keyboard through
 * each card's menu; both go through the same move (reason on reject, undo).
 */
export function PipelineBoard({
  filters,
  counts,
  canMove,
  picked,
  onTogglePick,
  showScores = true,
  jobTitles,
}: {
  filters: CandidateFilters;
  counts: StageCounts | undefined;
  canMove: boolean;
  /** Candidates picked for comparison: a card's tick adds or removes it (no tick without it). */
  picked: Record<string, Candidate>;
  onTogglePick?: (candidate: Candidate) => void;
  showScores?: boolean;
  /** Job titles by id, for each card's job (left out when the board shows one job). */
  jobTitles: Map<string, string>;
}) {
  const { move, dialog } = useMoveCandidate();
  // Cards carry their data through the drag, so a drop needs no lookup.
  const [dragged, setDragged] = useState<Candidate | null>(null);
  // Seven columns are wider than a laptop screen: a shade and an arrow say more stages are there.
  const { viewportRef, edges, update, scrollBy } = useScrollEdges();

  return (
    <>
      <div className={classes.board}>
        {!edges.atStart && (
          <div className={classes.edge} data-side="start">
            <ActionIcon
              variant="default"
              radius="xl"
              size="lg"
              aria-label="Scroll to earlier stages"
              onClick={() => scrollBy(-1)}
            >
              <IconChevronLeft size={18} aria-hidden />
            </ActionIcon>
          </div>
        )}
        {!edges.atEnd && (
          <div className={classes.edge} data-side="end">
            <ActionIcon
              variant="default"
              radius="xl"
              size="lg"
              aria-label="Scroll to later stages"
              onClick={() => scrollBy(1)}
            >
              <IconChevronRight size={18} aria-hidden />
            </ActionIcon>
          </div>
        )}
        <ScrollArea
          type="auto"
          offsetScrollbars
          viewportRef={viewportRef}
          onScrollPositionChange={update}
        >
          <Group align="flex-start" wrap="nowrap" gap="sm" role="list" aria-label="Pipeline board">
            {candidateStages.map((stage) => (
              <StageColumn
                key={stage}
                stage={stage}
                filters={filters}
                count={counts?.[stage]}
                canMove={canMove}
                dragged={dragged}
                onDragStart={setDragged}
                onDragEnd={() => setDragged(null)}
                onMove={move}
                picked={picked}
                onTogglePick={onTogglePick}
                showScores={showScores}
                jobTitles={filters.jobId ? undefined : jobTitles}
              />
            ))}
          </Group>
        </ScrollArea>
      </div>
      {dialog}
    </>
  );
}
