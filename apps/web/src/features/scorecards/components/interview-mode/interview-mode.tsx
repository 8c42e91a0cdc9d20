import { Grid, Paper, Stack } from '@mantine/core';
import { ReactNode, useRef, useState } from 'react';

import { InterviewSession } from '../../api/scorecards';
import { CandidatePanel } from '../candidate-panel';
import { CategoryStepper } from '../category-stepper';
import { ShortcutsDialog } from '../shortcuts-dialog';
import { SubmitDialog } from '../submit-dialog';
import { ElapsedTimer } from '../timers';
import { CompactInterviewBar, CompactPanel } from './compact-bar';
import { InterviewBody } from './interview-body';
import { InterviewToolbar } from './interview-toolbar';
import { ScorecardConflicts } from './scorecard-save-state';
import { useCompactLayout } from './use-compact-layout';
import { useInterviewDraft } from './use-interview-draft';
import { useInterviewNavigation } from './use-interview-navigation';
import { useInterviewShortcuts } from './use-interview-shortcuts';
import { useSubmitFlow } from './use-submit-flow';

/** Scoring a draft scorecard: categories, the current question, the candidate, and submit. */
export function InterviewMode({
  session,
  header,
}: {
  session: InterviewSession;
  header: ReactNode;
}) {
  const { scorecard, round, rubric, candidate } = session;
  const { queue, draft, steps, startedAt } = useInterviewDraft(scorecard, rubric);
  const cardRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const focus = { cardRef, noteRef };
  const nav = useInterviewNavigation({ scorecardId: scorecard.id, steps, draft, queue, focus });
  const submit = useSubmitFlow({
    scorecardId: scorecard.id,
    steps,
    draft,
    queue,
    goTo: nav.goTo,
    noteRef,
  });
  const [helpOpen, setHelpOpen] = useState(false);
  const compact = useCompactLayout();
  const [panel, setPanel] = useState<CompactPanel>(null);
  useInterviewShortcuts({
    nav,
    focus,
    draft,
    paused: submit.phase.kind !== 'closed' || helpOpen || (compact && panel !== null),
    openHelp: () => setHelpOpen(true),
    openSubmit: submit.open,
  });

  const body = (
    <InterviewBody
      nav={nav}
      focus={focus}
      draft={draft}
      steps={steps}
      compact={compact}
      onSubmit={submit.open}
    />
  );

  return (
    <Stack gap={compact ? 'sm' : 'md'}>
      <InterviewToolbar
        compact={compact}
        header={header}
        scorecardId={scorecard.id}
        round={round}
        candidateName={candidate.name}
        view={nav.view}
        onViewChange={nav.setView}
        onHelp={() => setHelpOpen(true)}
      />

      {compact ? (
        <>
          <CompactInterviewBar
            draft={draft}
            rubric={rubric}
            steps={steps}
            current={nav.current}
            candidate={candidate}
            round={round}
            startedAt={startedAt}
            panel={panel}
            onPanelChange={setPanel}
            onJump={(index) => nav.goTo(index)}
          />
          {body}
        </>
      ) : (
        <Grid gap="md" columns={24}>
          <Grid.Col span={{ base: 24, md: 6, xl: 5 }}>
            <Paper withBorder radius="md" p="sm">
              <CategoryStepper
                draft={draft}
                rubric={rubric}
                steps={steps}
                current={nav.current}
                onJump={(index) => nav.goTo(index)}
              />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 24, md: 12, xl: 14 }}>{body}</Grid.Col>
          <Grid.Col span={{ base: 24, md: 6, xl: 5 }}>
            <Paper withBorder radius="md" p="sm">
              <CandidatePanel
                candidate={candidate}
                round={round}
                rubric={rubric}
                timer={<ElapsedTimer since={startedAt} label="Interview time" />}
              />
            </Paper>
          </Grid.Col>
        </Grid>
      )}

      <ShortcutsDialog opened={helpOpen} onClose={() => setHelpOpen(false)} />
      <SubmitDialog
        phase={submit.phase}
        onClose={submit.close}
        onConfirm={() => void submit.confirm()}
        onJump={submit.jumpTo}
      />
      <ScorecardConflicts scorecardId={scorecard.id} rubric={rubric} />
    </Stack>
  );
}
