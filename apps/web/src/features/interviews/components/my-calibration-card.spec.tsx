import { screen } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { MyCalibrationCard } from './my-calibration-card';

const ivy = '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const me = {
  status: 200,
  body: {
    user: {
      id: ivy,
      email: 'interviewer@example.com',
      name: 'Ivy Interviewer',
      role: 'interviewer',
      active: true,
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  },
};
const lineage = (n: number) => `3b0f1a8e-7c55-4c1e-9a3e-5f7b2d8c9e0${n}`;
const own = (extra: Record<string, unknown> = {}) => ({
  interviewerId: ivy,
  interviewerName: 'Ivy Interviewer',
  leniency: 0.38,
  standardError: 0.08,
  lower: 0.22,
  upper: 0.54,
  scorecards: 64,
  linkedScorecards: 48,
  calibrated: true,
  comparable: true,
  spreadRatio: 1,
  agreementMad: 0.5,
  agreementCorrelation: 0.6,
  haloExcess: 0,
  categories: [
    { lineageId: lineage(1), name: 'Communication', leniency: 0.62, standardError: 0.1 },
    { lineageId: lineage(2), name: 'Empathy', leniency: 0.1, standardError: 0.1 },
  ],
  scorecardsInScope: null,
  trend: [],
  ...extra,
});
const report = (interviewers: unknown[], fit = true) => ({
  fit: fit
    ? {
        id: '8',
        trigger: 'submissions',
        status: 'succeeded',
        startedAt: '2026-03-12T10:40:00.000Z',
        finishedAt: '2026-03-12T10:42:00.000Z',
        scorecards: 1234,
        candidates: 300,
        interviewers: 3,
        error: null,
      }
    : null,
  running: null,
  panelSize: null,
  reliability: null,
  categories: [],
  varianceComponents: null,
  connectivity: null,
  warnings: [],
  panelAgreement: null,
  filters: { applied: {}, options: { jobs: [], sites: [], rubrics: [], months: [] } },
  interviewers,
});

describe('MyCalibrationCard', () => {
  it('says in sentences how the interviewer rates against peers, where the interval is clear', async () => {
    fakeApi({
      '/api/auth/me': [me],
      '/api/v1/calibration/me': [{ status: 200, body: report([own()]) }],
    });
    renderApp(<MyCalibrationCard />);
    const card = await screen.findByRole('region', { name: 'Your calibration' });
    expect(card).toHaveTextContent('Calibrated · 48 linked scorecards');
    expect(card).toHaveTextContent(
      'Overall you rate 0.4 higher than your peers on the same candidates.',
    );
    expect(card).toHaveTextContent('You rate 0.6 higher than your peers on Communication.');
    // Empathy's interval crosses 0: nothing said about it.
    expect(card).not.toHaveTextContent('Empathy');
    expect(card).toHaveTextContent('Only you see these figures');
  });

  it('says "not yet calibrated" under 30 linked scorecards, without figures', async () => {
    fakeApi({
      '/api/auth/me': [me],
      '/api/v1/calibration/me': [
        { status: 200, body: report([own({ calibrated: false, linkedScorecards: 12 })]) },
      ],
    });
    renderApp(<MyCalibrationCard />);
    const card = await screen.findByRole('region', { name: 'Your calibration' });
    expect(card).toHaveTextContent('Not yet calibrated');
    expect(card).toHaveTextContent('12 of the 30 linked scorecards needed');
    expect(card).not.toHaveTextContent('higher');
  });

  it('explains an empty calibration and offers a retry on error', async () => {
    fakeApi({
      '/api/auth/me': [me],
      '/api/v1/calibration/me': [
        { status: 500, body: { statusCode: 500, code: 'INTERNAL', message: 'Boom' } },
        { status: 200, body: report([], false) },
      ],
    });
    const { user } = renderApp(<MyCalibrationCard />);
    expect(await screen.findByText('Your calibration could not be loaded')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByText(/Your figures appear after the first calibration/),
    ).toBeInTheDocument();
  });
});
