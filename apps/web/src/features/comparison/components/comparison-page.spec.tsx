import { Comparison } from '@calibrate/contracts';
import { screen, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { ComparisonPage } from './comparison-page';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const jobId = id(41);

const overall = (
  weightedScore100: number | null,
  empathy: number | null,
  correctedScore100: number | null = weightedScore100,
) => ({
  weightedScore100,
  correctedScore100,
  scoredRounds: 1,
  interviewers: 2,
  recommendations: { strong_no: 0, no: 0, yes: 2, strong_yes: 0 },
  categories: [
    {
      name: 'Empathy',
      score: empathy,
      score100: empathy === null ? null : ((empathy - 1) / 4) * 100,
      // A lenient panel: its corrected category scores are 0.4 lower.
      correctedScore: empathy === null ? null : empathy - 0.4,
      correctedScore100: empathy === null ? null : ((empathy - 1.4) / 4) * 100,
    },
  ],
});

const interviewer = (n: number, name: string, leniency: number | null, calibrated: boolean) => ({
  scorecardId: id(100 + n),
  interviewerId: id(200 + n),
  interviewerName: name,
  status: 'submitted' as const,
  recommendation: 'yes' as const,
  weightedScore100: 75,
  leniency,
  calibrated,
  correctedScore100: 75 - 25 * (leniency ?? 0),
});

/** The round group's figures: the overall's, as the one round is all there is. */
const inScreen = (figures: ReturnType<typeof overall>) => [
  {
    key: 'screen',
    weightedScore100: figures.weightedScore100,
    correctedScore100: figures.correctedScore100,
    scoredRounds: figures.weightedScore100 === null ? 0 : 1,
    categories: figures.categories,
  },
];

const comparison: Comparison = {
  jobId,
  jobTitle: 'Voice agent',
  categories: ['Empathy'],
  roundGroups: [
    {
      key: 'screen',
      name: 'Screen',
      rubricId: id(60),
      rubricName: 'Voice screen',
      planned: true,
      categories: ['Empathy'],
    },
  ],
  candidates: [
    {
      candidateId: id(1),
      name: 'Ann Able',
      stage: 'interviewing',
      knockOuts: [],
      overall: overall(75, 4, 65),
      roundGroups: inScreen(overall(75, 4, 65)),
      // One round in this job, scored by a lenient Ivy and a not yet calibrated Hank.
      rounds: [
        {
          roundId: id(9),
          name: 'Screen',
          rubricVersionId: id(50),
          rubricVersion: 1,
          weightedScore100: 75,
          correctedScore100: 65,
          // Ivy rated a question 5 and Hank 3: the panel split.
          panelSplit: true,
          interviewers: [interviewer(1, 'Ivy', 0.6, true), interviewer(2, 'Hank', 0.2, false)],
        },
      ],
    },
    {
      candidateId: id(2),
      name: 'Ben Bold',
      stage: 'interviewing',
      knockOuts: [],
      overall: overall(null, null),
      roundGroups: inScreen(overall(null, null)),
      rounds: [],
    },
    {
      candidateId: id(3),
      name: 'Cal Calm',
      stage: 'interviewing',
      knockOuts: [],
      overall: overall(70, 4, 72),
      roundGroups: inScreen(overall(70, 4, 72)),
      rounds: [],
    },
  ],
  warnings: [],
  questions: [
    {
      roundGroup: 'screen',
      category: 'Empathy',
      text: 'Tell me about an upset customer',
      candidates: [
        {
          candidateId: id(1),
          mean: 4,
          disagreement: true,
          ratings: [
            { roundId: id(9), roundName: 'Screen', interviewerName: 'Ivy', rating: 5, note: '' },
            { roundId: id(9), roundName: 'Screen', interviewerName: 'Hank', rating: 3, note: '' },
          ],
        },
        { candidateId: id(2), mean: null, disagreement: false, ratings: [] },
        { candidateId: id(3), mean: 4, disagreement: false, ratings: [] },
      ],
    },
  ],
};

function render(search: string, body: Comparison = comparison) {
  fakeApi({
    [`/api/v1/jobs/${jobId}/comparison`]: [{ status: 200, body }],
    '/api/v1/candidates': [{ status: 200, body: { items: [], nextCursor: null } }],
    '/api/auth/me': [
      {
        status: 200,
        body: {
          user: {
            id: id(300),
            email: 'manager@example.com',
            name: 'Manager',
            role: 'hiring_manager',
            active: true,
            createdAt: '2026-01-01T00:00:00.000Z',
          },
        },
      },
    ],
  });
  return renderApp(<ComparisonPage jobId={jobId} />, { path: `/compare?${search}` });
}

// Whole-page renders with several requests: generous on a busy machine.
jest.setTimeout(20_000);

describe('ComparisonPage', () => {
  it('says who is knocked out and why, beside totals that stay as rated', async () => {
    const knockedOut: Comparison = {
      ...comparison,
      candidates: comparison.candidates.map((candidate) =>
        candidate.candidateId === id(3)
          ? { ...candidate, knockOuts: [{ kind: 'typing', minWpm: 30, wpm: 22 }] }
          : candidate,
      ),
    };
    render(`candidates=${id(1)},${id(2)},${id(3)}&blind=1`, knockedOut);
    const alert = await screen.findByRole(
      'alert',
      { name: '1 candidate of 3 knocked out' },
      { timeout: 10_000 },
    );
    // Blind: the candidate by letter, the reason in full.
    expect(alert).toHaveTextContent('Candidate C: Types 22 WPM, needs 30');
    expect(alert).not.toHaveTextContent('Cal Calm');
    const heat = screen.getByRole('table', { name: 'Scores by category' });
    const row = within(heat).getByRole('row', { name: /^Knock-out/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'None',
      'None',
      // The badge and its description (visually hidden, read by screen readers).
      'Knocked outTypes 22 WPM, needs 30',
    ]);
    expect(
      within(cells[2] as HTMLElement)
        .getByText('Knocked out')
        .closest('.mantine-Badge-root'),
    ).toHaveAccessibleDescription('Types 22 WPM, needs 30');
  });

  it('asks for two candidates before it compares', async () => {
    render(`candidates=${id(1)}`);
    expect(await screen.findByText('Pick at least two candidates')).toBeInTheDocument();
  });

  it('opens a category to its split questions, and keeps scale and blind mode in the URL', async () => {
    const { user, router } = render(`candidates=${id(1)},${id(2)},${id(3)}`);
    const heat = await screen.findByRole(
      'table',
      { name: 'Scores by category' },
      // A busy machine renders the whole page slowly.
      { timeout: 10_000 },
    );
    // The round's group: its name and rubric as a row group header, then its categories, its
    // subtotal, and the overall last.
    expect(
      within(heat)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Screen · Voice screen',
      'Empathy 1 split',
      'Screen subtotal',
      'Overall · every round',
      'Weighted total',
      'Rank, raw',
      'Knock-out',
      'Panel',
      'Interviewers',
      'Scored rounds',
    ]);
    expect(within(heat).getByRole('rowheader', { name: 'Screen · Voice screen' })).toHaveAttribute(
      'scope',
      'rowgroup',
    );
    expect(
      within(heat).getByRole('cell', { name: 'Ann Able, Screen, Empathy: 4.0' }),
    ).toBeInTheDocument();
    expect(
      within(heat).getByRole('cell', { name: 'Ann Able, Screen subtotal: 4.0 raw, 3.6 corrected' }),
    ).toBeInTheDocument();
    expect(
      within(heat).getByRole('cell', { name: 'Ben Bold, Screen, Empathy: not scored' }),
    ).toHaveTextContent('—');

    await user.click(within(heat).getByRole('button', { name: /^Empathy/ }));
    expect(within(heat).getByRole('button', { name: /^Empathy/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(
      within(heat).getByRole('cell', {
        name: 'Ann Able, Tell me about an upset customer: 4.0, panel split by 2 or more',
      }),
    ).toBeInTheDocument();

    await user.click(screen.getByText('0–100'));
    expect(router.state.location.search).toContain('scale=100');
    expect(
      within(heat).getByRole('cell', { name: 'Ann Able, Screen, Empathy: 75' }),
    ).toBeInTheDocument();

    // On paper: when and by whom it was printed (the header is hidden on screen).
    expect(
      screen.getByText(/^Printed .+ by Manager · raw totals, scale 0–100$/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: /Blind mode/ }));
    expect(router.state.location.search).toContain('blind=1');
    expect(within(heat).getByRole('columnheader', { name: 'Candidate A' })).toBeInTheDocument();
    expect(screen.queryByText('Ann Able')).not.toBeInTheDocument();
  });

  it('ranks by the corrected total once chosen, keeps raw beside it, and shows who is lenient', async () => {
    const { user, router } = render(`candidates=${id(1)},${id(2)},${id(3)}`);
    const heat = await screen.findByRole(
      'table',
      { name: 'Scores by category' },
      // A busy machine renders the whole page slowly.
      { timeout: 10_000 },
    );
    const order = () =>
      within(screen.getByRole('list', { name: /^Candidates by weighted total/ }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);

    // Raw first: Ann 75 before Cal 70 (4.0 and 3.8 on 1–5); the corrected figures stay visible.
    expect(order()).toEqual([
      '1Ann Able4.0 raw · 3.6 corrected',
      '2Cal Calm3.8 raw · 3.9 corrected',
      '—Ben Bold—',
    ]);
    expect(
      within(heat).getByRole('cell', { name: 'Ann Able, weighted total: 4.0 raw, 3.6 corrected' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Corrected for leniency' }));
    expect(router.state.location.search).toContain('scoreBasis=corrected');
    expect(order()).toEqual([
      '1Cal Calm3.9 corrected · 3.8 raw',
      '2Ann Able3.6 corrected · 4.0 raw',
      '—Ben Bold—',
    ]);
    expect(
      within(heat).getByRole('cell', { name: 'Cal Calm, weighted total: 3.9 corrected, 3.8 raw' }),
    ).toHaveTextContent('3.9corrected · 3.8 raw');
    expect(within(heat).getByRole('rowheader', { name: 'Rank, corrected' })).toBeInTheDocument();
    // Categories follow the basis: Ann's Empathy 4.0 raw is 3.6 corrected.
    expect(
      within(heat).getByRole('cell', { name: 'Ann Able, Screen, Empathy: 3.6' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/^Corrected categories|^Corrected: each round/)).toHaveLength(2);
    expect(screen.getByText(/totals corrected for interviewer leniency/)).toBeInTheDocument();

    // Columns keep the picked order: the rank row says who leads.
    expect(
      within(heat)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Category', 'Ann Able', 'Ben Bold', 'Cal Calm']);

    const interviewers = await screen.findByRole('table', { name: 'Interviewers and leniency' });
    expect(within(interviewers).getByText('+0.6')).toBeInTheDocument();
    expect(within(interviewers).getByText('not yet calibrated')).toBeInTheDocument();
    expect(within(interviewers).getByText('3.6 corrected · 4.0 raw')).toBeInTheDocument();
    expect(within(interviewers).getAllByText('No submitted scorecards yet')).toHaveLength(2);
    // Ann's panel split: flagged on her column and on her round.
    expect(within(heat).getAllByText('Panel split: debrief')).toHaveLength(1);
    expect(within(interviewers).getByText('Panel split: debrief')).toBeInTheDocument();

    // The question rows name each rating's interviewer with their leniency.
    await user.click(within(heat).getByRole('button', { name: /^Empathy/ }));
    expect(within(heat).getByText(/^Ivy \(leniency \+0\.6\):/)).toBeInTheDocument();
    expect(
      within(heat).getByText(/^Hank \(leniency \+0\.2, not yet calibrated\):/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Raw' }));
    expect(router.state.location.search).not.toContain('scoreBasis=');
  });
});
