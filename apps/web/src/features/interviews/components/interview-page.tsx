import { CandidateDetail, InterviewRound, RubricVersion, Scorecard } from '@calibrate/contracts';
import {
  ActionIcon,
  Alert,
  Anchor,
  Box,
  Button,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Switch,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconArrowLeft, IconArrowRight, IconKeyboard } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';
import { ApiError } from '@/lib/api-client';

import { useInterviewSession, useSubmitScorecard } from '../api/interviews';
import { InterviewDraft, needsEvidence } from '../autosave/interview-draft';
import { useSaveQueue } from '../autosave/save-queue-provider';
import { InterviewAction, useInterviewKeys } from '../keyboard/interview-keys';
import {
  firstOpenStep,
  interviewSteps,
  missingForSubmit,
  MissingItem,
} from '../model/interview-steps';
import { AllQuestionsView } from './all-questions-view';
import { CandidatePanel } from './candidate-panel';
import { CategoryStepper } from './category-stepper';
import { PanelResults } from './panel-results';
import { EvidenceHint, QuestionCard } from './question-card';
import { RoundActions } from './round-actions';
import { ConflictDialog, SaveStatus, useScorecardSaveState } from './save-status';
import { ShortcutsDialog } from './shortcuts-dialog';
import { SubmitDialog, SubmitPhase } from './submit-dialog';
import { ElapsedTimer, interviewStartedAt, QuestionTimer } from './timers';
import { recommendationOptions, WrapUpStep } from './wrap-up-step';

export function InterviewPage({ scorecardId }: { scorecardId: string }) {
  const session = useInterviewSession(scorecardId);
  if (session.isPending)
    return (
      <Stack aria-busy="true" aria-label="Loading the interview">
        <Skeleton height={32} width="40%" />
        <Skeleton height={320} />
      </Stack>
    );
  if (session.isError)
    return (
      <ErrorAlert
        title={
          session.error.status === 404
            ? 'This interview does not exist'
            : 'The interview could not be loaded'
        }
        message={
          session.error.status === 404
            ? 'It may have been removed, or it is not assigned to you.'
            : session.error.message
        }
        onAction={session.error.status === 404 ? undefined : () => void session.refetch()}
      />
    );
  const { scorecard, round, rubric, candidate } = session.data;
  const header = (
    <Group gap="xs">
      <Anchor component={Link} to="/interviews" size="sm">
        My interviews
      </Anchor>
      <Text size="sm" c="dimmed">
        /
      </Text>
      <Text size="sm">
        {candidate.name} · {round.name}
      </Text>
    </Group>
  );
  if (round.status === 'no_show' || round.status === 'cancelled' || scorecard.status === 'declined')
    return (
      <Stack>
        {header}
        <Alert color="gray" title="Nothing to score">
          {round.status === 'no_show'
            ? `${candidate.name} did not show for this round.`
            : round.status === 'cancelled'
              ? 'This round was cancelled.'
              : `You declined this interview: ${scorecard.declinedReason ?? ''}`}
        </Alert>
      </Stack>
    );
  if (scorecard.status === 'submitted')
    return (
      <Stack>
        {header}
        <Title order={1} size="h2">
          {candidate.name}: {round.name}
        </Title>
        <PanelResults scorecard={scorecard} candidateId={candidate.id} />
      </Stack>
    );
  return (
    <InterviewMode
      key={scorecard.id}
      scorecard={scorecard}
      round={round}
      rubric={rubric}
      candidate={candidate}
      header={header}
    />
  );
}

function InterviewMode({
  scorecard,
  round,
  rubric,
  candidate,
  header,
}: {
  scorecard: Scorecard;
  round: InterviewRound;
  rubric: RubricVersion;
  candidate: CandidateDetail;
  header: React.ReactNode;
}) {
  const queue = useSaveQueue();
  const navigate = useNavigate();
  const [draft] = useState(() => new InterviewDraft(scorecard, queue));
  useEffect(() => draft.connect(), [draft]);
  const steps = useMemo(() => interviewSteps(rubric), [rubric]);
  const questionCount = steps.length - 1;
  const [current, setCurrent] = useState(() => firstOpenStep(steps, draft.getAnswer));
  const [view, setView] = useLocalStorage<'one' | 'all'>({
    key: 'calibrate.interview-view',
    defaultValue: 'one',
  });
  const [stay, setStay] = useLocalStorage({
    key: 'calibrate.stay-after-rating',
    defaultValue: false,
  });
  const [helpOpen, setHelpOpen] = useState(false);
  const [submitPhase, setSubmitPhase] = useState<SubmitPhase>({ kind: 'closed' });
  const [startedAt] = useState(() => interviewStartedAt(scorecard.id));
  const submit = useSubmitScorecard();

  // Time per question: what was spent on each before, and when the current one was opened.
  const spent = useRef(new Map<string, number>());
  const [timing, setTiming] = useState(() => ({ enteredAt: Date.now(), spentBefore: 0 }));
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const step = steps[current] ?? steps[0];

  const goTo = useCallback(
    (index: number, focus: 'card' | 'note' = 'card') => {
      const next = Math.max(0, Math.min(steps.length - 1, index));
      const leaving = steps[current];
      if (leaving?.kind === 'question') {
        const id = leaving.question.id;
        spent.current.set(id, (spent.current.get(id) ?? 0) + Date.now() - timing.enteredAt);
      }
      const entering = steps[next];
      // Moving on is a natural moment to save without waiting for the debounce.
      queue.flush(scorecard.id);
      setCurrent(next);
      setTiming({
        enteredAt: Date.now(),
        spentBefore:
          entering?.kind === 'question' ? (spent.current.get(entering.question.id) ?? 0) : 0,
      });
      requestAnimationFrame(() => {
        if (focus === 'note') noteRef.current?.focus();
        else if (view === 'all')
          document
            .querySelector(`[data-question-row="${next}"]`)
            ?.scrollIntoView({ block: 'nearest' });
        else {
          cardRef.current?.focus({ preventScroll: true });
          // A new question starts at the top, with the save status and progress in view.
          window.scrollTo({ top: 0 });
        }
      });
    },
    [current, timing.enteredAt, queue, scorecard.id, steps, view],
  );

  const rate = useCallback(
    (index: number, rating: number) => {
      const target = steps[index];
      if (target?.kind !== 'question') return;
      draft.setAnswer(target.question.id, { rating });
      // A 1 or a 5 waits for its evidence; otherwise on to the next question.
      if (!stay && !needsEvidence(draft.getAnswer(target.question.id))) goTo(index + 1);
    },
    [draft, goTo, stay, steps],
  );

  const markNotAsked = useCallback(
    (index: number) => {
      const target = steps[index];
      if (target?.kind !== 'question') return;
      draft.setAnswer(target.question.id, { notAsked: true });
      if (!stay) goTo(index + 1);
    },
    [draft, goTo, stay, steps],
  );

  const openSubmit = () => {
    setSubmitPhase({
      kind: 'review',
      missing: missingForSubmit(steps, draft.getAnswer, draft.getWrapUp()),
    });
  };

  const confirmSubmit = async () => {
    setSubmitPhase({ kind: 'saving' });
    // Every answer must be on the server before the scorecard is locked.
    if (!(await queue.settle(scorecard.id))) {
      setSubmitPhase({
        kind: 'error',
        message:
          'Some changes are not saved yet (offline, or a conflict to resolve). They are kept; submit again once they are saved.',
        missing: [],
      });
      return;
    }
    submit.mutate(
      { scorecardId: scorecard.id, version: draft.scorecardVersion },
      {
        onSuccess: () => setSubmitPhase({ kind: 'closed' }),
        onError: (error) =>
          setSubmitPhase({
            kind: 'error',
            message: error.message,
            missing:
              error instanceof ApiError && error.code === 'SCORECARD_INCOMPLETE'
                ? missingForSubmit(steps, draft.getAnswer, draft.getWrapUp())
                : [],
          }),
      },
    );
  };

  const jumpToMissing = (item: MissingItem) => {
    setSubmitPhase({ kind: 'closed' });
    goTo(
      item.stepIndex,
      item.kind === 'evidence' || item.kind === 'recommendation' ? 'card' : 'card',
    );
    if (item.kind === 'evidence') requestAnimationFrame(() => noteRef.current?.focus());
  };

  const onAction = (action: InterviewAction) => {
    if (submitPhase.kind !== 'closed' || helpOpen) return;
    switch (action.type) {
      case 'rate':
        if (step?.kind === 'wrap-up') {
          const option = recommendationOptions[action.rating - 1];
          if (option) draft.setWrapUp({ recommendation: option.value });
        } else rate(current, action.rating);
        return;
      case 'not-asked':
        markNotAsked(current);
        return;
      case 'next':
        goTo(current + 1);
        return;
      case 'previous':
        goTo(current - 1);
        return;
      case 'focus-note':
        if (view === 'all')
          document
            .querySelector<HTMLTextAreaElement>(`[data-question-row="${current}"] textarea`)
            ?.focus();
        else noteRef.current?.focus();
        return;
      case 'leave-note':
        (document.activeElement as HTMLElement | null)?.blur();
        cardRef.current?.focus({ preventScroll: true });
        return;
      case 'help':
        setHelpOpen(true);
        return;
      case 'submit':
        openSubmit();
        return;
    }
  };
  useInterviewKeys(onAction);

  const timer = <ElapsedTimer since={startedAt} label="Interview time" />;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <div>
          {header}
          <Title order={1} size="h3">
            Interview: {candidate.name}
          </Title>
        </div>
        <Group gap="md">
          <ScorecardSaveStatus scorecardId={scorecard.id} />
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(value) => setView(value as 'one' | 'all')}
            data={[
              { value: 'one', label: 'One at a time' },
              { value: 'all', label: 'All questions' },
            ]}
            aria-label="Layout"
          />
          <Tooltip label="Keyboard shortcuts (?)">
            <ActionIcon
              variant="default"
              aria-label="Keyboard shortcuts"
              onClick={() => setHelpOpen(true)}
            >
              <IconKeyboard size={18} />
            </ActionIcon>
          </Tooltip>
          <RoundActions
            roundId={round.id}
            scorecardId={scorecard.id}
            candidateName={candidate.name}
            variant="buttons"
            onDone={() => navigate('/interviews')}
          />
        </Group>
      </Group>

      <Grid gap="md" columns={24}>
        <Grid.Col span={{ base: 24, md: 6, xl: 5 }}>
          <Paper withBorder radius="md" p="sm">
            <CategoryStepper
              draft={draft}
              rubric={rubric}
              steps={steps}
              current={current}
              onJump={(index) => goTo(index)}
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 24, md: 12, xl: 14 }}>
          <Paper
            withBorder
            radius="md"
            p="md"
            ref={cardRef}
            tabIndex={-1}
            aria-label={
              step?.kind === 'question' ? `Question ${step.number} of ${questionCount}` : 'Wrap-up'
            }
            style={{ outline: 'none' }}
          >
            {view === 'all' && step?.kind === 'question' ? (
              <AllQuestionsView
                draft={draft}
                steps={steps}
                current={current}
                onSelect={setCurrent}
                onRate={rate}
                onNotAsked={markNotAsked}
              />
            ) : step?.kind === 'question' ? (
              <QuestionCard
                ref={noteRef}
                draft={draft}
                question={step.question}
                category={step.category}
                number={step.number}
                total={questionCount}
                timer={
                  <QuestionTimer
                    key={step.question.id}
                    spentBefore={timing.spentBefore}
                    since={timing.enteredAt}
                  />
                }
                onRate={(rating) => rate(current, rating)}
                onNotAsked={() => markNotAsked(current)}
              />
            ) : (
              <WrapUpStep ref={noteRef} draft={draft} onSubmit={openSubmit} />
            )}
            {step?.kind === 'question' && view === 'one' && (
              <EvidencePrompt draft={draft} questionId={step.question.id} />
            )}
            <Group justify="space-between" mt="md">
              <Button
                variant="default"
                leftSection={<IconArrowLeft size={16} />}
                disabled={current === 0}
                onClick={() => goTo(current - 1)}
              >
                Previous
              </Button>
              <Switch
                size="sm"
                label="Stay on the question after rating"
                checked={stay}
                onChange={(event) => setStay(event.currentTarget.checked)}
              />
              {step?.kind === 'question' ? (
                <Button
                  rightSection={<IconArrowRight size={16} />}
                  onClick={() => goTo(current + 1)}
                >
                  {current === questionCount - 1 ? 'Wrap-up' : 'Next'}
                </Button>
              ) : (
                <Box w={90} />
              )}
            </Group>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 24, md: 6, xl: 5 }}>
          <Paper withBorder radius="md" p="sm">
            <CandidatePanel candidate={candidate} round={round} rubric={rubric} timer={timer} />
          </Paper>
        </Grid.Col>
      </Grid>

      <ShortcutsDialog opened={helpOpen} onClose={() => setHelpOpen(false)} />
      <SubmitDialog
        phase={submitPhase}
        onClose={() => setSubmitPhase({ kind: 'closed' })}
        onConfirm={() => void confirmSubmit()}
        onJump={jumpToMissing}
      />
      <ScorecardConflicts scorecardId={scorecard.id} rubric={rubric} />
    </Stack>
  );
}

/**
 * The save queue changes on every keystroke; only these two small components follow it, so the
 * questions around them do not re-render.
 */
function ScorecardSaveStatus({ scorecardId }: { scorecardId: string }) {
  return <SaveStatus state={useScorecardSaveState(scorecardId)} />;
}

function ScorecardConflicts({
  scorecardId,
  rubric,
}: {
  scorecardId: string;
  rubric: RubricVersion;
}) {
  const state = useScorecardSaveState(scorecardId);
  return (
    <ConflictDialog
      write={state.kind === 'conflict' ? state.writes[0] : undefined}
      rubric={rubric}
    />
  );
}

function EvidencePrompt({ draft, questionId }: { draft: InterviewDraft; questionId: string }) {
  const [show, setShow] = useState(() => needsEvidence(draft.getAnswer(questionId)));
  useEffect(
    () => draft.subscribe(questionId, () => setShow(needsEvidence(draft.getAnswer(questionId)))),
    [draft, questionId],
  );
  return show ? (
    <Box mt="sm">
      <EvidenceHint />
    </Box>
  ) : null;
}
