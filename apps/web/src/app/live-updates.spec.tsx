import { RoundProgress, ScorecardProgressEvent } from '@calibrate/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { act } from 'react';

import { PanelProgress } from '@/features/interviews';
import { fakeApi, renderApp } from '@/test/render-app';

import { applyLiveEvent, staleAfter } from './live-updates';

const roundId = '0b6f6c1e-2f4e-4c3a-9d55-1a2b3c4d5e01';
const candidateId = '0b6f6c1e-2f4e-4c3a-9d55-1a2b3c4d5e02';
const jobId = '0b6f6c1e-2f4e-4c3a-9d55-1a2b3c4d5e03';
const card = (n: number) => `0b6f6c1e-2f4e-4c3a-9d55-1a2b3c4d5e1${n}`;
const person = (n: number) => `0b6f6c1e-2f4e-4c3a-9d55-1a2b3c4d5e2${n}`;

const progress: RoundProgress = {
  roundId,
  roundStatus: 'scheduled',
  panel: [
    {
      scorecardId: card(1),
      interviewerId: person(1),
      interviewerName: 'Alice Panel',
      status: 'draft',
      answered: 0,
      questions: 38,
    },
    {
      scorecardId: card(2),
      interviewerId: person(2),
      interviewerName: 'Bob Panel',
      status: 'draft',
      answered: 12,
      questions: 38,
    },
    {
      scorecardId: card(3),
      interviewerId: person(3),
      interviewerName: 'Cleo Panel',
      status: 'submitted',
      answered: 38,
      questions: 38,
    },
  ],
};

const scorecardEvent = (
  kind: 'scorecard.progress' | 'scorecard.submitted',
  scorecard: number,
  answered: number,
): ScorecardProgressEvent => ({
  id: String(100 + answered),
  kind,
  roundId,
  candidateId,
  jobId,
  scorecardId: card(scorecard),
  interviewerId: person(scorecard),
  status: kind === 'scorecard.submitted' ? 'submitted' : 'draft',
  answered,
  questions: 38,
});

const rowOf = (name: string) => {
  const list = screen.getByRole('list', { name: 'Panel progress' });
  const item = within(list)
    .getAllByRole('listitem')
    .find((li) => li.textContent?.includes(name));
  if (!item) throw new Error(`No row for ${name}`);
  return item;
};

describe('live panel progress', () => {
  it('shows who has not started, how far each is, who submitted, and moves with live events', async () => {
    // The API's answer after Bob submitted, for the refetch the submission causes.
    const afterSubmission: RoundProgress = {
      ...progress,
      panel: progress.panel.map((member) =>
        member.interviewerName === 'Bob Panel'
          ? { ...member, status: 'submitted', answered: 38 }
          : { ...member, answered: member.answered || 3 },
      ),
    };
    const { calls } = fakeApi({
      [`/api/v1/interview-rounds/${roundId}/progress`]: [
        { status: 200, body: progress },
        { status: 200, body: afterSubmission },
      ],
    });
    const reads = () => calls.filter((call) => call.url.includes('/progress')).length;
    const { queryClient } = renderApp(<PanelProgress roundId={roundId} />);
    await screen.findByRole('list', { name: 'Panel progress' });
    expect(rowOf('Alice Panel')).toHaveTextContent('Not started');
    expect(rowOf('Bob Panel')).toHaveTextContent('12 of 38 answered');
    expect(rowOf('Cleo Panel')).toHaveTextContent('Submitted');

    act(() => applyLiveEvent(queryClient, scorecardEvent('scorecard.progress', 1, 3)));
    await waitFor(() => expect(rowOf('Alice Panel')).toHaveTextContent('3 of 38 answered'));
    // A count moves in place, without asking the API again.
    expect(reads()).toBe(1);
    act(() => applyLiveEvent(queryClient, scorecardEvent('scorecard.submitted', 2, 38)));
    await waitFor(() => expect(rowOf('Bob Panel')).toHaveTextContent('Submitted'));
    // A submission makes the round's reads stale: the panel is read again.
    await waitFor(() => expect(reads()).toBe(2));
    expect(rowOf('Bob Panel')).toHaveTextContent('Submitted');
    expect(rowOf('Alice Panel')).toHaveTextContent('3 of 38 answered');
    // Counts only: no rating or recommendation anywhere in the panel.
    expect(screen.getByRole('list', { name: 'Panel progress' })).not.toHaveTextContent(
      /rating|yes|no\b/i,
    );
  });

  it('leaves another round’s progress alone', () => {
    const { queryClient } = renderApp(<div />);
    const key = ['interviews', 'round-progress', roundId];
    queryClient.setQueryData(key, progress);
    applyLiveEvent(queryClient, {
      ...scorecardEvent('scorecard.progress', 1, 5),
      roundId: candidateId,
    });
    expect(queryClient.getQueryData(key)).toEqual(progress);
  });

  it('makes stale what others’ submissions and moves change, and nothing for a progress count', () => {
    expect(staleAfter(scorecardEvent('scorecard.progress', 1, 3))).toEqual([]);
    expect(staleAfter(scorecardEvent('scorecard.submitted', 1, 38))).toEqual(
      expect.arrayContaining([['interviews'], ['feedback-owed'], ['candidates']]),
    );
    expect(staleAfter({ id: '9', kind: 'candidate.stage_changed', candidateId, jobId })).toEqual([
      ['candidates'],
      ['comparison'],
    ]);
    expect(
      staleAfter({
        id: '9',
        kind: 'round.updated',
        roundId,
        candidateId,
        jobId,
        status: 'no_show',
      }),
    ).toEqual(expect.arrayContaining([['interviews'], ['feedback-owed']]));
  });
});
