import { Candidate, CandidateStage, candidateStages, ScoreBasis } from '@calibrate/contracts';
import { ActionIcon, Anchor, Checkbox, Group, Menu, Paper, Text } from '@mantine/core';
import { IconArrowsMove, IconGripVertical } from '@tabler/icons-react';
import { Link } from 'react-router';

import { KnockOutBadge } from '@/components/ui/knock-out-badge';
import { PanelSplitBadge } from '@/components/ui/panel-split-badge';
import { formatDayAndTime } from '@/lib/format-date';

import { stageLabels } from '../../model/labels';
import { shownScore } from '../../model/pipeline-view';
import { timeInStage } from '../../model/time-in-stage';
import classes from './pipeline-board.module.css';

const dragType = 'application/x-calibrate-candidate';

/** A candidate on the board: dragged, or moved from the keyboard through its menu. */
export function BoardCard({
  candidate,
  canMove,
  onDragStart,
  onDragEnd,
  onMove,
  isPicked,
  onTogglePick,
  scoreBasis,
  jobTitle,
}: {
  candidate: Candidate;
  canMove: boolean;
  onDragStart: (candidate: Candidate) => void;
  onDragEnd: () => void;
  onMove: (candidate: Candidate, to: CandidateStage) => void;
  isPicked: boolean;
  onTogglePick?: (candidate: Candidate) => void;
  /** Which score the card shows; null for none (interviewers see no overall scores). */
  scoreBasis: ScoreBasis | null;
  /** The candidate's job, when the board mixes jobs. */
  jobTitle?: string;
}) {
  const indent = (canMove ? 18 : 0) + (onTogglePick ? 22 : 0);
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
      {candidate.knockOuts.length > 0 && (
        <Group pl={indent} mt={4} gap={4}>
          <KnockOutBadge knockOuts={candidate.knockOuts} size="xs" />
        </Group>
      )}
      {jobTitle && (
        <Text size="xs" c="dimmed" pl={indent} mt={2} lineClamp={2} className={classes.job}>
          {jobTitle}
        </Text>
      )}
      <Group justify="space-between" gap={4} mt={2} pl={indent} wrap="nowrap">
        <Text
          size="xs"
          c="dimmed"
          title={`In this stage since ${formatDayAndTime(candidate.stageChangedAt)}`}
        >
          {timeInStage(candidate.stageChangedAt)}
        </Text>
        {scoreBasis && (
          <Group gap={4} wrap="nowrap">
            {candidate.panelSplit && <PanelSplitBadge size="xs" />}
            <CardScore candidate={candidate} basis={scoreBasis} />
          </Group>
        )}
      </Group>
    </Paper>
  );
}

function CardScore({ candidate, basis }: { candidate: Candidate; basis: ScoreBasis }) {
  const score = shownScore(candidate, basis);
  return (
    <Text
      size="xs"
      fw={600}
      ff="monospace"
      c={score === null ? 'dimmed' : undefined}
      title={
        candidate.scoreHidden
          ? 'Hidden until you submit your own scorecard'
          : score === null
            ? 'Not scored yet'
            : basis === 'corrected'
              ? `Corrected score, 0–100 (raw ${candidate.score?.toFixed(0) ?? '—'})`
              : 'Score, 0–100'
      }
    >
      {score === null ? '—' : `${score.toFixed(0)}${basis === 'corrected' ? ' corr.' : ''}`}
    </Text>
  );
}
