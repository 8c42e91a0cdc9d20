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

const id2 = '3b0f1a8e-7c55-4c1e-9a3e-5f7b2d8c9e02';
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
  knockOuts: [],
  version: 1,
  createdAt: '2026-11-19T09:00:00.000Z',
};

describe('CandidatesPage knock-outs', () => {
  const knockedOut = {
    ...listedCandidate,
    knockOuts: [
      { kind: 'language', language: 'English', minLevel: 'B2', level: 'B1' },
      { kind: 'shift', shift: 'night' },
    ],
  };
  const reasons = 'English B1, needs B2. Not available for the night shift';

  it('keeps the knock-out filter in the URL and sends it as knockOut', async () => {
    const page = { status: 200, body: { items: [knockedOut], nextCursor: null } };
    const { calls } = fakeApi({
      '/api/v1/candidates': [page, page],
      '/api/v1/candidates/stage-counts': [noCounts, noCounts],
    });
    const { user, router } = renderApp(<CandidatesPage description="Candidates." canCompare />, {
      path: '/candidates?knockOut=only',
    });

    expect(await screen.findByText('Ana Reyes')).toBeInTheDocument();
    const filter = screen.getByRole('combobox', { name: 'Knocked out' });
    expect(filter).toHaveValue('Only knocked out');
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/api/v1/candidates/export?knockOut=only',
    );

    await user.click(filter);
    await user.click(screen.getByRole('option', { name: 'Hide knocked out', hidden: true }));
    expect(router.state.location.search).toBe('?knockOut=exclude');
    await user.click(filter);
    await user.click(screen.getByRole('option', { name: 'All', hidden: true }));
    expect(router.state.location.search).toBe('');
    expect(calls.map((call) => call.url).filter((url) => !url.includes('stage-counts'))).toEqual([
      'http://localhost/api/v1/candidates?knockOut=only&limit=25',
      'http://localhost/api/v1/candidates?knockOut=exclude&limit=25',
      'http://localhost/api/v1/candidates?limit=25',
    ]);
  }, 15_000);

  it('flags a knocked-out row, its reasons reachable from the keyboard', async () => {
    fakeApi({
      '/api/v1/candidates': [
        {
          status: 200,
          body: {
            items: [knockedOut, { ...listedCandidate, id: id2, name: 'Ben Lim' }],
            nextCursor: null,
          },
        },
      ],
      '/api/v1/candidates/stage-counts': [noCounts],
    });
    const { user } = renderApp(<CandidatesPage description="Candidates." />, {
      path: '/candidates',
    });
    const row = (await screen.findByText('Ana Reyes')).closest('tr') as HTMLElement;
    const badge = within(row).getByText('Knocked out').closest('.mantine-Badge-root');
    expect(badge).toHaveAccessibleDescription(reasons);
    const other = screen.getByText('Ben Lim').closest('tr') as HTMLElement;
    expect(within(other).queryByText('Knocked out')).not.toBeInTheDocument();

    // Tab from the name's link reaches the badge, which opens the tooltip with the reasons.
    within(row).getByRole('link', { name: 'Ana Reyes' }).focus();
    await user.tab();
    expect(badge).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('English B1, needs B2');
  });

  it('flags a knocked-out card on the board', async () => {
    fakeApi({
      '/api/v1/candidates': [
        { status: 200, body: { items: [knockedOut], nextCursor: null } },
        { status: 200, body: { items: [], nextCursor: null } },
      ],
      '/api/v1/candidates/stage-counts': [
        { ...noCounts, body: { ...noCounts.body, interviewing: 1 } },
      ],
    });
    renderApp(<CandidatesPage description="Candidates." />, {
      path: '/candidates?view=board',
    });
    const card = await screen.findByRole('generic', { name: 'Ana Reyes' });
    const badge = within(card).getByText('Knocked out').closest('.mantine-Badge-root');
    expect(badge).toHaveAccessibleDescription(reasons);
  });
});
