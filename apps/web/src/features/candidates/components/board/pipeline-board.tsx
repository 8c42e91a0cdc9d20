import { Candidate, CandidateFilters, candidateStages, StageCounts } from '@calibrate/contracts';
import { Group, ScrollArea } from '@mantine/core';
import { useState } from 'react';

import { useMoveCandidate } from '../use-move-candidate';
import { StageColumn } from './stage-column';

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
}: {
  filters: CandidateFilters;
  counts: StageCounts | undefined;
  canMove: boolean;
  /** Candidates picked for comparison: a card's tick adds or removes it (no tick without it). */
  picked: Record<string, Candidate>;
  onTogglePick?: (candidate: Candidate) => void;
  showScores?: boolean;
}) {
  const { move, dialog } = useMoveCandidate();
  // Cards carry their data through the drag, so a drop needs no lookup.
  const [dragged, setDragged] = useState<Candidate | null>(null);

  return (
    <>
      <ScrollArea type="auto" offsetScrollbars>
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
            />
          ))}
        </Group>
      </ScrollArea>
      {dialog}
    </>
  );
}
