import { QuestionAnalysis, QuestionAnalysisQuestion, Rubric } from '@calibrate/contracts';
import { screen, within } from '@testing-library/react';

import { RubricPage } from '@/features/rubrics';
import { fakeApi, renderApp } from '@/test/render-app';

import { QuestionAnalysisPage } from './question-analysis-page';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const rubricId = id(1);
const jobId = id(2);
const url = `/api/v1/rubrics/${rubricId}/question-analysis`;

const question = (
  n: number,
  text: string,
  extra: Partial<QuestionAnalysisQuestion> = {},
): QuestionAnalysisQuestion => ({
  lineageId: id(100 + n),
  text,
  inLatestVersion: true,
  asked: 240,
  notAsked: 0,
  notAskedShare: 0,
  distribution: [10, 40, 100, 60, 30],
  mean: 3.25,
  itemRest: { r: 0.52, scorecards: 240 },
  candidateShare: { icc: 0.61, panels: 120 },
  exposure: { peak: { site: 'Manila – Ortigas', week: '2026-W11', asked: 12 }, overThreshold: [] },
  ...extra,
});

const report = (extra: Partial<QuestionAnalysis> = {}): QuestionAnalysis => ({
  rubric: {
    id: rubricId,
    name: 'Mock call',
    latestVersionId: id(10),
    latestVersion: 1,
    draftVersionId: null,
    draftVersion: null,
  },
  scope: { jobId: null, site: null },
  aggregatedAt: '2026-11-30T02:00:00.000Z',
  scorecards: 240,
  panels: 120,
  rules: { minScorecards: 30, minPanels: 20, exposureWarnPerWeek: 5 },
  categories: [
    {
      lineageId: id(50),
      name: 'Empathy',
      questions: [
        question(1, 'How do you calm an upset caller?', {
          exposure: {
            peak: { site: 'Manila – Ortigas', week: '2026-W11', asked: 12 },
            overThreshold: [
              { site: 'Manila – Ortigas', week: '2026-W11', asked: 12 },
              { site: 'Manila – Ortigas', week: '2026-W10', asked: 12 },
            ],
          },
        }),
        question(2, 'Tell me about a customer you helped.', {
          itemRest: { r: -0.03, scorecards: 240 },
          candidateShare: { icc: 0.12, panels: 120 },
          inLatestVersion: false,
        }),
      ],
    },
    {
      lineageId: id(51),
      name: 'Problem solving',
      questions: [
        question(3, 'A refund is not in the system. What do you do?', {
          asked: 180,
          notAsked: 60,
          notAskedShare: 0.25,
          distribution: [0, 0, 0, 0, 0],
          mean: null,
          itemRest: { r: null, scorecards: 0 },
          candidateShare: { icc: null, panels: 12 },
          exposure: { peak: null, overThreshold: [] },
        }),
      ],
    },
  ],
  options: {
    jobs: [
      { id: jobId, title: 'Inbound agent', site: 'Manila – Ortigas' },
      { id: id(3), title: 'Chat agent', site: 'Cebu IT Park' },
    ],
    sites: ['Cebu IT Park', 'Manila – Ortigas'],
  },
  ...extra,
});

const me = {
  status: 200,
  body: {
    user: {
      id: id(9),
      email: 'admin@example.com',
      name: 'Admin',
      role: 'admin',
      active: true,
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  },
};

const render = (path = '/') => renderApp(<QuestionAnalysisPage rubricId={rubricId} />, { path });

describe('QuestionAnalysisPage', () => {
  it('shows a captioned table per category with each figure, its reading and why one is missing', async () => {
    fakeApi({ [url]: [{ status: 200, body: report() }] });
    render();

    const empathy = await screen.findByRole('table', { name: 'Empathy: 2 questions' });
    expect(
      within(empathy)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Question',
      'Asked (not asked)',
      'Ratings 1–5',
      'Mean',
      'Item–rest r',
      'Candidate share',
      'Busiest site-week',
    ]);
    const calm = within(empathy).getByRole('row', { name: /calm an upset caller/ });
    expect(calm).toHaveTextContent('2400% not asked');
    expect(
      within(calm).getByRole('img', { name: 'Ratings: 1: 10, 2: 40, 3: 100, 4: 60, 5: 30' }),
    ).toBeInTheDocument();
    expect(calm).toHaveTextContent('3.30.520.61');
    expect(calm).toHaveTextContent('12 · Manila – Ortigas, 2026-W11');
    expect(within(calm).getByText('Over 5/week in 2 site-weeks')).toBeInTheDocument();

    const helped = within(empathy).getByRole('row', { name: /customer you helped/ });
    expect(helped).toHaveTextContent('\u22120.03no signal');
    expect(helped).toHaveTextContent('0.12weak');
    expect(helped).toHaveTextContent('not in the latest version');

    const solving = screen.getByRole('table', { name: 'Problem solving: 1 question' });
    const refund = within(solving).getByRole('row', { name: /refund/ });
    expect(refund).toHaveTextContent('18025% not asked');
    expect(within(refund).getByRole('img', { name: 'No ratings' })).toBeInTheDocument();
    expect(refund).toHaveTextContent('only question in its category');
    expect(refund).toHaveTextContent('too few (12 of 20 panels)');
    expect(refund).toHaveTextContent('never asked');

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Answers may circulate among applicants');
    expect(alert).toHaveTextContent('How do you calm an upset caller? (busiest: 12 at Manila');
    expect(screen.getByText(/240 submitted scorecards · 120 panels/)).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'How to read this, and when not to trust it' }),
    ).toHaveTextContent('Over 5 a week');
    // Tables scroll sideways on a phone in a focusable container.
    expect(empathy.closest('[tabindex="0"]')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Mock call' })).toHaveAttribute(
      'href',
      `/rubrics/${rubricId}`,
    );
  });

  it('filters by job through the URL and asks the API for that job', async () => {
    const { calls } = fakeApi({
      [url]: [
        { status: 200, body: report() },
        { status: 200, body: report({ scope: { jobId, site: null } }) },
      ],
    });
    const { user, router } = render();
    await user.click(await screen.findByRole('combobox', { name: 'Job' }));
    await user.click(await screen.findByRole('option', { name: 'Inbound agent', hidden: true }));
    expect(router.state.location.search).toBe(`?jobId=${jobId}`);
    await screen.findByRole('button', { name: 'Clear filters' });
    expect(calls.map((call) => call.url)).toContainEqual(
      expect.stringContaining(`${url}?jobId=${jobId}`),
    );
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
  });

  it('says so when no scorecard is in view, with the filters still there to clear', async () => {
    fakeApi({
      [url]: [
        {
          status: 200,
          body: report({ scorecards: 0, panels: 0, scope: { jobId: null, site: 'Cebu IT Park' } }),
        },
      ],
    });
    render('/?site=Cebu%20IT%20Park');
    expect(await screen.findByText('No submitted scorecard in this view')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
  });

  it('says when its figures were summed, and before the first calibration fit where one starts', async () => {
    fakeApi({ [url]: [{ status: 200, body: report() }] });
    const { unmount } = render();
    expect(
      await screen.findByText(
        /Interview figures as of the calibration fit of \w{3}, \w{3} \d+, .*; scorecards submitted since count from the next fit/,
      ),
    ).toBeInTheDocument();
    unmount();

    fakeApi({ [url]: [{ status: 200, body: report({ aggregatedAt: null, scorecards: 0 }) }] });
    render();
    expect(await screen.findByText('No calibration fit yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open Calibration' })).toHaveAttribute(
      'href',
      '/calibration',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an error with a retry', async () => {
    fakeApi({
      [url]: [
        { status: 500, body: { code: 'INTERNAL', message: 'Something went wrong.' } },
        { status: 200, body: report() },
      ],
    });
    const { user } = render();
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Empathy: 2 questions' })).toBeInTheDocument();
  });

  it('starts a new version to fix a question, or opens the draft there is', async () => {
    const { calls } = fakeApi({
      [url]: [{ status: 200, body: report() }],
      [`/api/v1/rubrics/${rubricId}/versions`]: [
        {
          status: 201,
          body: {
            id: id(11),
            rubricId,
            rubricName: 'Mock call',
            version: 2,
            status: 'draft',
            publishedAt: null,
            createdAt: '2026-03-01T00:00:00.000Z',
            updatedAt: '2026-03-01T00:00:00.000Z',
            revision: 1,
            roundCount: 0,
            categories: [],
          },
        },
      ],
    });
    const { user, router } = render();
    await user.click(await screen.findByRole('button', { name: 'New version' }));
    expect(calls.find((call) => call.method === 'POST')?.url).toContain(
      `/api/v1/rubrics/${rubricId}/versions`,
    );
    await screen.findByRole('table', { name: 'Empathy: 2 questions' });
    expect(router.state.location.pathname).toBe(`/rubric-versions/${id(11)}`);
  });

  it('links to the open draft when there is one', async () => {
    const body = report();
    fakeApi({
      [url]: [
        {
          status: 200,
          body: { ...body, rubric: { ...body.rubric, draftVersionId: id(11), draftVersion: 2 } },
        },
      ],
    });
    render();
    expect(await screen.findByRole('link', { name: 'Edit draft (version 2)' })).toHaveAttribute(
      'href',
      `/rubric-versions/${id(11)}`,
    );
  });
});

describe('the rubric page', () => {
  it('links admins to the question analysis', async () => {
    const rubric: Rubric = {
      id: rubricId,
      name: 'Mock call',
      description: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      currentVersionId: id(10),
      versions: [
        {
          id: id(10),
          version: 1,
          status: 'published',
          publishedAt: '2026-01-01T00:00:00.000Z',
          createdAt: '2026-01-01T00:00:00.000Z',
          roundCount: 3,
        },
      ],
    };
    fakeApi({
      '/api/auth/me': [me],
      [`/api/v1/rubrics/${rubricId}`]: [{ status: 200, body: rubric }],
    });
    renderApp(<RubricPage rubricId={rubricId} canEdit />);
    expect(await screen.findByRole('link', { name: 'Question analysis' })).toHaveAttribute(
      'href',
      `/rubrics/${rubricId}/analysis`,
    );
  });
});
