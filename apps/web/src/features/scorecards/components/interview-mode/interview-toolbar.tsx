import { InterviewRound } from '@calibrate/contracts';
import {
  ActionIcon,
  Anchor,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconChevronLeft, IconKeyboard } from '@tabler/icons-react';
import { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';

import { RoundActions } from '@/features/interviews';

import { ScorecardSaveStatus } from './scorecard-save-state';
import { InterviewView } from './use-interview-navigation';

/** Above the questions: where I am, the save status, the layout, shortcuts, and round actions. */
export function InterviewToolbar({
  compact,
  header,
  scorecardId,
  round,
  candidateName,
  view,
  onViewChange,
  onHelp,
}: {
  /** A phone or upright tablet: a smaller title, and the round's actions in a menu. */
  compact: boolean;
  header: ReactNode;
  scorecardId: string;
  round: InterviewRound;
  candidateName: string;
  view: InterviewView;
  onViewChange: (view: InterviewView) => void;
  onHelp: () => void;
}) {
  const navigate = useNavigate();
  const layout = (
    <SegmentedControl
      size={compact ? 'sm' : 'xs'}
      value={view}
      onChange={(value) => onViewChange(value === 'all' ? 'all' : 'one')}
      data={[
        { value: 'one', label: 'One at a time' },
        { value: 'all', label: 'All questions' },
      ]}
      aria-label="Layout"
    />
  );
  const shortcuts = (
    <Tooltip label="Keyboard shortcuts (?)">
      <ActionIcon
        variant="default"
        size={compact ? 36 : 'md'}
        aria-label="Keyboard shortcuts"
        onClick={onHelp}
      >
        <IconKeyboard size={18} />
      </ActionIcon>
    </Tooltip>
  );
  const actions = (
    <RoundActions
      roundId={round.id}
      scorecardId={scorecardId}
      candidateName={candidateName}
      startsAt={round.scheduledAt}
      variant={compact ? 'menu' : 'buttons'}
      size={compact ? 'sm' : 'xs'}
      onDone={() => navigate('/interviews')}
    />
  );

  // A phone: a back link instead of the breadcrumb (it repeated the name), the round under the
  // name, and the controls on one row, so the question starts in the first half of the screen.
  if (compact)
    return (
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Anchor
            component={Link}
            to="/interviews"
            size="sm"
            style={{ display: 'inline-flex', alignItems: 'center', gap: 2 }}
          >
            <IconChevronLeft size={16} aria-hidden />
            My interviews
          </Anchor>
          <ScorecardSaveStatus scorecardId={scorecardId} />
        </Group>
        <div>
          <Title order={1} size="h4" lh={1.25}>
            Interview: {candidateName}
          </Title>
          <Text size="sm" c="dimmed">
            {round.name}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          {layout}
          {shortcuts}
          {actions}
        </Group>
      </Stack>
    );

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
        {layout}
        {shortcuts}
        {actions}
      </Group>
    </Group>
  );
}
