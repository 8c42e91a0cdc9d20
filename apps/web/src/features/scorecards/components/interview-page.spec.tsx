import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { fakeApi, renderApp } from '@/test/render-app';

import * as draftModule from '../autosave/interview-draft';
import { SaveQueueProvider } from '../autosave/save-queue-provider';
import { COMPACT_QUERY } from './interview-mode/use-compact-layout';
import { InterviewPage } from './interview-page';

// jsdom has no scrolling; a move to the next question scrolls to the top.
window.scrollTo = () => undefined;

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = '2026-11-23T09:00:00.000Z';

/** A rubric of 60 questions in three categories: the size interview mode must stay quick on. */
function sixtyQuestionRubric() {
  return {
    id: id(900),
    rubricId: id(901),
    rubricName: 'Large rubric',
    version: 1,
    status: 'published',
    publishedAt: at,
    createdAt: at,
    updatedAt: at,
    roundCount: 1,
    revision: 1,
    categories: [0, 1, 2].map((c) => ({
      id: id(800 + c),
      lineageId: id(800 + c),
      position: c,
      name: `Category ${c + 1}`,
      description: '',
      weight: 1,
      questions: Array.from({ length: 20 }, (_, q) => ({
        id: id(c * 20 + q + 1),
        lineageId: id(c * 20 + q + 1),
        position: q,
        text: `Question ${c * 20 + q + 1} text`,
        guidance: 'What good looks like.',
        anchors: ['one', 'two', 'three', 'four', 'five'],
        followUps: [],
        knockOutMinRating: null,
      })),
    })),
  };
}

const paths = {
  scorecard: `/api/v1/scorecards/${id(700)}`,
  round: `/api/v1/interview-rounds/${id(600)}`,
  rubric: `/api/v1/rubric-versions/${id(900)}`,
  candidate: `/api/v1/candidates/${id(400)}`,
};

/** What the API answers for the scorecard, its round, its pinned rubric and its candidate. */
function interviewResponses(): Record<string, unknown> {
  const scorecard = {
    id: id(700),
    roundId: id(600),
    candidateId: id(400),
    rubricVersionId: id(900),
    interviewerId: id(500),
    interviewerName: 'Ivy',
    status: 'draft',
    recommendation: null,
    summary: '',
    declinedReason: null,
    submittedAt: null,
    version: 1,
    answers: [],
    scores: { categories: [], weightedScore: null, weightedScore100: null },
  };
  const round = {
    id: id(600),
    candidateId: id(400),
    candidateName: 'Dee Santos',
    jobId: id(300),
    jobTitle: 'Billing agent',
    name: 'Manager interview',
    rubricVersionId: id(900),
    rubricName: 'Large rubric',
    rubricVersion: 1,
    scheduledAt: at,
    status: 'scheduled',
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
    languages: [{ language: 'English', level: 'C1' }],
    shiftAvailability: ['night'],
    typingWpm: 52,
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
  return {
    [paths.scorecard]: scorecard,
    [paths.round]: round,
    [paths.rubric]: sixtyQuestionRubric(),
    [paths.candidate]: candidate,
  };
}

function renderInterview() {
  return renderApp(
    <SaveQueueProvider userId={id(500)}>
      <InterviewPage scorecardId={id(700)} />
    </SaveQueueProvider>,
  );
}

function openInterview() {
  fakeApi(
    Object.fromEntries(
      Object.entries(interviewResponses()).map(([path, body]) => [path, [{ status: 200, body }]]),
    ),
  );
  return renderInterview();
}

describe('InterviewPage', () => {
  afterEach(() => localStorage.clear());

  // It counts renders, not time; the first render of 60 rows takes about 4 s in jsdom alone and
  // over 5 s (Jest's default) when other suites share two busy cores.
  it('re-renders only the question being typed in, on a 60-question rubric', async () => {
    localStorage.setItem('calibrate.interview-view', JSON.stringify('all'));
    // Each question row and card reads its answer through useAnswer once per render.
    const renders = jest.spyOn(draftModule, 'useAnswer');
    openInterview();
    const note = await screen.findByRole('textbox', { name: 'Note for question 1' });
    expect(screen.getByRole('radiogroup', { name: 'Rating for question 60' })).toBeInTheDocument();
    expect(new Set(renders.mock.calls.map(([, questionId]) => questionId)).size).toBe(60);

    renders.mockClear();
    fireEvent.change(note, { target: { value: 'Calm and clear' } });
    fireEvent.change(note, { target: { value: 'Calm and clear, fixed it' } });
    await waitFor(() => expect(note).toHaveValue('Calm and clear, fixed it'));
    expect(new Set(renders.mock.calls.map(([, questionId]) => questionId))).toEqual(
      new Set([id(1)]),
    );
  }, 15_000);

  it('rates with the keyboard and moves to the next question', async () => {
    openInterview();
    await screen.findByText(/Question 1 of 60/);
    fireEvent.keyDown(document.body, { key: '3' });
    await screen.findByText(/Question 2 of 60/);
    expect(screen.getByText('1 of 60')).toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: 'k' });
    await screen.findByText(/Question 1 of 60/);
    expect(screen.getByRole('radio', { name: /^3:/ })).toHaveAttribute('aria-checked', 'true');
  });

  it('loads in two waves: the scorecard, then its round, rubric and candidate together', async () => {
    const responses = interviewResponses();
    const requested: string[] = [];
    let askedForAll: () => void = () => undefined;
    const secondWave = new Promise<void>((resolve) => (askedForAll = resolve));
    global.fetch = jest.fn(async (input: RequestInfo | URL) => {
      const path = new URL(String(input)).pathname;
      requested.push(path);
      // Nothing after the scorecard is answered until all three were asked for: a request that
      // waited for another (a third wave) would never be sent, and the page would never load.
      if (path !== paths.scorecard) {
        if (requested.length === 4) askedForAll();
        await secondWave;
      }
      return new Response(JSON.stringify(responses[path]), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    });
    renderInterview();
    await screen.findByText(/Question 1 of 60/);
    expect(requested[0]).toBe(paths.scorecard);
    expect(new Set(requested.slice(1))).toEqual(
      new Set([paths.round, paths.rubric, paths.candidate]),
    );
  });
});

describe('InterviewPage on a phone', () => {
  const original = window.matchMedia;
  beforeEach(() => {
    // A 390 px wide screen: the compact layout's query matches.
    window.matchMedia = ((query: string) => ({
      matches: query === COMPACT_QUERY,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    })) as typeof window.matchMedia;
  });
  afterEach(() => {
    window.matchMedia = original;
    localStorage.clear();
  });

  it('puts the question first, with progress and the candidate behind buttons', async () => {
    const { user } = openInterview();
    await screen.findByText(/Question 1 of 60/);
    expect(screen.getByText('What to listen for')).toBeVisible();
    // No category list or candidate panel on the page itself.
    expect(screen.queryByRole('navigation', { name: 'Categories' })).not.toBeInTheDocument();
    expect(screen.queryByRole('complementary', { name: 'Candidate' })).not.toBeInTheDocument();

    // Keys still rate and move on.
    fireEvent.keyDown(document.body, { key: '3' });
    await screen.findByText(/Question 2 of 60/);
    expect(screen.getByRole('button', { name: /^Progress/ })).toHaveTextContent('1/60');

    await user.click(screen.getByRole('button', { name: /^Progress/ }));
    const drawer = await screen.findByRole('dialog', { name: 'Progress' });
    const categories = within(drawer).getByRole('navigation', { name: 'Categories' });
    expect(within(categories).getByRole('button', { name: /Category 1/ })).toHaveTextContent(
      '1/20',
    );
    // While the drawer is open, a digit does not rate the question behind it.
    fireEvent.keyDown(document.body, { key: '4' });
    await user.click(within(categories).getByRole('button', { name: /Category 3/ }));
    await screen.findByText(/Category 3 · Question 41 of 60/);
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Progress' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('button', { name: /^Progress/ })).toHaveTextContent('1/60');

    await user.click(screen.getByRole('button', { name: 'Candidate: Dee Santos' }));
    const facts = await screen.findByRole('dialog', { name: 'Candidate' });
    expect(facts).toHaveTextContent('52 WPM');
    expect(facts).toHaveTextContent('English C1');
  });
});

describe('InterviewPage layouts', () => {
  afterEach(() => localStorage.clear());

  it('"All questions" on the wrap-up lists every question, with the wrap-up below them', async () => {
    const { user } = openInterview();
    await screen.findByText(/Question 1 of 60/);
    await user.click(screen.getByRole('button', { name: 'Wrap-up' }));
    await screen.findByRole('heading', { name: 'Your recommendation' });
    await user.click(screen.getByText('All questions'));
    expect(
      await screen.findByRole('radiogroup', { name: 'Rating for question 60' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Recommendation' })).toBeInTheDocument();
    // The wrap-up is still the current step: 1–4 choose the recommendation.
    fireEvent.keyDown(document.body, { key: '3' });
    expect(screen.getByRole('radio', { name: /^Yes/ })).toHaveAttribute('aria-checked', 'true');
  }, 15_000);
});
