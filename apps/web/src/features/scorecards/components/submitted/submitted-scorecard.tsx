import { Alert, Grid, Stack, Tabs } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { QueryState } from '@/components/ui/query-state';

import { useAmendments } from '../../api/amendments';
import { InterviewSession } from '../../api/scorecards';
import { AmendTarget, recommendationText } from '../../model/submitted-scorecard';
import { PanelResults } from '../panel-results';
import { AmendDialog } from './amend-dialog';
import { AmendmentHistory } from './amendment-history';
import { OwnScorecard } from './own-scorecard';
import { PanelAnswers } from './panel-answers';
import classes from './submitted.module.css';

const views = ['mine', 'panel'] as const;
type View = (typeof views)[number];
const isView = (value: string | null): value is View => views.includes(value as View);

/**
 * Once the interviewer has submitted: their own scorecard, read-only (with Amend), or the panel's
 * answers question by question (the tab is in the URL), beside the panel's scores per category.
 */
export function SubmittedScorecard({ session }: { session: InterviewSession }) {
  const { scorecard } = session;
  const [params, setParams] = useSearchParams();
  const requested = params.get('view');
  const view: View = isView(requested) ? requested : 'mine';
  const [amending, setAmending] = useState<AmendTarget | null>(null);
  const amendments = useAmendments(scorecard.id);

  const choose = (next: string | null) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next && next !== 'mine') updated.set('view', next);
        else updated.delete('view');
        return updated;
      },
      { replace: true },
    );

  return (
    <Stack gap="md" className={classes.page}>
      <Alert
        color="teal"
        icon={<IconLock size={18} aria-hidden />}
        // A teal title on the light teal fails AA contrast (axe: 4.3 with teal 9): body text passes.
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
        title="Scorecard submitted"
        data-print-hide
      >
        Your scores are locked; a change is an amendment with a reason, kept with what it changed.
        Your recommendation: <b>{recommendationText(scorecard.recommendation)}</b>
        {scorecard.scores.weightedScore100 !== null &&
          `, your weighted score ${Math.round(scorecard.scores.weightedScore100)} / 100`}
        .
      </Alert>
      {/* Wide screens: the scorecard beside the panel's overview; narrow: the scorecard first. */}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Tabs value={view} onChange={choose} keepMounted={false}>
            <Tabs.List data-print-hide>
              <Tabs.Tab value="mine">Your scorecard</Tabs.Tab>
              <Tabs.Tab value="panel">Panel answers</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="mine" pt="md">
              <Stack gap="md">
                <OwnScorecard
                  session={session}
                  amendments={amendments.data?.items ?? []}
                  onAmend={setAmending}
                />
                <QueryState
                  query={amendments}
                  loadingLabel="Loading the amendments"
                  errorTitle="The amendments could not be loaded"
                  errorMessage={amendments.error?.message}
                >
                  {(data) => <AmendmentHistory amendments={data.items} rubric={session.rubric} />}
                </QueryState>
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="panel" pt="md">
              <PanelAnswers roundId={scorecard.roundId} scorecardId={scorecard.id} />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }} data-print-hide>
          <PanelResults scorecard={scorecard} candidateId={scorecard.candidateId} />
        </Grid.Col>
      </Grid>
      {amending && (
        <AmendDialog
          key={amending.kind === 'question' ? amending.questionId : 'wrap-up'}
          session={session}
          target={amending}
          onClose={() => setAmending(null)}
        />
      )}
    </Stack>
  );
}
