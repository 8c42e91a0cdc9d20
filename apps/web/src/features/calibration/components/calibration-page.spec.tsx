import { CalibrationFit, CalibrationReport, InterviewerCalibration } from '@calibrate/contracts';
import { screen, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { CalibrationPage } from './calibration-page';

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

const fit = (id: string, status: CalibrationFit['status'] = 'succeeded'): CalibrationFit => ({
  id,
  trigger: 'submissions',
  status,
  startedAt: '2026-03-12T10:40:00.000Z',
  finishedAt: status === 'running' ? null : '2026-03-12T10:42:00.000Z',
  scorecards: 1234,
  candidates: 300,
  interviewers: 3,
  error: null,
});

let seq = 0;
function interviewer(
  name: string,
  leniency: number | null,
  extra: Partial<InterviewerCalibration> = {},
): InterviewerCalibration {
  seq += 1;
  return {
    interviewerId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    interviewerName: name,
    leniency,
    standardError: 0.1,
    lower: leniency === null ? null : leniency - 0.2,
    upper: leniency === null ? null : leniency + 0.2,
    scorecards: 60,
    linkedScorecards: 48,
    calibrated: true,
    comparable: true,
    spreadRatio: 0.9,
    agreementMad: 0.55,
    agreementCorrelation: 0.6,
    haloExcess: 0.12,
    categories: [],
    scorecardsInScope: null,
    trend: [],
    ...extra,
  };
}

const jobId = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';
const month = (name: string, leniency: number | null, linkedScorecards = 14) => ({
  month: name,
  leniency,
  standardError: 0.1,
  lower: leniency === null ? null : leniency - 0.2,
  upper: leniency === null ? null : leniency + 0.2,
  scorecards: linkedScorecards + 2,
  linkedScorecards,
});

const estimate = (value: number) => ({ value, lower: value - 0.05, upper: value + 0.05 });
const reliability = {
  absolute: estimate(0.52),
  consistency: estimate(0.61),
  absoluteK: estimate(0.68),
  consistencyK: estimate(0.76),
};

const report = (extra: Partial<CalibrationReport> = {}): CalibrationReport => ({
  fit: fit('8'),
  running: null,
  panelSize: 2,
  reliability,
  categories: [
    {
      lineageId: '3b0f1a8e-7c55-4c1e-9a3e-5f7b2d8c9e01',
      name: 'Empathy',
      reliability,
    },
  ],
  varianceComponents: { candidate: 0.5, interviewer: 0.1, residual: 0.4 },
  panelAgreement: {
    overall: estimate(0.58),
    categories: [
      { lineageId: '3b0f1a8e-7c55-4c1e-9a3e-5f7b2d8c9e01', name: 'Empathy', alpha: estimate(0.49) },
    ],
    panels: 412,
  },
  filters: {
    applied: {},
    options: {
      jobs: [
        { id: jobId, title: 'Chat support agent', site: 'Monterrey' },
        {
          id: '5d2c8e1a-1111-4a6b-8c7d-9e0f1a2b3c4d',
          title: 'Technical support agent',
          site: 'Cebu IT Park',
        },
      ],
      sites: ['Cebu IT Park', 'Monterrey'],
      rubrics: [],
      months: ['2026-01', '2026-02', '2026-03'],
    },
  },
  connectivity: { components: 2, outsideInterviewers: 1, outsideCandidates: 4 },
  warnings: [
    {
      code: 'NOT_CONNECTED',
      message: '1 interviewers and 4 candidates share no candidate with the main group.',
    },
  ],
  interviewers: [
    interviewer('Sam Strict', -0.42),
    interviewer('Lena Lenient', 0.45, {
      trend: [month('2026-01', 0.3), month('2026-03', 0.62, 6)],
    }),
    interviewer('Nina New', 0.1, { calibrated: false, linkedScorecards: 12 }),
    interviewer('Otto Outside', null, { comparable: false }),
  ],
  ...extra,
});

describe('CalibrationPage', () => {
  it('shows the fit, leniency per interviewer with flags, reliability and warnings', async () => {
    fakeApi({
      '/api/auth/me': [me('admin')],
      '/api/v1/calibration': [{ status: 200, body: report() }],
    });
    const { user } = renderApp(<CalibrationPage />);

    const chart = await screen.findByRole('figure');
    const rows = within(chart).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Lena Lenient+0.45'),
      expect.stringContaining('Nina NewNot yet calibrated+0.10'),
      expect.stringContaining('Sam Strict−0.42'),
    ]);
    expect(rows[0]).toHaveTextContent('95% interval +0.25 to +0.65');
    expect(screen.getByText(/Figures from the latest fit/).parentElement).toHaveTextContent(
      '1,234 scorecards · 300 candidates · 3 interviewers · after new scorecards came in',
    );
    expect(screen.getByText('Some interviewers are outside the main group')).toBeInTheDocument();
    const apart = screen.getByRole('region', { name: 'Not comparable (1)' });
    expect(apart).toHaveTextContent('Otto Outside');
    expect(apart).toHaveTextContent('Shares no candidate with the main group');
    expect(screen.getByRole('region', { name: 'Reliability' })).toHaveTextContent(
      'One interviewer0.5295%: 0.47–0.57Above the 0.44 benchmark for separate interviews',
    );
    expect(
      within(screen.getByRole('table', { name: 'Reliability by category' })).getByRole(
        'rowheader',
        { name: 'Empathy' },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('50%')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refit now' })).toBeEnabled();

    await user.click(screen.getByRole('tab', { name: 'Table' }));
    const table = screen.getByRole('table', { name: 'Leniency per interviewer' });
    const nina = within(table).getByRole('row', { name: /Nina New/ });
    expect(nina).toHaveTextContent('+0.10 ± 0.20');
    expect(nina).toHaveTextContent('Not yet calibrated');
    expect(within(table).getByRole('row', { name: /Otto Outside/ })).toHaveTextContent(
      'Not comparable',
    );
  });

  it('says there is no calibration yet, with the refit for admins only', async () => {
    fakeApi({
      '/api/auth/me': [me('hiring_manager')],
      '/api/v1/calibration': [
        { status: 200, body: report({ fit: null, reliability: null, interviewers: [] }) },
      ],
    });
    renderApp(<CalibrationPage />);
    expect(
      await screen.findByText('No calibration yet: it runs after the first submitted scorecards'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refit now' })).not.toBeInTheDocument();
  });

  it('starts a refit, says so while it runs, and shows the new fit when it is done', async () => {
    const running = fit('9', 'running');
    const { calls } = fakeApi({
      '/api/auth/me': [me('admin')],
      '/api/v1/calibration': [
        { status: 200, body: report() },
        { status: 200, body: report({ running }) },
        { status: 200, body: report({ fit: fit('9') }) },
      ],
      '/api/v1/calibration/fits': [{ status: 202, body: running }],
    });
    const { user } = renderApp(<CalibrationPage />);

    await user.click(await screen.findByRole('button', { name: 'Refit now' }));
    expect(await screen.findByRole('button', { name: 'Refitting…' })).toBeDisabled();
    expect(
      await screen.findByText(/The figures below are from the\s+previous fit/),
    ).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url)).toEqual([
      expect.stringContaining('/api/v1/calibration/fits'),
    ]);

    // Polled every 2 s while running, until the new fit is in.
    expect(await screen.findByText('Refit finished', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refit now' })).toBeEnabled();
  });

  it('prints leniency by month and panel agreement beside reliability', async () => {
    fakeApi({
      '/api/auth/me': [me('admin')],
      '/api/v1/calibration': [{ status: 200, body: report() }],
    });
    renderApp(<CalibrationPage />);
    const trend = await screen.findByRole('table', { name: 'Leniency by month' });
    expect(
      within(trend)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Interviewer', 'Trend', 'Jan 2026', 'Feb 2026', 'Mar 2026']);
    const lena = within(trend).getByRole('row', { name: /Lena Lenient/ });
    expect(lena).toHaveTextContent('Rating more leniently lately.');
    expect(lena).toHaveTextContent('+0.3014 linked—+0.626 linked');
    expect(screen.getByRole('region', { name: 'Reliability' })).toHaveTextContent(
      'Panel agreement (Krippendorff’s alpha, ordinal)0.5895%: 0.53–0.63Below 0.667',
    );
    const byCategory = screen.getByRole('table', { name: 'Reliability by category' });
    expect(within(byCategory).getByRole('row', { name: /Empathy/ })).toHaveTextContent(
      '0.490.44–0.54',
    );
    expect(screen.getByText(/Filters choose/)).toHaveTextContent(
      'leniency and reliability always come from every submitted scorecard in the fit',
    );
  });

  it('filters by job through the URL, counts scorecards in view, and says when nobody matches', async () => {
    const narrowed = report({
      filters: { ...report().filters, applied: { jobId } },
      interviewers: [interviewer('Lena Lenient', 0.45, { scorecardsInScope: 17 })],
    });
    const { calls } = fakeApi({
      '/api/auth/me': [me('admin')],
      '/api/v1/calibration': [
        { status: 200, body: report() },
        { status: 200, body: narrowed },
        { status: 200, body: report({ interviewers: [] }) },
      ],
    });
    const { user, router } = renderApp(<CalibrationPage />);
    await user.click(await screen.findByRole('combobox', { name: 'Job' }));
    await user.click(
      await screen.findByRole('option', { name: 'Chat support agent', hidden: true }),
    );
    expect(router.state.location.search).toBe(`?jobId=${jobId}`);
    expect(
      await screen.findByText(
        'Interviewers with submitted scorecards in this view (Chat support agent).',
        { exact: false },
      ),
    ).toBeInTheDocument();
    expect(calls.map((call) => call.url)).toContainEqual(
      expect.stringContaining(`/api/v1/calibration?jobId=${jobId}`),
    );
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    const table = screen.getByRole('table', { name: 'Leniency per interviewer' });
    expect(
      within(table).getByRole('columnheader', { name: 'Scorecards in this view' }),
    ).toBeVisible();
    expect(within(table).getByRole('row', { name: /Lena Lenient/ })).toHaveTextContent(
      '48 of 6017',
    );

    await user.click(screen.getByRole('combobox', { name: 'From' }));
    await user.click(
      within(await screen.findByRole('listbox', { name: 'From', hidden: true })).getByRole(
        'option',
        { name: 'Mar 2026', hidden: true },
      ),
    );
    expect(await screen.findByText('No interviewer in this view')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(router.state.location.search).toBe('');
  });
});
