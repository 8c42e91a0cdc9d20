import { screen, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { CandidateProfilePage } from './candidate-profile-page';

const id = '2b0f1a8e-7c55-4c1e-9a3e-5f7b2d8c9e01';
const actor = '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const detail = {
  id,
  name: 'Ana Reyes',
  email: 'ana.reyes@example.com',
  phone: null,
  jobId: null,
  stage: 'screening',
  stageChangedAt: '2026-11-20T09:00:00.000Z',
  source: 'referral',
  languages: [{ language: 'Spanish', level: 'C1' }],
  shiftAvailability: [],
  typingWpm: 48,
  notes: '',
  score: null,
  correctedScore: null,
  panelSplit: false,
  scoreHidden: false,
  knockOuts: [],
  version: 2,
  createdAt: '2026-11-19T09:00:00.000Z',
  stageHistory: [
    {
      id: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      fromStage: null,
      toStage: 'applied',
      reason: null,
      actorId: null,
      createdAt: '2026-11-19T09:00:00.000Z',
    },
    {
      id: '1c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      fromStage: 'applied',
      toStage: 'screening',
      reason: 'Good call',
      actorId: actor,
      createdAt: '2026-11-20T09:00:00.000Z',
    },
  ],
};
const noCounts = { strong_no: 0, no: 0, yes: 0, strong_yes: 0 };
const summary = {
  candidateId: id,
  candidateName: 'Ana Reyes',
  stage: 'screening',
  knockOuts: [],
  overall: {
    weightedScore100: null,
    correctedScore100: null,
    scoredRounds: 0,
    interviewers: 0,
    recommendations: noCounts,
    categories: [],
  },
  rounds: [],
};
const scorecard = (
  name: string,
  score: number,
  corrected: number,
  leniency: number | null,
  calibrated: boolean | null,
) => ({
  scorecardId: `5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e${name.length.toString().padStart(2, '0')}`,
  interviewerId: `6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e${name.length.toString().padStart(2, '0')}`,
  interviewerName: name,
  status: 'submitted',
  recommendation: 'yes',
  weightedScore100: score,
  leniency,
  calibrated,
  correctedScore100: corrected,
});
const scoredSummary = {
  ...summary,
  overall: {
    ...summary.overall,
    weightedScore100: 72,
    correctedScore100: 66,
    scoredRounds: 1,
    interviewers: 2,
    recommendations: { ...noCounts, yes: 2 },
  },
  rounds: [
    {
      roundId: '3c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      jobId: '4c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      name: 'Phone screen',
      status: 'completed',
      scheduledAt: '2026-11-21T09:00:00.000Z',
      rubricVersionId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      rubricName: 'Call center',
      rubricVersion: 1,
      scores: { categories: [], weightedScore: 3.88, weightedScore100: 72 },
      correctedScore100: 66,
      panelSplit: false,
      interviewers: [
        scorecard('Lena Lenient', 80, 69, 0.45, true),
        scorecard('Nina New', 64, 63, 0.05, false),
      ],
      recommendations: { ...noCounts, yes: 2 },
    },
  ],
};
const me = (role: string, userId = actor) => ({
  status: 200,
  body: {
    user: {
      id: userId,
      email: `${role}@example.com`,
      name: 'Viewer',
      role,
      active: true,
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  },
});
const serverError = {
  status: 503,
  body: {
    statusCode: 503,
    code: 'DATABASE_UNAVAILABLE',
    message: 'The database cannot be reached.',
    requestId: 'req-9',
  },
};

function renderProfile({ canEdit = false, canMove = false } = {}) {
  return renderApp(
    <CandidateProfilePage
      candidateId={id}
      canEdit={canEdit}
      canMove={canMove}
      jobTitle={() => undefined}
      personName={(userId) => (userId === null ? 'System' : 'Rita Recruiter')}
    />,
  );
}

describe('CandidateProfilePage', () => {
  it('shows details, stage history, scores and the audit trail, each from its own request', async () => {
    fakeApi({
      [`/api/v1/candidates/${id}`]: [{ status: 200, body: detail }],
      [`/api/v1/candidates/${id}/summary`]: [{ status: 200, body: summary }],
      '/api/v1/audit-events': [{ status: 200, body: { items: [], nextCursor: null } }],
    });
    renderProfile();

    expect(await screen.findByRole('heading', { name: 'Ana Reyes' })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('Spanish (C1)')).toBeInTheDocument();
    expect(within(details).getByText('48 WPM')).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Stage history' });
    expect(within(history).getByText('Applied → Screening')).toBeInTheDocument();
    expect(within(history).getByText('“Good call”')).toBeInTheDocument();
    expect(
      await screen.findByText(
        'No submitted scorecards yet. Scores appear once interviewers submit.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('No interview rounds scheduled yet.')).toBeInTheDocument();
    expect(await screen.findByText('Nothing recorded yet.')).toBeInTheDocument();
    // Moves and edits only for those who may.
    expect(screen.queryByRole('button', { name: 'Move to' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('flags a knocked-out candidate under the header, each reason on its own line', async () => {
    const knockOuts = [
      {
        kind: 'question',
        roundId: '3c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
        roundName: 'Phone screen',
        questionId: '8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
        question: 'Clear speech on a call',
        minRating: 3,
        rating: 2.5,
      },
      { kind: 'typing', minWpm: 30, wpm: null },
    ];
    fakeApi({
      [`/api/v1/candidates/${id}`]: [{ status: 200, body: { ...detail, knockOuts } }],
      [`/api/v1/candidates/${id}/summary`]: [
        { status: 200, body: { ...scoredSummary, knockOuts } },
      ],
      '/api/v1/audit-events': [{ status: 200, body: { items: [], nextCursor: null } }],
      '/api/auth/me': [me('hiring_manager')],
    });
    renderProfile();

    const alert = await screen.findByRole('alert', { name: 'Knocked out' });
    expect(alert).toHaveTextContent('This candidate misses 2 minimum requirements');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '“Clear speech on a call”: panel average 2.5 in Phone screen, needs 3 or more',
      'Typing speed not recorded, needs 30 WPM',
    ]);
    // The score stays as the panel rated it, under the flag.
    const overall = await screen.findByRole('region', { name: 'Overall' });
    expect(within(overall).getByText('72 raw · 66 corrected')).toBeInTheDocument();
    // The header's badge names the reasons to a keyboard and a screen reader too.
    const badge = screen
      .getByText('Knocked out', { selector: '.mantine-Badge-label' })
      .closest('.mantine-Badge-root');
    expect(badge).toHaveAttribute('tabindex', '0');
    expect(badge).toHaveAccessibleDescription(
      '“Clear speech on a call”: panel average 2.5 in Phone screen, needs 3 or more. Typing speed not recorded, needs 30 WPM',
    );
  });

  it('shows no knock-out alert for a candidate who meets every minimum', async () => {
    fakeApi({
      [`/api/v1/candidates/${id}`]: [{ status: 200, body: detail }],
      [`/api/v1/candidates/${id}/summary`]: [{ status: 200, body: scoredSummary }],
      '/api/v1/audit-events': [{ status: 200, body: { items: [], nextCursor: null } }],
      '/api/auth/me': [me('hiring_manager')],
    });
    renderProfile();
    expect(await screen.findByRole('region', { name: 'Overall' })).toBeInTheDocument();
    expect(screen.queryByText('Knocked out')).not.toBeInTheDocument();
  });

  it('shows the leniency-corrected score beside the raw one once calibration knows an interviewer', async () => {
    fakeApi({
      [`/api/v1/candidates/${id}`]: [{ status: 200, body: detail }],
      [`/api/v1/candidates/${id}/summary`]: [{ status: 200, body: scoredSummary }],
      '/api/v1/audit-events': [{ status: 200, body: { items: [], nextCursor: null } }],
      '/api/auth/me': [me('hiring_manager')],
    });
    renderProfile();

    const overall = await screen.findByRole('region', { name: 'Overall' });
    expect(within(overall).getByText('Weighted score')).toBeInTheDocument();
    expect(within(overall).getByText('72 raw · 66 corrected')).toBeInTheDocument();
    expect(await screen.findAllByText('Leniency')).toHaveLength(2);
    const panel = screen.getByRole('table', { name: 'Phone screen panel' });
    const lena = within(panel).getByRole('row', { name: /Lena Lenient/ });
    expect(lena).toHaveTextContent('Leniency +0.45');
    expect(lena).toHaveTextContent('69 corrected');
    expect(within(panel).getByRole('row', { name: /Nina New/ })).toHaveTextContent(
      'Not yet calibrated',
    );
    expect(screen.getByText('· 66 corrected')).toBeInTheDocument();
  });

  it('shows an interviewer only their own leniency on the panel', async () => {
    const nina = scoredSummary.rounds[0]?.interviewers[1]?.interviewerId ?? '';
    fakeApi({
      [`/api/v1/candidates/${id}`]: [{ status: 200, body: detail }],
      [`/api/v1/candidates/${id}/summary`]: [{ status: 200, body: scoredSummary }],
      '/api/v1/audit-events': [{ status: 200, body: { items: [], nextCursor: null } }],
      '/api/auth/me': [me('interviewer', nina)],
    });
    renderProfile();

    const panel = await screen.findByRole('table', { name: 'Phone screen panel' });
    const own = within(panel).getByRole('row', { name: /Nina New/ });
    await within(own).findByText('Leniency');
    expect(own).toHaveTextContent('Leniency +0.05');
    expect(own).toHaveTextContent('63 corrected');
    const colleague = within(panel).getByRole('row', { name: /Lena Lenient/ });
    expect(colleague).not.toHaveTextContent('Leniency');
    expect(colleague).not.toHaveTextContent('corrected');
    expect(colleague).toHaveTextContent('80');
  });

  it('says why scores are hidden while the viewer’s own scorecard is a draft', async () => {
    const nina = scoredSummary.rounds[0]?.interviewers[1]?.interviewerId ?? '';
    const blanked = (i: ReturnType<typeof scorecard>) => ({
      ...i,
      recommendation: null,
      weightedScore100: null,
      correctedScore100: null,
    });
    const withDraft = {
      ...summary,
      rounds: [
        {
          ...scoredSummary.rounds[0],
          scores: { categories: [], weightedScore: null, weightedScore100: null },
          correctedScore100: null,
          interviewers: scoredSummary.rounds[0]?.interviewers.map(blanked),
          recommendations: noCounts,
        },
        {
          ...scoredSummary.rounds[0],
          roundId: '3c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e50',
          name: 'Final call',
          status: 'scheduled',
          scores: { categories: [], weightedScore: null, weightedScore100: null },
          correctedScore100: null,
          interviewers: [{ ...blanked(scorecard('Nina New', 0, 0, null, null)), status: 'draft' }],
          recommendations: noCounts,
        },
      ],
    };
    fakeApi({
      [`/api/v1/candidates/${id}`]: [{ status: 200, body: detail }],
      [`/api/v1/candidates/${id}/summary`]: [{ status: 200, body: withDraft }],
      '/api/v1/audit-events': [{ status: 200, body: { items: [], nextCursor: null } }],
      '/api/auth/me': [me('interviewer', nina)],
    });
    renderProfile();

    expect(await screen.findByText('Scores are hidden until you submit')).toBeInTheDocument();
    expect(screen.getByText(/Your scorecard for Final call is still a draft/)).toBeInTheDocument();
    const overall = screen.getByRole('region', { name: 'Overall' });
    expect(
      within(overall).getByText('Hidden until you submit your scorecard.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/No submitted scorecards yet/)).not.toBeInTheDocument();
  });

  it('shows raw scores alone before any calibration', async () => {
    const uncalibrated = {
      ...scoredSummary,
      overall: { ...scoredSummary.overall, correctedScore100: 72 },
      rounds: scoredSummary.rounds.map((round) => ({
        ...round,
        correctedScore100: 72,
        interviewers: round.interviewers.map((i) => ({
          ...i,
          leniency: null,
          calibrated: null,
          correctedScore100: i.weightedScore100,
        })),
      })),
    };
    fakeApi({
      [`/api/v1/candidates/${id}`]: [{ status: 200, body: detail }],
      [`/api/v1/candidates/${id}/summary`]: [{ status: 200, body: uncalibrated }],
      '/api/v1/audit-events': [{ status: 200, body: { items: [], nextCursor: null } }],
    });
    renderProfile();

    const overall = await screen.findByRole('region', { name: 'Overall' });
    expect(within(overall).getByText('Weighted score')).toBeInTheDocument();
    expect(screen.queryByText(/corrected/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Leniency/)).not.toBeInTheDocument();
  });

  it('offers moves and edits to those who may', async () => {
    fakeApi({
      [`/api/v1/candidates/${id}`]: [{ status: 200, body: detail }],
      [`/api/v1/candidates/${id}/summary`]: [{ status: 200, body: summary }],
      '/api/v1/audit-events': [{ status: 200, body: { items: [], nextCursor: null } }],
    });
    renderProfile({ canEdit: true, canMove: true });

    expect(await screen.findByRole('button', { name: 'Move to' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();
  });

  it('shows a section that failed to load in place, and the rest of the profile', async () => {
    fakeApi({
      [`/api/v1/candidates/${id}`]: [{ status: 200, body: detail }],
      [`/api/v1/candidates/${id}/summary`]: [serverError],
      '/api/v1/audit-events': [
        {
          status: 200,
          body: {
            items: [
              {
                id: 'evt-1',
                actorId: actor,
                action: 'candidate.updated',
                entityType: 'candidate',
                entityId: id,
                before: { typingWpm: 40 },
                after: { typingWpm: 48 },
                createdAt: '2026-11-20T10:00:00.000Z',
              },
            ],
            nextCursor: 'next',
          },
        },
      ],
    });
    renderProfile();

    expect(await screen.findByText('Scores could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('The database cannot be reached.')).toBeInTheDocument();
    const audit = await screen.findByRole('table', { name: 'Audit trail' });
    expect(within(audit).getByText('Details edited')).toBeInTheDocument();
    expect(within(audit).getByText('typingWpm: 40 → 48')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Older events' })).toBeInTheDocument();
  });

  it('says when the candidate could not be loaded', async () => {
    fakeApi({
      [`/api/v1/candidates/${id}`]: [serverError],
      [`/api/v1/candidates/${id}/summary`]: [{ status: 200, body: summary }],
      '/api/v1/audit-events': [{ status: 200, body: { items: [], nextCursor: null } }],
    });
    renderProfile();

    expect(await screen.findByText('This candidate could not be loaded')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
