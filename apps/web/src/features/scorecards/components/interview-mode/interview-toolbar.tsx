import { InterviewRound } from '@calibrate/contracts';
import { ActionIcon, Group, SegmentedControl, Title, Tooltip } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { ReactNode } from 'react';
import { useNavigate } from 'react-router';

import { RoundActions } from '@/features/interviews';

import { ScorecardSaveStatus } from './scorecard-save-state';
import { InterviewView } from './use-interview-navigation';

/** Above the questions: where I am, the save status, the layout, shortcuts, and round actions. */
export function InterviewToolbar({
  header,
  scorecardId,
  round,
  candidateName,
  view,
  onViewChange,
  onHelp,
}: {
  header: ReactNode;
  scorecardId: string;
  round: InterviewRound;
  candidateName: string;
  view: InterviewView;
  onViewChange: (view: InterviewView) => void;
  onHelp: () => void;
}) {
  const navigate = useNavigate();
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <div>
        {header}
        <Title order={1} size="h3">
          Interview: {candidateName}
        </Title>
      </div>
      <Group gap="md">
        <ScorecardSaveStatus scorecardId={scorecardId} />
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(value) => onViewChange(value === 'all' ? 'all' : 'one')}
          data={[
            { value: 'one', label: 'One at a time' },
            { value: 'all', label: 'All questions' },
          ]}
          aria-label="Layout"
        />
        <Tooltip label="Keyboard shortcuts (?)">
          <ActionIcon variant="default" aria-label="Keyboard shortcuts" onClick={onHelp}>
            <IconKeyboard size={18} />
          </ActionIcon>
        </Tooltip>
        <RoundActions
          roundId={round.id}
          scorecardId={scorecardId}
          candidateName={candidateName}
          startsAt={round.scheduledAt}
          variant="buttons"
          onDone={() => navigate('/interviews')}
        />
      </Group>
    </Group>
  );
}
