import { screen, waitFor, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import { SaveQueueProvider } from '../../autosave/save-queue-provider';
import { InterviewPage } from '../interview-page';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = '2026-11-23T09:00:00.000Z';
const anchors = (topic: string) => [1, 2, 3, 4, 5].map((level) => `${topic} anchor ${level}`);

const rubric = {
  id: id(900),
  rubricId: id(901),
  rubricName: 'Mock call',
  version: 2,
  status: 'published',
  publishedAt: at,
  createdAt: at,
  updatedAt: at,
  roundCount: 1,
  revision: 1,
  categories: [
    {
      id: id(801),
      lineageId: id(801),
      position: 0,
      name: 'Empathy',
      description: '',
      weight: 2,
      questions: [
        { id: id(1), text: 'How do you calm an upset caller?', anchors: anchors('calm') },
        { id: id(2), text: 'Tell me about a customer you helped.', anchors: anchors('helped') },
      ],
    },
    {
      id: id(802),
      lineageId: id(802),
      position: 1,
      name: 'Problem solving',
      description: '',
      weight: 1,
      questions: [
        { id: id(3), text: 'A refund is missing. What next?', anchors: anchors('refund') },
      ],
    },
  ].map((category) => ({
    ...category,
    questions: category.questions.map((question, position) => ({
      ...question,
      lineageId: question.id,
      position,
      guidance: '',
      followUps: [],
      knockOutMinRating: null,
    })),
  })),
};

const answer = (n: number, rating: number | null, note: string, version = 1) => ({
  questionId: id(n),
  rating,
  notAsked: rating === null,
  note,
  version,
  updatedAt: at,
});

function submittedScorecard(overrides: Record<string, unknown> = {}) {
  return {
    id: id(700),
    roundId: id(600),
    candidateId: id(400),
    rubricVersionId: id(900),
    interviewerId: id(500),
    interviewerName: 'Ivy Interviewer',
    status: 'submitted',
    recommendation: 'yes',
    summary: 'Steady under pressure; would hire.',
    declinedReason: null,
    submittedAt: at,
    version: 6,
    answers: [
      answer(1, 4, 'Named the feeling before fixing'),
      answer(2, null, ''),
      answer(3, 5, 'Found the refund in the CRM history'),
    ],
    scores: {
      categories: [
        { categoryId: id(801), name: 'Empathy', weight: 2, score: 4, answered: 1, questions: 2 },
        {
          categoryId: id(802),
          name: 'Problem solving',
          weight: 1,
          score: 5,
          answered: 1,
          questions: 1,
        },
      ],
      weightedScore: 4.33,
      weightedScore100: 83.3,
    },
    ...overrides,
  };
}

const round = {
  id: id(600),
  candidateId: id(400),
  candidateName: 'Dee Santos',
  jobId: id(300),
  jobTitle: 'Billing agent',
  name: 'Mock call',
  rubricVersionId: id(900),
  rubricName: 'Mock call',
  rubricVersion: 2,
  scheduledAt: at,
  status: 'completed',
  scorecards: [],
  createdAt: at,
  updatedAt: at,
};

const candidate = {
  id: id(400),
  name: 'Dee Santos',
  email: 'dee@example.com',
  phone: null,
  jobId: id(300),
  stage: 'interviewing',
  stageChangedAt: at,
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
  createdAt: at,
  stageHistory: [],
};

const earlierAmendment = {
  id: '41',
  amendedAt: '2026-11-23T12:00:00.000Z',
  actorId: id(500),
  actorName: 'Ivy Interviewer',
  reason: 'Debrief: summary was unclear',
  answers: [],
  recommendation: null,
  summary: { before: 'Steady.', after: 'Steady under pressure; would hire.' },
};

const roundAnswers = {
  roundId: id(600),
  rubricVersionId: id(900),
  interviewers: [
    {
      scorecardId: id(700),
      interviewerId: id(500),
      interviewerName: 'Ivy Interviewer',
      status: 'submitted',
      recommendation: 'yes',
      summary: 'Steady under pressure; would hire.',
      submittedAt: at,
    },
    {
      scorecardId: id(701),
      interviewerId: id(501),
      interviewerName: 'Marco Manager',
      status: 'submitted',
      recommendation: 'no',
      summary: 'Talked over the caller.',
      submittedAt: at,
    },
  ],
  categories: [
    {
      categoryId: id(801),
      name: 'Empathy',
      questions: [
        {
          questionId: id(1),
          text: 'How do you calm an upset caller?',
          answers: [
            { scorecardId: id(700), rating: 4, notAsked: false, note: 'Named the feeling' },
            { scorecardId: id(701), rating: 2, notAsked: false, note: 'Interrupted twice' },
          ],
        },
      ],
    },
  ],
};

const counts = { strong_no: 0, no: 0, yes: 0, strong_yes: 0 };
/** The candidate's summary behind the panel's category scores: none for this round here. */
const summary = {
  candidateId: id(400),
  candidateName: 'Dee Santos',
  stage: 'interviewing',
  overall: {
    weightedScore100: null,
    correctedScore100: null,
    scoredRounds: 0,
    interviewers: 0,
    recommendations: counts,
    categories: [],
  },
  rounds: [],
};

const paths = {
  scorecard: `/api/v1/scorecards/${id(700)}`,
  amendments: `/api/v1/scorecards/${id(700)}/amendments`,
  round: `/api/v1/interview-rounds/${id(600)}`,
  answers: `/api/v1/interview-rounds/${id(600)}/answers`,
  rubric: `/api/v1/rubric-versions/${id(900)}`,
  candidate: `/api/v1/candidates/${id(400)}`,
  summary: `/api/v1/candidates/${id(400)}/summary`,
};

function api(extra: Record<string, { status: number; body: unknown }[]> = {}) {
  return fakeApi({
    [paths.scorecard]: [{ status: 200, body: submittedScorecard() }],
    [paths.round]: [{ status: 200, body: round }],
    [paths.rubric]: [{ status: 200, body: rubric }],
    [paths.candidate]: [{ status: 200, body: candidate }],
    [paths.amendments]: [{ status: 200, body: { items: [earlierAmendment] } }],
    [paths.answers]: [{ status: 200, body: roundAnswers }],
    [paths.summary]: [{ status: 200, body: summary }],
    ...extra,
  });
}

function renderSubmitted(path = '/') {
  return renderApp(
    <SaveQueueProvider userId={id(500)}>
      <InterviewPage scorecardId={id(700)} />
    </SaveQueueProvider>,
    { path },
  );
}

describe('a submitted scorecard', () => {
  it('reads back every question, rating, note, the recommendation and summary as text', async () => {
    api();
    renderSubmitted();
    await screen.findByRole('heading', { name: 'Your scorecard' });

    const first = screen.getByTestId('own-question-1');
    expect(first).toHaveTextContent('1. How do you calm an upset caller?');
    expect(first).toHaveTextContent('4 of 5');
    expect(first).toHaveTextContent('calm anchor 4');
    expect(first).toHaveTextContent('Named the feeling before fixing');
    expect(screen.getByTestId('own-question-2')).toHaveTextContent('Not asked');
    expect(screen.getByTestId('own-question-2')).toHaveTextContent('No note.');
    expect(screen.getByTestId('own-question-3')).toHaveTextContent('5 of 5');

    const empathy = screen.getByRole('region', { name: 'Empathy' });
    expect(empathy).toHaveTextContent('You: 4.0 / 5 · 1 of 2 rated');
    const wrapUp = screen.getByRole('region', { name: 'Recommendation and summary' });
    expect(wrapUp).toHaveTextContent('Recommendation: Yes');
    expect(wrapUp).toHaveTextContent('Steady under pressure; would hire.');

    // Read-only: text, never disabled inputs.
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();

    const history = await screen.findByRole('region', { name: 'Amendments' });
    expect(history).toHaveTextContent('Ivy Interviewer');
    expect(history).toHaveTextContent('Reason: Debrief: summary was unclear');
    expect(history).toHaveTextContent('Summary: was Steady. → now Steady under pressure');
    // The amended part is marked where it is read.
    expect(wrapUp).toHaveTextContent('Amended');
  });

  it('shows the panel’s answers question by question, with splits marked', async () => {
    const { calls } = api();
    const { user } = renderSubmitted();
    await user.click(await screen.findByRole('tab', { name: 'Panel answers' }));

    const question = await screen.findByRole('group', { name: 'How do you calm an upset caller?' });
    const rows = within(question).getAllByTestId('panel-answer');
    expect(rows.map((row) => row.textContent)).toEqual([
      'You4 of 5Named the feeling',
      'Marco Manager2 of 5Interrupted twice',
    ]);
    expect(within(question).getByText('Split')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Recommendations and summaries' })).toHaveTextContent(
      'Marco ManagerNoTalked over the caller.',
    );
    expect(calls.some((call) => new URL(call.url).pathname === paths.answers)).toBe(true);
  });

  it('amends a rating with a reason, showing before → after, with If-Match and an Idempotency-Key', async () => {
    const amended = submittedScorecard({
      version: 7,
      answers: [
        answer(1, 4, 'Named the feeling before fixing'),
        answer(2, null, ''),
        answer(3, 3, 'Found the refund, but only after a hold', 2),
      ],
    });
    const { calls } = api({
      [paths.amendments]: [
        { status: 200, body: { items: [earlierAmendment] } },
        { status: 201, body: amended },
        {
          status: 200,
          body: {
            items: [
              earlierAmendment,
              {
                id: '42',
                amendedAt: '2026-11-24T08:00:00.000Z',
                actorId: id(500),
                actorName: 'Ivy Interviewer',
                reason: 'Re-listened: it took a hold',
                answers: [
                  {
                    questionId: id(3),
                    before: {
                      rating: 5,
                      notAsked: false,
                      note: 'Found the refund in the CRM history',
                    },
                    after: {
                      rating: 3,
                      notAsked: false,
                      note: 'Found the refund, but only after a hold',
                    },
                  },
                ],
                recommendation: null,
                summary: null,
              },
            ],
          },
        },
      ],
    });
    const { user } = renderSubmitted();
    await user.click(await screen.findByRole('button', { name: 'Amend question 3' }));
    const dialog = await screen.findByRole('dialog', { name: 'Amend question 3' });

    // Nothing changed and no reason: nothing is sent, and the dialog says why.
    await user.click(within(dialog).getByRole('button', { name: 'Confirm amendment' }));
    expect(within(dialog).getByText(/Change something first/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Say why the submitted scorecard changes/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: '3: refund anchor 3' }));
    const note = within(dialog).getByRole('textbox', { name: 'Note' });
    await user.clear(note);
    await user.type(note, 'Found the refund, but only after a hold');
    const preview = within(dialog).getByLabelText('Before and after');
    expect(preview).toHaveTextContent('Rating: was 5 of 5 → now 3 of 5');
    expect(preview).toHaveTextContent(
      'Note: was Found the refund in the CRM history → now Found the refund, but only after a hold',
    );
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason for the amendment/ }),
      'Re-listened: it took a hold',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Confirm amendment' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Amend question 3' })).not.toBeInTheDocument(),
    );
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.url).toContain(paths.amendments);
    expect(post?.headers['if-match']).toBe('"6"');
    expect(post?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(post?.body).toEqual({
      reason: 'Re-listened: it took a hold',
      scores: [
        {
          questionId: id(3),
          rating: 3,
          notAsked: false,
          note: 'Found the refund, but only after a hold',
        },
      ],
    });
    // The screen shows the amended scorecard and the new history entry.
    await waitFor(() => expect(screen.getByTestId('own-question-3')).toHaveTextContent('3 of 5'));
    expect(screen.getByTestId('own-question-3')).toHaveTextContent('Amended');
    const history = screen.getByRole('region', { name: 'Amendments' });
    await waitFor(() => expect(history).toHaveTextContent('Reason: Re-listened: it took a hold'));
  });

  it('keeps a 5 from losing its evidence, and says so when the scorecard moved on (412)', async () => {
    api({
      [paths.amendments]: [
        { status: 200, body: { items: [] } },
        {
          status: 412,
          body: {
            statusCode: 412,
            code: 'SCORECARD_VERSION_CONFLICT',
            message: 'This scorecard was changed meanwhile.',
            details: {
              current: { version: 7, status: 'submitted', recommendation: 'yes', summary: '' },
            },
            requestId: 'r1',
          },
        },
      ],
    });
    const { user } = renderSubmitted();
    await user.click(await screen.findByRole('button', { name: 'Amend question 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Amend question 1' });
    await user.click(within(dialog).getByRole('radio', { name: '5: calm anchor 5' }));
    await user.clear(within(dialog).getByRole('textbox', { name: 'Note' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Re-listened');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm amendment' }));
    expect(within(dialog).getByText('A rating of 5 needs a note as evidence.')).toBeInTheDocument();

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Note' }),
      'Calmed a shouting caller',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Confirm amendment' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This scorecard changed since you opened it',
    );
    expect(within(dialog).getByRole('button', { name: 'Load the current version' })).toBeVisible();
  });

  it('amends the recommendation', async () => {
    const { calls } = api({
      [paths.amendments]: [
        { status: 200, body: { items: [] } },
        { status: 201, body: submittedScorecard({ version: 7, recommendation: 'no' }) },
        { status: 200, body: { items: [] } },
      ],
    });
    const { user } = renderSubmitted();
    await user.click(
      await screen.findByRole('button', { name: 'Amend the recommendation and summary' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Amend the recommendation' });
    await user.click(within(dialog).getByRole('radio', { name: /^No/ }));
    expect(within(dialog).getByLabelText('Before and after')).toHaveTextContent(
      'Recommendation: was Yes → now No',
    );
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Debrief');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm amendment' }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Recommendation and summary' })).toHaveTextContent(
        'Recommendation: No',
      ),
    );
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      reason: 'Debrief',
      recommendation: 'no',
    });
  });
});
