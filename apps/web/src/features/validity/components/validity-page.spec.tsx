import { ValidityCell, ValidityReport } from '@calibrate/contracts';
import { screen, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { ValidityPage } from './validity-page';

const me = (role: string) => ({
  status: 200,
  body: {
    user: {
      id: '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      email: `${role}@example.com`,
      name: 'Someone',
      role,
      active: true,
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  },
});

const jobId = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';
const mockCall = '3b0f1a8e-7c55-4c1e-9a3e-5f7b2d8c9e01';
const chat = '4b0f1a8e-7c55-4c1e-9a3e-5f7b2d8c9e02';

const estimate = (value: number, lower: number, upper: number) => ({ value, lower, upper });
const cell = (
  predictor: string,
  outcome: ValidityCell['outcome'],
  extra: Partial<ValidityCell> = {},
): ValidityCell => ({
  predictor,
  outcome,
  n: 45,
  observed: estimate(0.38, 0.21, 0.55),
  corrected: estimate(0.52, 0.3, 0.7),
  sdRatio: 1.42,
  correction: predictor === 'overall' ? 'direct' : 'indirect',
  auc: null,
  verdict: 'predicts',
  ...extra,
});

const report = (extra: Partial<ValidityReport> = {}): ValidityReport => ({
  scope: { jobId: null, site: null, rubricId: mockCall, rubricName: 'Mock call' },
  aggregatedAt: '2026-11-30T02:00:00.000Z',
  applicants: 120,
  hiredWithOutcomes: 45,
  minN: 30,
  outcomes: [
    { key: 'nestingQaScore', recorded: 45 },
    { key: 'averageHandleTimeSeconds', recorded: 44 },
    { key: 'firstContactResolutionPercent', recorded: 0 },
    { key: 'csatPercent', recorded: 40 },
    { key: 'employedAt30Days', recorded: 45 },
    { key: 'employedAt90Days', recorded: 20 },
  ],
  predictors: [
    {
      key: 'overall',
      kind: 'overall',
      label: 'Overall',
      categoryKey: null,
      scored: 120,
      hiredScored: 45,
    },
    {
      key: 'empathy',
      kind: 'category',
      label: 'Empathy',
      categoryKey: null,
      scored: 120,
      hiredScored: 45,
    },
    {
      key: 'q-calm',
      kind: 'question',
      label: 'Calms an angry caller',
      categoryKey: 'empathy',
      scored: 118,
      hiredScored: 44,
    },
    {
      key: 'q-small',
      kind: 'question',
      label: 'Makes small talk',
      categoryKey: 'empathy',
      scored: 60,
      hiredScored: 20,
    },
  ],
  cells: [
    cell('overall', 'nestingQaScore'),
    cell('empathy', 'nestingQaScore', {
      observed: estimate(0.05, -0.24, 0.33),
      corrected: estimate(0.07, -0.32, 0.43),
      verdict: 'predicts_nothing',
    }),
    cell('q-calm', 'nestingQaScore', {
      observed: estimate(-0.34, -0.57, -0.06),
      corrected: estimate(-0.46, -0.7, -0.09),
      verdict: 'backwards',
    }),
    cell('q-small', 'nestingQaScore', {
      n: 20,
      observed: { value: 0.1, lower: null, upper: null },
      corrected: { value: 0.1, lower: null, upper: null },
      sdRatio: null,
      correction: null,
      verdict: 'too_few',
    }),
    cell('overall', 'averageHandleTimeSeconds', {
      observed: estimate(-0.31, -0.55, -0.02),
      corrected: estimate(-0.43, -0.68, -0.05),
    }),
    cell('overall', 'employedAt30Days', {
      observed: estimate(0.29, 0.0, 0.53),
      corrected: estimate(0.4, 0.01, 0.68),
      auc: estimate(0.68, 0.52, 0.84),
    }),
  ],
  options: {
    jobs: [
      { id: jobId, title: 'Chat support agent', site: 'Monterrey' },
      {
        id: '5d2c8e1a-1111-4a6b-8c7d-9e0f1a2b3c4d',
        title: 'Collections agent',
        site: 'Cebu IT Park',
      },
    ],
    sites: ['Cebu IT Park', 'Monterrey'],
    rubrics: [
      { id: mockCall, name: 'Mock call' },
      { id: chat, name: 'Chat test' },
    ],
  },
  ...extra,
});

const headers = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent);

describe('ValidityPage', () => {
  it('shows the first recorded outcome with verdicts, minus signs and intervals', async () => {
    fakeApi({
      '/api/auth/me': [me('admin')],
      '/api/v1/validity': [{ status: 200, body: report() }],
    });
    renderApp(<ValidityPage />);

    const table = await screen.findByRole('table', {
      name: 'Nesting QA score: how each interview score relates to it among hires',
    });
    expect(
      screen.getByText('120 applicants scored on Mock call · 45 hired with outcomes recorded'),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Rubric' })).toHaveValue('Mock call');
    expect(screen.getByRole('combobox', { name: 'Outcome' })).toHaveValue('Nesting QA score (45)');
    // No AUC for a continuous outcome.
    expect(headers(table)).toEqual([
      'Interview score',
      'n',
      'Observed r (95%)',
      'Corrected r (95%)',
      'Verdict',
    ]);
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(rows).toEqual(['Overall score', 'Empathy', 'Calms an angry caller', 'Makes small talk']);
    const overall = within(table).getByRole('row', { name: /Overall score/ });
    expect(overall).toHaveTextContent('450.380.21 to 0.550.520.30 to 0.70Predicts');
    const empathy = within(table).getByRole('row', { name: /Empathy/ });
    expect(empathy).toHaveTextContent('0.05−0.24 to 0.33');
    expect(within(empathy).getByText('Predicts nothing')).toBeInTheDocument();
    const calm = within(table).getByRole('row', { name: /Calms an angry caller/ });
    expect(calm).toHaveTextContent('−0.34−0.57 to −0.06');
    expect(calm).not.toHaveTextContent('-');
    expect(within(calm).getByText('Backwards')).toBeInTheDocument();
    const small = within(table).getByRole('row', { name: /Makes small talk/ });
    expect(small).toHaveTextContent('Too few (n < 30)');
    expect(small).toHaveTextContent('not corrected');
    expect(overall).not.toHaveTextContent('not corrected');
    expect(screen.getByRole('region', { name: 'How to read this' })).toHaveTextContent(
      'u = 1.42 here',
    );
    expect(screen.getByText(/spread 1.42\s+times as widely/)).toBeInTheDocument();
  });

  it('shows the AUC only for yes/no outcomes, says lower is better for handle time, and keeps the outcome in the URL', async () => {
    fakeApi({
      '/api/auth/me': [me('recruiter')],
      '/api/v1/validity': [{ status: 200, body: report() }],
    });
    const { user, router } = renderApp(<ValidityPage />);

    await user.click(await screen.findByRole('combobox', { name: 'Outcome' }));
    expect(
      screen.getByRole('option', { name: 'First-contact resolution (not recorded)', hidden: true }),
    ).toHaveAttribute('data-combobox-disabled', 'true');
    await user.click(
      screen.getByRole('option', { name: 'Still employed at 30 days (45)', hidden: true }),
    );
    expect(router.state.location.search).toBe('?outcome=employedAt30Days');
    const binary = await screen.findByRole('table', { name: /^Still employed at 30 days/ });
    expect(headers(binary)).toContain('AUC (95%)');
    expect(within(binary).getByRole('row', { name: /Overall score/ })).toHaveTextContent(
      '0.680.52 to 0.84',
    );

    await user.click(screen.getByRole('combobox', { name: 'Outcome' }));
    await user.click(
      screen.getByRole('option', { name: 'Average handle time (44)', hidden: true }),
    );
    const handle = await screen.findByRole('table', { name: /^Average handle time/ });
    expect(headers(handle)).not.toContain('AUC (95%)');
    expect(within(handle).getByRole('row', { name: /Overall score/ })).toHaveTextContent(
      '−0.31−0.55 to −0.02−0.43',
    );
    expect(
      screen.getByText(
        'Lower is better for average handle time (seconds), so a good predictor has a negative r.',
      ),
    ).toBeInTheDocument();
  });

  it('filters by job through the URL and asks the API for that job', async () => {
    const { calls } = fakeApi({
      '/api/auth/me': [me('admin')],
      '/api/v1/validity': [
        { status: 200, body: report() },
        { status: 200, body: report({ scope: { ...report().scope, jobId } }) },
      ],
    });
    const { user, router } = renderApp(<ValidityPage />);
    await user.click(await screen.findByRole('combobox', { name: 'Job' }));
    await user.click(
      await screen.findByRole('option', { name: 'Chat support agent', hidden: true }),
    );
    expect(router.state.location.search).toBe(`?jobId=${jobId}`);
    await screen.findByRole('button', { name: 'Clear filters' });
    expect(calls.map((call) => call.url)).toContainEqual(
      expect.stringContaining(`/api/v1/validity?jobId=${jobId}`),
    );

    await user.click(screen.getByRole('combobox', { name: 'Rubric' }));
    await user.click(await screen.findByRole('option', { name: 'Chat test', hidden: true }));
    expect(router.state.location.search).toBe(`?jobId=${jobId}&rubricId=${chat}`);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
  });

  it('explains where outcomes are recorded when no hire has any, with a link to hires', async () => {
    fakeApi({
      '/api/auth/me': [me('hiring_manager')],
      '/api/v1/validity': [
        {
          status: 200,
          body: report({
            hiredWithOutcomes: 0,
            outcomes: report().outcomes.map((outcome) => ({ ...outcome, recorded: 0 })),
            cells: [],
          }),
        },
      ],
    });
    renderApp(<ValidityPage />);

    expect(await screen.findByText('No outcomes recorded yet')).toBeInTheDocument();
    expect(screen.getByText(/under After the hire/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hired candidates' })).toHaveAttribute(
      'href',
      '/candidates?stage=hired',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(await screen.findByText('Candidates of the jobs you manage.')).toBeInTheDocument();
  });

  it('before the first calibration fit, says the report waits for one (no link for a hiring manager)', async () => {
    fakeApi({
      '/api/auth/me': [me('hiring_manager')],
      '/api/v1/validity': [
        {
          status: 200,
          body: report({ aggregatedAt: null, applicants: 0, hiredWithOutcomes: 0, cells: [] }),
        },
      ],
    });
    renderApp(<ValidityPage />);

    expect(await screen.findByText('No calibration fit yet')).toBeInTheDocument();
    expect(screen.queryByText('No outcomes recorded yet')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open Calibration' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when the report could not be loaded, with a retry', async () => {
    fakeApi({
      '/api/auth/me': [me('admin')],
      '/api/v1/validity': [
        {
          status: 503,
          body: {
            statusCode: 503,
            code: 'DATABASE_UNAVAILABLE',
            message: 'The database cannot be reached.',
            requestId: 'req-1',
          },
        },
        { status: 200, body: report() },
      ],
    });
    const { user } = renderApp(<ValidityPage />);
    expect(await screen.findByText('Validity could not be loaded')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });
});
