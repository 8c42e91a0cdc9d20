import { Job, noJobKnockOutRules } from '@calibrate/contracts';
import { screen, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { ScheduleRound } from './schedule-round';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const job: Job = {
  id: id(1),
  title: 'Voice agent',
  clientProgram: 'Telco care',
  site: 'Manila',
  language: 'English',
  shift: 'night',
  headcount: 40,
  status: 'open',
  hiringManagerIds: [],
  interviewPlan: [
    {
      id: id(2),
      position: 0,
      name: 'Mock call',
      rubricId: id(3),
      rubricName: 'Mock call',
      currentRubricVersionId: id(4),
      defaultInterviewerIds: [id(10)],
    },
  ],
  feedbackDueHours: null,
  knockOutRules: noJobKnockOutRules,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
};

const candidate = {
  id: id(20),
  name: 'Ana Cruz',
  email: 'ana.cruz@example.com',
  phone: null,
  jobId: job.id,
  stage: 'interviewing',
  stageChangedAt: '2026-11-20T09:00:00.000Z',
  source: null,
  languages: [],
  shiftAvailability: [],
  typingWpm: null,
  notes: '',
  score: null,
  correctedScore: null,
  panelSplit: false,
  scoreHidden: false,
  knockOuts: [],
  version: 1,
  createdAt: '2026-11-19T09:00:00.000Z',
};

const round = {
  id: id(30),
  candidateId: candidate.id,
  candidateName: 'Ana Cruz',
  jobId: job.id,
  jobTitle: job.title,
  name: 'Mock call',
  rubricVersionId: id(4),
  rubricName: 'Mock call',
  rubricVersion: 2,
  scheduledAt: '2026-12-01T09:00:00.000Z',
  status: 'scheduled',
  scorecards: [],
  createdAt: '2026-11-30T09:00:00.000Z',
  updatedAt: '2026-11-30T09:00:00.000Z',
};

function render(scheduled: { status: number; body: unknown }) {
  const api = fakeApi({
    '/api/v1/candidates': [{ status: 200, body: { items: [candidate], nextCursor: null } }],
    '/api/v1/people': [
      { status: 200, body: { items: [{ id: id(10), name: 'Ivy Santos', role: 'interviewer' }] } },
    ],
    '/api/v1/interview-rounds/bookings': [
      {
        status: 200,
        body: {
          bookings: [
            {
              interviewerId: id(10),
              interviewerName: 'Ivy Santos',
              roundId: id(31),
              roundName: 'Final interview',
              scheduledAt: '2026-12-01T09:30:00.000Z',
            },
          ],
        },
      },
    ],
    '/api/v1/interview-rounds': [scheduled],
  });
  return { ...api, ...renderApp(<ScheduleRound job={job} />) };
}

async function pickCandidate(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('combobox', { name: 'Candidate' }));
  await user.click(await screen.findByRole('option', { name: /Ana Cruz/, hidden: true }));
}

describe('ScheduleRound', () => {
  it('names the time zone, warns of a panel already booked, and starts over after booking', async () => {
    const { user, calls } = render({ status: 201, body: round });
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(screen.getByLabelText(`When (${zone})`)).toBeInTheDocument();

    const warning = await screen.findByRole('alert', { name: /Already booked around then/ });
    expect(within(warning).getByText(/Ivy Santos: Final interview/)).toBeInTheDocument();

    await pickCandidate(user);
    await user.click(screen.getByRole('button', { name: 'Schedule round' }));
    // Booked: the candidate is cleared, so a second click cannot book the same round again.
    expect(await screen.findByRole('combobox', { name: 'Candidate' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Schedule round' })).toBeDisabled();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1);
  });

  it('says when the same round is already booked, and when', async () => {
    const { user } = render({
      status: 409,
      body: {
        statusCode: 409,
        code: 'ROUND_DUPLICATE',
        message: 'This candidate already has this round at about that time.',
        details: { roundId: id(30), scheduledAt: '2026-12-01T09:00:00.000Z' },
        requestId: 'req-1',
      },
    });
    await pickCandidate(user);
    await user.click(screen.getByRole('button', { name: 'Schedule round' }));
    const error = await screen.findByText(/already has this round at about that time/);
    expect(error).toHaveTextContent(/It is booked for .+\(.+\)\./);
    expect(screen.getByRole('combobox', { name: 'Candidate' })).toHaveValue(
      'Ana Cruz · ana.cruz@example.com',
    );
  });
});
