import { screen } from '@testing-library/react';

import { fakeFetch, renderApp } from '@/test/render-app';

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

describe('CandidatesPage', () => {
  it('shows a failed load in place and recovers on retry', async () => {
    const { calls } = fakeFetch(serverError, {
      status: 200,
      body: { items: [], nextCursor: null },
    });
    const { user } = renderApp(
      <CandidatesPage description="Everyone who applied, newest first." />,
      { path: '/candidates' },
    );

    expect(await screen.findByText('Candidates could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('The database cannot be reached.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No candidates yet')).toBeInTheDocument();
    expect(calls.map((call) => call.url)).toEqual([
      'http://localhost/api/v1/candidates?limit=25',
      'http://localhost/api/v1/candidates?limit=25',
    ]);
  });

  it('searches with the query from the URL and says when nothing matches', async () => {
    const { calls } = fakeFetch({ status: 200, body: { items: [], nextCursor: null } });
    renderApp(<CandidatesPage description="Everyone who applied, newest first." />, {
      path: '/candidates?q=zed',
    });

    expect(await screen.findByText('No candidates match “zed”')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Search candidates' })).toHaveValue('zed');
    expect(calls[0]?.url).toBe('http://localhost/api/v1/candidates?q=zed&limit=25');
  });
});
