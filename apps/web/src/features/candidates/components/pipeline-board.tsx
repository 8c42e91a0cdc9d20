import {
  Candidate,
  CandidateFilters,
  CandidateStage,
  candidateStages,
  StageCounts,
} from '@calibrate/contracts';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Menu,
  Paper,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { IconArrowsMove, IconGripVertical } from '@tabler/icons-react';
import { DragEvent, useState } from 'react';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';

import { useCandidates } from '../api/get-candidates';
import { stageColors, stageLabels } from '../model/labels';
import classes from './pipeline-board.module.css';
import { useMoveCandidate } from './use-move-candidate';

const BOARD_PAGE_SIZE = 20;
const dragType = 'application/x-calibrate-candidate';

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

function StageColumn({
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
}) {
  const candidates = useCandidates({ ...filters, stage }, BOARD_PAGE_SIZE);
  const items = candidates.data?.pages.flatMap((page) => page.items) ?? [];
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
        {candidates.isPending ? (
          Array.from({ length: 3 }, (_, index) => <Skeleton key={index} height={64} radius="sm" />)
        ) : candidates.isError ? (
          <ErrorAlert
            title="Not loaded"
            message={candidates.error.message}
            onAction={() => void candidates.refetch()}
          />
        ) : items.length === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="md">
            {accepts ? 'Drop here' : 'No candidates'}
          </Text>
        ) : (
          items.map((candidate) => (
            <CandidateCard
              key={candidate.id}
              candidate={candidate}
              canMove={canMove}
              onDragStart={onDragStart}
              onDragEnd={onDragEnd}
              onMove={onMove}
              isPicked={Boolean(picked[candidate.id])}
              onTogglePick={onTogglePick}
              showScore={showScores}
            />
          ))
        )}
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

function CandidateCard({
  candidate,
  canMove,
  onDragStart,
  onDragEnd,
  onMove,
  isPicked,
  onTogglePick,
  showScore,
}: {
  candidate: Candidate;
  canMove: boolean;
  onDragStart: (candidate: Candidate) => void;
  onDragEnd: () => void;
  onMove: (candidate: Candidate, to: CandidateStage) => void;
  isPicked: boolean;
  onTogglePick?: (candidate: Candidate) => void;
  showScore: boolean;
}) {
  return (
    <Paper
      withBorder
      radius="sm"
      p="xs"
      className={classes.card}
      draggable={canMove}
      data-testid="board-card"
      data-picked={isPicked || undefined}
      aria-label={candidate.name}
      onDragStart={(event) => {
        event.dataTransfer.setData(dragType, candidate.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart(candidate);
      }}
      onDragEnd={onDragEnd}
    >
      <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
        <Group gap={4} wrap="nowrap" align="flex-start" miw={0} style={{ flex: 1 }}>
          {canMove && (
            <IconGripVertical size={14} className={classes.grip} aria-hidden stroke={1.5} />
          )}
          {onTogglePick && (
            <Checkbox
              size="xs"
              mt={3}
              aria-label={`Pick ${candidate.name} to compare`}
              checked={isPicked}
              onChange={() => onTogglePick(candidate)}
            />
          )}
          <Anchor
            component={Link}
            to={`/candidates/${candidate.id}`}
            size="sm"
            fw={600}
            c="inherit"
            lineClamp={2}
          >
            {candidate.name}
          </Anchor>
        </Group>
        {canMove && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" size="sm" aria-label={`Move ${candidate.name}`}>
                <IconArrowsMove size={14} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Move to</Menu.Label>
              {candidateStages
                .filter((stage) => stage !== candidate.stage)
                .map((stage) => (
                  <Menu.Item key={stage} onClick={() => onMove(candidate, stage)}>
                    {stageLabels[stage]}
                  </Menu.Item>
                ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      <Group
        justify="space-between"
        gap={4}
        mt={2}
        pl={(canMove ? 18 : 0) + (onTogglePick ? 22 : 0)}
        wrap="nowrap"
      >
        <Text size="xs" c="dimmed" title={new Date(candidate.stageChangedAt).toLocaleString()}>
          {timeInStage(candidate.stageChangedAt)}
        </Text>
        {showScore && (
          <Text
            size="xs"
            fw={600}
            ff="monospace"
            c={candidate.score === null ? 'dimmed' : undefined}
            title={
              candidate.scoreHidden
                ? 'Hidden until you submit your own scorecard'
                : candidate.score === null
                  ? 'Not scored yet'
                  : 'Score, 0–100'
            }
          >
            {candidate.score === null ? '—' : candidate.score.toFixed(0)}
          </Text>
        )}
      </Group>
    </Paper>
  );
}

/** "Today", "1 day in stage", "12 days in stage": what a recruiter scans a column for. */
export function timeInStage(since: string, now = new Date()): string {
  const days = Math.floor((now.getTime() - new Date(since).getTime()) / 86_400_000);
  if (days < 1) return 'In stage today';
  return `${days} ${days === 1 ? 'day' : 'days'} in stage`;
}
