import { screen, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { CandidatesPage } from './candidates-page';

const serverError = {
  status: 503,
  body: {
    statusCode: 503,
    code: 'DATABASE_UNAVAILABLE',
    message: 'The database cannot be reached.',
    requestId: 'req-9',
  },
};

const noCounts = {
  status: 200,
  body: {
    applied: 0,
    screening: 0,
    interviewing: 0,
    offer: 0,
    hired: 0,
    rejected: 0,
    withdrawn: 0,
  },
};

describe('CandidatesPage', () => {
  it('shows a failed load in place and recovers on retry', async () => {
    const { calls } = fakeApi({
      '/api/v1/candidates': [serverError, { status: 200, body: { items: [], nextCursor: null } }],
      '/api/v1/candidates/stage-counts': [noCounts],
    });
    const { user } = renderApp(
      <CandidatesPage description="Everyone who applied, newest first." />,
      { path: '/candidates' },
    );

    expect(await screen.findByText('Candidates could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('The database cannot be reached.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No candidates yet')).toBeInTheDocument();
    expect(calls.map((call) => call.url).filter((url) => !url.includes('stage-counts'))).toEqual([
      'http://localhost/api/v1/candidates?limit=25',
      'http://localhost/api/v1/candidates?limit=25',
    ]);
  });

  it('searches with the query from the URL and says when nothing matches', async () => {
    const { calls } = fakeApi({
      '/api/v1/candidates': [{ status: 200, body: { items: [], nextCursor: null } }],
      '/api/v1/candidates/stage-counts': [noCounts],
    });
    renderApp(<CandidatesPage description="Everyone who applied, newest first." />, {
      path: '/candidates?q=zed',
    });

    expect(await screen.findByText('No candidates match “zed”')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Search candidates' })).toHaveValue('zed');
    expect(calls.map((call) => call.url)).toEqual([
      'http://localhost/api/v1/candidates?q=zed&limit=25',
      'http://localhost/api/v1/candidates/stage-counts?q=zed',
    ]);
  });

  it.each([
    { canCompare: true, shown: true },
    { canCompare: false, shown: false },
  ])(
    'offers picking, Compare and Export only to those who may compare (canCompare $canCompare)',
    async ({ canCompare, shown }) => {
      fakeApi({
        '/api/v1/candidates': [
          { status: 200, body: { items: [listedCandidate], nextCursor: null } },
        ],
        '/api/v1/candidates/stage-counts': [noCounts],
      });
      renderApp(<CandidatesPage description="Candidates." canCompare={canCompare} />, {
        path: '/candidates',
      });

      expect(await screen.findByText('Ana Reyes')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Compare/ }) !== null).toBe(shown);
      expect(screen.queryByRole('link', { name: 'Export CSV' }) !== null).toBe(shown);
      expect(screen.queryAllByRole('checkbox').length > 0).toBe(shown);
      // Scores are shown by default (see the interviewers' case below).
      expect(screen.getByRole('columnheader', { name: /Score/ })).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Min score' })).toBeInTheDocument();
    },
  );
});

describe('CandidatesPage by corrected score', () => {
  it('switches the score column, its order and its bounds to the corrected score, and back', async () => {
    const page = { status: 200, body: { items: [listedCandidate], nextCursor: null } };
    const { calls } = fakeApi({
      '/api/v1/candidates': [page, page, page],
      '/api/v1/candidates/stage-counts': [noCounts, noCounts, noCounts],
    });
    const { user } = renderApp(<CandidatesPage description="Candidates." canCompare />, {
      path: '/candidates?sort=score&minScore=60',
    });

    expect(await screen.findByText('72.5')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Corrected' }));
    expect(await screen.findByText('68.4')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Corrected score/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/api/v1/candidates/export?minScore=60&scoreBasis=corrected&sort=score',
    );
    await user.click(screen.getByRole('radio', { name: 'Raw' }));
    expect(await screen.findByText('72.5')).toBeInTheDocument();
    expect(calls.map((call) => call.url).filter((url) => !url.includes('stage-counts'))).toEqual([
      'http://localhost/api/v1/candidates?minScore=60&sort=score&limit=25',
      'http://localhost/api/v1/candidates?minScore=60&scoreBasis=corrected&sort=score&limit=25',
      // Back to raw: the raw list shows from the cache at once and is refreshed.
      'http://localhost/api/v1/candidates?minScore=60&sort=score&limit=25',
    ]);
  });
});

describe('CandidatesPage with a split panel', () => {
  it('flags the candidate beside their score, for a debrief', async () => {
    fakeApi({
      '/api/v1/candidates': [
        {
          status: 200,
          body: { items: [{ ...listedCandidate, panelSplit: true }], nextCursor: null },
        },
      ],
      '/api/v1/candidates/stage-counts': [noCounts],
    });
    renderApp(<CandidatesPage description="Candidates." />, { path: '/candidates' });
    const row = (await screen.findByText('Ana Reyes')).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('Panel split: debrief')).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText('72.5')).toBeInTheDocument();
  });
});

describe('CandidatesPage without scores (interviewers)', () => {
  it('shows no score column, range or order, and asks the API for none', async () => {
    const { calls } = fakeApi({
      '/api/v1/candidates': [{ status: 200, body: { items: [listedCandidate], nextCursor: null } }],
      '/api/v1/candidates/stage-counts': [noCounts],
    });
    renderApp(<CandidatesPage description="Candidates." showScores={false} />, {
      path: '/candidates?minScore=60&sort=score',
    });

    expect(await screen.findByText('Ana Reyes')).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: /Score/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Min score' })).not.toBeInTheDocument();
    expect(calls.map((call) => call.url)).toEqual([
      'http://localhost/api/v1/candidates?limit=25',
      'http://localhost/api/v1/candidates/stage-counts',
    ]);
  });
});

const listedCandidate = {
  id: '2b0f1a8e-7c55-4c1e-9a3e-5f7b2d8c9e01',
  name: 'Ana Reyes',
  email: 'ana.reyes@example.com',
  phone: null,
  jobId: '6d1c2b3a-4e5f-4a7b-8c9d-0e1f2a3b4c5d',
  stage: 'interviewing',
  stageChangedAt: '2026-11-20T09:00:00.000Z',
  source: 'referral',
  languages: [],
  shiftAvailability: [],
  typingWpm: null,
  notes: '',
  score: 72.5,
  correctedScore: 68.4,
  panelSplit: false,
  scoreHidden: false,
  version: 1,
  createdAt: '2026-11-19T09:00:00.000Z',
};
