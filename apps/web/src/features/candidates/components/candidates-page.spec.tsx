import { screen } from '@testing-library/react';

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
});
