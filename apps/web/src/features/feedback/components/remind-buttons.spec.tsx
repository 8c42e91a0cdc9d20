import { FeedbackOwed } from '@calibrate/contracts';
import { screen, waitFor } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { ByInterviewer } from './by-interviewer';
import { OwedScorecards } from './owed-scorecards';

const ivyId = '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d';
const scorecardId = '3a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d';
const jobId = '4a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d';

const report: FeedbackOwed = {
  owed: [
    {
      scorecardId,
      roundId: '5a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
      roundName: 'Mock call',
      scheduledAt: '2026-11-27T09:00:00.000Z',
      dueAt: '2026-11-28T09:00:00.000Z',
      overdueHours: 50,
      candidateId: '6a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
      candidateName: 'Ana Cruz',
      jobId,
      jobTitle: 'Inbound agent',
      interviewerId: ivyId,
      interviewerName: 'Ivy Interviewer',
      lastRemindedAt: null,
    },
  ],
  owedTotal: 1,
  byInterviewer: [
    {
      interviewerId: ivyId,
      interviewerName: 'Ivy Interviewer',
      owed: 1,
      overdue: 1,
      worstOverdueHours: 50,
      lastRemindedAt: null,
    },
  ],
  jobs: [],
  days: 30,
};

const sent = { scorecardIds: [scorecardId], remindedAt: new Date().toISOString() };
const tooSoon = {
  status: 429,
  body: {
    statusCode: 429,
    code: 'REMINDER_TOO_SOON',
    message: 'This was reminded less than an hour ago. Try again later.',
    details: { retryAfterSeconds: 3000 },
    requestId: 'r1',
  },
};

describe('Remind buttons on Feedback owed', () => {
  it('reminds one scorecard, then shows when; a second time within the hour says so', async () => {
    const { calls } = fakeApi({
      [`/api/v1/scorecards/${scorecardId}/remind`]: [{ status: 200, body: sent }, tooSoon],
      '/api/v1/feedback-owed': [{ status: 200, body: report }],
    });
    const { user } = renderApp(<OwedScorecards report={report} />);
    const remind = screen.getByRole('button', {
      name: 'Remind Ivy Interviewer about Ana Cruz, Mock call',
    });
    await user.click(remind);
    expect(await screen.findByText('Reminded just now')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1);

    await user.click(remind);
    expect(await screen.findByRole('alert')).toHaveTextContent('Reminded less than an hour ago');
  });

  it('shows when an interviewer was last reminded, and reminds all their overdue ones of the job', async () => {
    const { calls } = fakeApi({
      '/api/v1/feedback-owed/remind': [{ status: 200, body: sent }],
      '/api/v1/feedback-owed': [{ status: 200, body: report }],
    });
    const threeHoursAgo = new Date(Date.now() - 3 * 3_600_000).toISOString();
    const reminded = {
      ...report,
      byInterviewer: report.byInterviewer.map((row) => ({ ...row, lastRemindedAt: threeHoursAgo })),
    };
    const { user } = renderApp(<ByInterviewer report={reminded} jobId={jobId} />);
    expect(screen.getByText('Reminded 3 h ago')).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Remind all overdue: Ivy Interviewer, 1 scorecard' }),
    );
    await waitFor(() => expect(screen.getByText('Reminded just now')).toBeInTheDocument());
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      interviewerId: ivyId,
      jobId,
    });
  });
});
