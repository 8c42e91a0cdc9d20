import { CandidateDetail, InterviewRound, isAnswered, RubricVersion } from '@calibrate/contracts';
import { Button, Drawer, Group, Progress, Text } from '@mantine/core';
import { IconClock, IconListCheck, IconUser } from '@tabler/icons-react';
import { useRef } from 'react';

import { InterviewDraft, useDraftDerived } from '../../autosave/interview-draft';
import { InterviewStep } from '../../model/interview-steps';
import { CandidatePanel } from '../candidate-panel';
import { CategoryStepper } from '../category-stepper';
import { ElapsedTimer } from '../timers';

export type CompactPanel = 'progress' | 'candidate' | null;

/**
 * Interview mode on a phone or an upright tablet: one line above the question with the progress
 * (a button that opens the categories, to see them and jump), the candidate's facts behind a
 * button, and the interview time. The question itself starts right below.
 */
export function CompactInterviewBar({
  draft,
  rubric,
  steps,
  current,
  candidate,
  round,
  startedAt,
  panel,
  onPanelChange,
  onJump,
}: {
  draft: InterviewDraft;
  rubric: RubricVersion;
  steps: InterviewStep[];
  current: number;
  candidate: CandidateDetail;
  round: InterviewRound;
  startedAt: number;
  panel: CompactPanel;
  onPanelChange: (panel: CompactPanel) => void;
  onJump: (index: number) => void;
}) {
  const answered = useDraftDerived(draft, (answerOf) =>
    rubric.categories.reduce(
      (sum, category) => sum + category.questions.filter((q) => isAnswered(answerOf(q.id))).length,
      0,
    ),
  );
  const total = steps.length - 1;
  const close = () => onPanelChange(null);
  // Focus goes back to the button that opened a drawer, unless a jump moved it to the question.
  const progressButton = useRef<HTMLButtonElement>(null);
  const jumped = useRef(false);
  return (
    <>
      <Group gap="xs" wrap="nowrap" align="center">
        <Button
          ref={progressButton}
          variant="default"
          size="sm"
          leftSection={<IconListCheck size={18} aria-hidden />}
          aria-haspopup="dialog"
          aria-expanded={panel === 'progress'}
          onClick={() => onPanelChange('progress')}
          style={{ flex: 'none' }}
        >
          Progress{' '}
          <Text span size="sm" c="dimmed" ml={6}>
            {answered}/{total}
          </Text>
        </Button>
        <Progress
          value={total ? (answered / total) * 100 : 0}
          aria-hidden
          size="sm"
          style={{ flex: 1, minWidth: 24 }}
        />
        <Group gap={4} wrap="nowrap" c="dimmed" style={{ flex: 'none' }}>
          <IconClock size={16} aria-hidden />
          <ElapsedTimer since={startedAt} label="Interview time" />
        </Group>
        <Button
          variant="default"
          size="sm"
          px="xs"
          aria-label={`Candidate: ${candidate.name}`}
          aria-haspopup="dialog"
          aria-expanded={panel === 'candidate'}
          onClick={() => onPanelChange('candidate')}
          style={{ flex: 'none' }}
        >
          <IconUser size={18} aria-hidden />
        </Button>
      </Group>

      <Drawer
        opened={panel === 'progress'}
        onClose={close}
        position="bottom"
        size="90%"
        title="Progress"
        radius="md"
        returnFocus={false}
        onExitTransitionEnd={() => {
          if (!jumped.current) progressButton.current?.focus();
          jumped.current = false;
        }}
      >
        <CategoryStepper
          draft={draft}
          rubric={rubric}
          steps={steps}
          current={current}
          title="Answered"
          touch
          onJump={(index) => {
            jumped.current = true;
            close();
            onJump(index);
          }}
        />
      </Drawer>
      <Drawer
        opened={panel === 'candidate'}
        onClose={close}
        position="right"
        size="85%"
        title="Candidate"
      >
        <CandidatePanel
          candidate={candidate}
          round={round}
          rubric={rubric}
          timer={<ElapsedTimer since={startedAt} label="Interview time" />}
        />
      </Drawer>
    </>
  );
}
