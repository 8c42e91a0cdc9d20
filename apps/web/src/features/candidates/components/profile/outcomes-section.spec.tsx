import { CandidateDetail, CandidateOutcomes } from '@calibrate/contracts';
import { screen, waitFor, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { OutcomesSection } from './outcomes-section';

const id = '2b0f1a8e-7c55-4c1e-9a3e-5f7b2d8c9e01';
const viewer = '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const outcomesUrl = `/api/v1/candidates/${id}/outcomes`;

const candidate = (stage: CandidateDetail['stage'] = 'hired'): CandidateDetail => ({
  id,
  name: 'Marco Diaz',
  email: 'marco.diaz@example.com',
  phone: null,
  jobId: null,
  stage,
  stageChangedAt: '2026-10-01T09:00:00.000Z',
  source: 'referral',
  languages: [],
  shiftAvailability: [],
  typingWpm: null,
  notes: '',
  score: 71,
  correctedScore: 70,
  panelSplit: false,
  scoreHidden: false,
  knockOuts: [],
  version: 3,
  createdAt: '2026-09-01T09:00:00.000Z',
  stageHistory: [
    {
      id: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      fromStage: 'offer',
      toStage: 'hired',
      reason: null,
      actorId: viewer,
      createdAt: '2026-10-01T09:00:00.000Z',
    },
  ],
});

const none: CandidateOutcomes = {
  candidateId: id,
  nestingQaScore: null,
  averageHandleTimeSeconds: null,
  firstContactResolutionPercent: null,
  csatPercent: null,
  employedAt30Days: null,
  employedAt90Days: null,
  recordedAt: null,
  recordedBy: null,
};
const recorded: CandidateOutcomes = {
  ...none,
  nestingQaScore: 84,
  averageHandleTimeSeconds: 415,
  csatPercent: 88,
  employedAt30Days: true,
  recordedAt: '2026-11-03T12:00:00.000Z',
  recordedBy: { id: viewer, name: 'Ana Reyes' },
};

const me = (role: string) => ({
  status: 200,
  body: {
    user: {
      id: viewer,
      email: `${role}@example.com`,
      name: 'Viewer',
      role,
      active: true,
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  },
});

describe('OutcomesSection', () => {
  it('shows hiring managers what is recorded, read-only', async () => {
    fakeApi({
      '/api/auth/me': [me('hiring_manager')],
      [outcomesUrl]: [{ status: 200, body: recorded }],
    });
    renderApp(<OutcomesSection candidate={candidate()} />);

    const section = await screen.findByRole('region', { name: 'After the hire' });
    expect(await within(section).findByText('Recorded by Ana Reyes on 3 Nov 2026')).toBeVisible();
    expect(section).toHaveTextContent('Nesting QA score84');
    expect(section).toHaveTextContent('Average handle time415 s');
    expect(section).toHaveTextContent('First-contact resolutionNot recorded');
    expect(section).toHaveTextContent('CSAT88%');
    expect(section).toHaveTextContent('Still employed at 30 daysYes');
    expect(within(section).queryByRole('button', { name: 'Save outcomes' })).toBeNull();
    expect(within(section).queryByRole('textbox')).toBeNull();
  });

  it('saves the whole record, with null for what is not recorded', async () => {
    const saved: CandidateOutcomes = {
      ...recorded,
      nestingQaScore: null,
      csatPercent: 91.5,
      employedAt90Days: false,
      recordedAt: '2026-11-20T12:00:00.000Z',
    };
    const { calls } = fakeApi({
      '/api/auth/me': [me('recruiter')],
      [outcomesUrl]: [
        { status: 200, body: recorded },
        { status: 200, body: saved },
      ],
    });
    const { user } = renderApp(<OutcomesSection candidate={candidate()} />);

    const save = await screen.findByRole('button', { name: 'Save outcomes' });
    expect(save).toBeDisabled();
    expect(screen.getByText('Recorded by Ana Reyes on 3 Nov 2026')).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: 'Nesting QA score' }));
    const csat = screen.getByRole('textbox', { name: 'CSAT' });
    await user.clear(csat);
    await user.type(csat, '91.5');
    const ninety = screen.getByRole('radiogroup', { name: 'Still employed at 90 days' });
    await user.click(within(ninety).getByText('No'));
    expect(save).toBeEnabled();

    await user.click(save);

    expect(await screen.findByText('Saved Marco Diaz’s outcomes.')).toBeInTheDocument();
    const request = calls.find((call) => call.method === 'PUT');
    expect(request?.url).toContain(outcomesUrl);
    expect(request?.body).toEqual({
      nestingQaScore: null,
      averageHandleTimeSeconds: 415,
      firstContactResolutionPercent: null,
      csatPercent: 91.5,
      employedAt30Days: true,
      employedAt90Days: false,
    });
    expect(await screen.findByText('Recorded by Ana Reyes on 20 Nov 2026')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Save outcomes' })).toBeDisabled(),
    );
    expect(calls.filter((call) => call.method === 'PUT')).toHaveLength(1);
  });

  it('checks figures before sending, and shows the API’s field errors and refusals', async () => {
    const { calls } = fakeApi({
      '/api/auth/me': [me('admin')],
      [outcomesUrl]: [
        { status: 200, body: none },
        {
          status: 400,
          body: {
            statusCode: 400,
            code: 'VALIDATION_FAILED',
            message: 'The request has invalid fields.',
            details: [
              {
                path: ['averageHandleTimeSeconds'],
                message: 'Too long for a call',
                code: 'custom',
              },
            ],
            requestId: 'req-1',
          },
        },
        {
          status: 409,
          body: {
            statusCode: 409,
            code: 'CANDIDATE_NOT_HIRED',
            message: 'Outcomes are recorded for hired candidates only.',
            details: { stage: 'withdrawn' },
            requestId: 'req-2',
          },
        },
      ],
    });
    const { user } = renderApp(<OutcomesSection candidate={candidate()} />);

    expect(await screen.findByText('Nothing recorded yet.')).toBeInTheDocument();
    const qa = screen.getByRole('textbox', { name: 'Nesting QA score' });
    await user.type(qa, '101');
    await user.click(screen.getByRole('button', { name: 'Save outcomes' }));
    expect(await screen.findByText('At most 100')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'PUT')).toHaveLength(0);

    await user.clear(qa);
    await user.type(qa, '80');
    await user.type(screen.getByRole('textbox', { name: 'Average handle time' }), '7000');
    await user.click(screen.getByRole('button', { name: 'Save outcomes' }));
    expect(await screen.findByText('Too long for a call')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'PUT')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Save outcomes' }));
    expect(await screen.findByText(/Marco Diaz is withdrawn now/)).toBeInTheDocument();
    expect(screen.getByText('Not saved')).toBeInTheDocument();
    expect(screen.queryByText('Too long for a call')).not.toBeInTheDocument();
  });

  it('stays away from candidates never hired', async () => {
    const { calls } = fakeApi({
      '/api/auth/me': [me('admin')],
      [outcomesUrl]: [{ status: 200, body: none }],
    });
    renderApp(<OutcomesSection candidate={{ ...candidate('offer'), stageHistory: [] }} />);
    await waitFor(() => expect(calls.map((call) => call.url)).toHaveLength(1));
    expect(calls.map((call) => call.url)).not.toContainEqual(expect.stringContaining('outcomes'));
    expect(screen.queryByRole('region', { name: 'After the hire' })).toBeNull();
  });

  it('is not shown to interviewers, who see no scores', async () => {
    const { calls } = fakeApi({
      '/api/auth/me': [me('interviewer')],
      [outcomesUrl]: [{ status: 200, body: recorded }],
    });
    renderApp(<OutcomesSection candidate={candidate()} />);
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.url).toContain('/api/auth/me');
    expect(screen.queryByRole('region', { name: 'After the hire' })).toBeNull();
  });

  it('shows outcomes recorded before a hire left, read-only even for recruiters', async () => {
    fakeApi({
      '/api/auth/me': [me('recruiter')],
      [outcomesUrl]: [{ status: 200, body: recorded }],
    });
    renderApp(<OutcomesSection candidate={candidate('withdrawn')} />);
    const section = await screen.findByRole('region', { name: 'After the hire' });
    expect(section).toHaveTextContent('Marco Diaz is withdrawn now');
    expect(within(section).queryByRole('button', { name: 'Save outcomes' })).toBeNull();
  });
});
