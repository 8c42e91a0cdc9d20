import {
  Candidate,
  FeedbackOwed,
  InterviewRound,
  Job,
  noJobKnockOutRules,
} from '@calibrate/contracts';
import { screen, waitFor, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { JobPage } from './job-page';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const hour = 3600_000;
const iso = (offsetHours: number) => new Date(Date.now() + offsetHours * hour).toISOString();

const job: Job = {
  id: id(1),
  title: 'Voice agent',
  clientProgram: 'Telco care',
  site: 'Manila',
  language: 'English',
  shift: 'night',
  headcount: 40,
  status: 'open',
  hiringManagerIds: [id(11)],
  interviewPlan: [
    {
      id: id(2),
      position: 0,
      name: 'Mock call',
      rubricId: id(3),
      rubricName: 'Voice mock call',
      currentRubricVersionId: id(4),
      defaultInterviewerIds: [id(10)],
    },
  ],
  feedbackDueHours: null,
  knockOutRules: noJobKnockOutRules,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
};

const people = {
  items: [
    { id: id(10), name: 'Ivy Santos', role: 'interviewer' },
    { id: id(11), name: 'Marco Reyes', role: 'hiring_manager' },
  ],
};

function candidate(n: number, name: string, fields: Partial<Candidate> = {}): Candidate {
  return {
    id: id(20 + n),
    name,
    email: `${name.split(' ')[0]?.toLowerCase()}@example.com`,
    phone: null,
    jobId: job.id,
    stage: 'interviewing',
    stageChangedAt: '2026-11-20T09:00:00.000Z',
    source: null,
    languages: [],
    shiftAvailability: [],
    typingWpm: null,
    notes: '',
    score: null,
    correctedScore: null,
    panelSplit: false,
    scoreHidden: false,
    knockOuts: [],
    version: 1,
    createdAt: '2026-11-19T09:00:00.000Z',
    ...fields,
  };
}

const best = [
  candidate(1, 'Ana Cruz', { score: 82.4, correctedScore: 79.1, stage: 'offer' }),
  candidate(2, 'Ben Lim', { score: 77.0, correctedScore: 80.2, panelSplit: true }),
  candidate(3, 'Carla Diaz', { scoreHidden: true }),
];

const stageCounts = {
  applied: 12,
  screening: 5,
  interviewing: 7,
  offer: 2,
  hired: 3,
  rejected: 4,
  withdrawn: 0,
};

const owedRow = (n: number, interviewerName: string, overdueHours: number) => ({
  scorecardId: id(40 + n),
  roundId: id(50 + n),
  roundName: 'Mock call',
  scheduledAt: iso(-overdueHours - 24),
  dueAt: iso(-overdueHours),
  overdueHours,
  candidateId: best[0]?.id ?? '',
  candidateName: 'Ana Cruz',
  jobId: job.id,
  jobTitle: job.title,
  interviewerId: id(10),
  interviewerName,
});

const owed: FeedbackOwed = {
  owed: [
    owedRow(1, 'Ivy Santos', 50),
    owedRow(2, 'Jo Tan', 5),
    owedRow(3, 'Kim Uy', 1),
    owedRow(4, 'Lea Go', -3),
  ],
  owedTotal: 4,
  byInterviewer: [
    {
      interviewerId: id(10),
      interviewerName: 'Ivy Santos',
      owed: 4,
      overdue: 3,
      worstOverdueHours: 50,
    },
  ],
  jobs: [],
  days: 7,
};

const round = (
  n: number,
  offsetHours: number,
  status: InterviewRound['status'],
  card: 'draft' | 'submitted' = status === 'completed' ? 'submitted' : 'draft',
): InterviewRound => ({
  id: id(60 + n),
  candidateId: best[1]?.id ?? '',
  candidateName: 'Ben Lim',
  jobId: job.id,
  jobTitle: job.title,
  name: 'Mock call',
  rubricVersionId: id(4),
  rubricName: 'Voice mock call',
  rubricVersion: 1,
  scheduledAt: iso(offsetHours),
  status,
  scorecards: [
    {
      id: id(70 + n),
      interviewerId: id(10),
      interviewerName: 'Ivy Santos',
      status: card,
      submittedAt: null,
      declinedReason: null,
    },
  ],
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
});

const ok = (body: unknown) => [{ status: 200, body }];
const failure = {
  status: 500,
  body: { statusCode: 500, code: 'INTERNAL', message: 'Something went wrong.', requestId: 'r' },
};

function render({
  canEdit = false,
  routes = {},
}: { canEdit?: boolean; routes?: Record<string, { status: number; body: unknown }[]> } = {}) {
  const api = fakeApi({
    [`/api/v1/jobs/${job.id}`]: ok(job),
    '/api/v1/people': ok(people),
    '/api/v1/candidates/stage-counts': ok(stageCounts),
    '/api/v1/candidates': ok({ items: best, nextCursor: null }),
    '/api/v1/feedback-owed': ok(owed),
    '/api/v1/interview-rounds': ok({
      items: [
        round(3, -50, 'completed', 'draft'),
        round(1, -30, 'completed'),
        round(2, -2, 'scheduled'),
      ],
      nextCursor: null,
    }),
    '/api/v1/interview-rounds/bookings': ok({ bookings: [] }),
    ...routes,
  });
  const view = renderApp(<JobPage jobId={job.id} canEdit={canEdit} />, { path: `/jobs/${job.id}` });
  return { ...api, ...view };
}

const requestsTo = (calls: { url: string }[], path: string) =>
  calls.map((call) => new URL(call.url)).filter((url) => url.pathname === path);

describe('JobPage overview', () => {
  it('shows a hiring manager the job as text, with its plan and managers by name', async () => {
    render();
    expect(await screen.findByRole('heading', { name: 'Voice agent', level: 1 })).toBeVisible();
    const fact = (label: string) =>
      screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(fact('Client program')).toBe('Telco care');
    expect(fact('Shift')).toBe('Night');
    expect(fact('Headcount')).toBe('40 to hire');
    await waitFor(() => expect(fact('Hiring managers')).toBe('Marco Reyes'));
    expect(fact('Hiring managers')).toBe('Marco Reyes');
    const plan = screen.getByRole('list', { name: 'Interview plan' });
    expect(plan).toHaveTextContent('1. Mock callRubric: Voice mock callPanel: Ivy Santos');
    expect(screen.getByText('Open')).toBeVisible();
    // Read-only data is text: no job field as an input, and no edit tab.
    expect(screen.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: /Edit job/ })).not.toBeInTheDocument();
  });

  it('counts candidates by stage, each count opening the pipeline filtered by job and stage', async () => {
    render();
    const interviewing = await screen.findByRole('link', { name: '7 Interviewing' });
    expect(interviewing).toHaveAttribute('href', `/candidates?jobId=${job.id}&stage=interviewing`);
    expect(screen.getByRole('link', { name: '3 of 40 Hired' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'All 33 in the pipeline' })).toHaveAttribute(
      'href',
      `/candidates?jobId=${job.id}`,
    );
  });

  it('says how many scorecards are owed and names the oldest three', async () => {
    const { calls } = render();
    const panel = await screen.findByRole('region', { name: 'Scorecards owed' });
    expect(await within(panel).findByText('scorecards owed')).toBeVisible();
    expect(within(panel).getByText('3 overdue')).toBeVisible();
    const worst = within(panel).getByRole('list', { name: 'Oldest scorecards owed' });
    expect(within(worst).getAllByRole('listitem')).toHaveLength(3);
    expect(worst).toHaveTextContent('Ivy Santos owes Ana Cruz · Mock call');
    expect(worst).toHaveTextContent('2 days overdue');
    expect(worst).not.toHaveTextContent('Lea Go');
    expect(within(panel).getByText('and 1 more in Feedback owed')).toBeVisible();
    expect(within(panel).getByRole('link', { name: 'Open Feedback owed' })).toHaveAttribute(
      'href',
      `/feedback?jobId=${job.id}`,
    );
    expect(requestsTo(calls, '/api/v1/feedback-owed')[0]?.searchParams.get('jobId')).toBe(job.id);
  });

  it('lists the last week’s rounds and the upcoming ones, each asked for its window', async () => {
    const { calls } = render();
    const recent = await screen.findByRole('region', { name: 'Rounds of the last 7 days' });
    // A round marked completed that still waits for a scorecard reads as awaiting, not scored.
    expect(await within(recent).findByText(/1 scored, 2 awaiting scores/)).toBeVisible();
    const latest = within(recent).getAllByRole('listitem');
    expect(latest.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/Mock call · 0 of 1 scorecards inAwaiting scores$/),
      expect.stringMatching(/Mock call · 1 of 1 scorecards inScored$/),
      expect.stringMatching(/Mock call · 0 of 1 scorecards inAwaiting scores$/),
    ]);
    const rounds = requestsTo(calls, '/api/v1/interview-rounds').map((url) => url.searchParams);
    const past = rounds.find((params) => params.has('to'));
    const next = rounds.find((params) => params.get('status') === 'scheduled');
    expect(past?.get('jobId')).toBe(job.id);
    expect(Date.now() - Date.parse(past?.get('from') ?? '')).toBeGreaterThanOrEqual(
      7 * 24 * hour - 60_000,
    );
    expect(next?.has('to')).toBe(false);
    expect(screen.getByRole('region', { name: 'Upcoming rounds' })).toBeVisible();
  });

  it('lists the best-scored candidates: Hidden, Panel split, and Compare once two are picked', async () => {
    const { user, router, calls } = render();
    const table = await screen.findByRole('table', { name: 'Best-scored candidates' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Ana Cruz');
    expect(rows[0]).toHaveTextContent('82.4');
    expect(within(rows[1] as HTMLElement).getByText('Panel split: debrief')).toBeVisible();
    expect(rows[2]).toHaveTextContent('Hidden');
    const query = requestsTo(calls, '/api/v1/candidates')[0]?.searchParams;
    expect(query?.get('sort')).toBe('score');
    expect(query?.get('limit')).toBe('8');
    expect(query?.get('scoreBasis')).toBe('raw');

    const compare = screen.getByRole('button', { name: /^Compare/ });
    expect(compare).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Compare Ana Cruz' }));
    expect(compare).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Compare Ben Lim' }));
    expect(screen.getByRole('button', { name: 'Compare (2)' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Compare (2)' }));
    expect(router.state.location.pathname).toBe(`/jobs/${job.id}/compare`);
    expect(router.state.location.search).toBe(`?candidates=${best[0]?.id},${best[1]?.id}`);
  });

  it('switches to corrected scores and opens the comparison on them', async () => {
    const { user, router, calls } = render();
    await screen.findByRole('table', { name: 'Best-scored candidates' });
    await user.click(screen.getByRole('radio', { name: 'Corrected' }));
    expect(await screen.findByRole('columnheader', { name: /Corrected score/ })).toBeVisible();
    expect(screen.getByText('79.1')).toBeVisible();
    expect(
      requestsTo(calls, '/api/v1/candidates').some(
        (url) => url.searchParams.get('scoreBasis') === 'corrected',
      ),
    ).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Compare Ana Cruz' }));
    await user.click(screen.getByRole('checkbox', { name: 'Compare Ben Lim' }));
    await user.click(screen.getByRole('button', { name: 'Compare (2)' }));
    expect(router.state.location.search).toBe(
      `?candidates=${best[0]?.id},${best[1]?.id}&scoreBasis=corrected`,
    );
  });

  it('gives each panel its own empty state', async () => {
    render({
      routes: {
        '/api/v1/candidates/stage-counts': ok({ ...stageCounts, ...zeroCounts() }),
        '/api/v1/candidates': ok({ items: [], nextCursor: null }),
        '/api/v1/feedback-owed': ok({ ...owed, owed: [], owedTotal: 0, byInterviewer: [] }),
        '/api/v1/interview-rounds': ok({ items: [], nextCursor: null }),
      },
    });
    expect(await screen.findByText('No candidates on this job yet.')).toBeVisible();
    expect(await screen.findByText('No candidates to rank yet.')).toBeVisible();
    expect(await screen.findByText('Every scorecard of this job is in.')).toBeVisible();
    expect(await screen.findByText('No rounds in the last 7 days.')).toBeVisible();
    expect(screen.getByText('Nothing scheduled yet.')).toBeVisible();
  });

  it('gives each panel its own error, the rest of the page still working', async () => {
    render({
      routes: {
        '/api/v1/candidates/stage-counts': [failure],
        '/api/v1/feedback-owed': [failure],
      },
    });
    expect(await screen.findByText('The stage counts could not be loaded')).toBeVisible();
    expect(await screen.findByText('The scorecards owed could not be loaded')).toBeVisible();
    expect(await screen.findByRole('table', { name: 'Best-scored candidates' })).toBeVisible();
  });

  it('keeps the edit form for those who may edit jobs, behind an Edit job tab', async () => {
    const { user, router } = render({ canEdit: true });
    await screen.findByRole('table', { name: 'Best-scored candidates' });
    expect(screen.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Edit job' }));
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Voice agent');
    expect(screen.getByRole('button', { name: 'Save job' })).toBeVisible();
    expect(router.state.location.search).toBe('?tab=edit');
  });
});

function zeroCounts() {
  return Object.fromEntries(Object.keys(stageCounts).map((stage) => [stage, 0]));
}
