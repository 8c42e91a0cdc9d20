import { CandidateSummary, roundGroupLabel } from '@calibrate/contracts';

import { PlanRoundRow } from './comparison.repository';
import {
  calibrationWarnings,
  categoryMeans,
  corrected,
  groupCategories,
  groupQuestionRatings,
  groupRounds,
  groupScores,
  overallOf,
  panelLeniency,
} from './score-roll-ups';

const row = (candidate: string, round: string, interviewer: string, rating: number | null) => ({
  candidate_id: candidate,
  round_id: round,
  round_name: 'Mock call',
  interviewer_name: interviewer,
  category: 'Empathy',
  text: 'How do you calm an upset caller?',
  question_position: 0,
  rating,
  note: '',
});

describe('groupQuestionRatings', () => {
  it('flags a question where one round’s panel is 2 or more apart, not across rounds', () => {
    const [question] = groupQuestionRatings(
      [
        row('a', 'r1', 'Ivy', 2),
        row('a', 'r1', 'Hugo', 4),
        row('b', 'r2', 'Ivy', 2),
        row('b', 'r3', 'Hugo', 5),
        row('b', 'r3', 'Ana', 4),
        row('b', 'r3', 'Ben', null),
      ],
      ['a', 'b', 'c'],
      [{ key: 'mock', categories: ['Empathy'] }],
      new Map([
        ['r1', 'mock'],
        ['r2', 'mock'],
        ['r3', 'mock'],
      ]),
    );
    expect(question?.candidates.map((c) => [c.candidateId, c.mean, c.disagreement])).toEqual([
      ['a', 3, true],
      ['b', 11 / 3, false],
      ['c', null, false],
    ]);
  });
});

describe('groupQuestionRatings order', () => {
  const rated = (
    candidate: string,
    round: string,
    category: string,
    text: string,
    position: number,
    rating: number,
  ) => ({ ...row(candidate, round, 'Ivy', rating), category, text, question_position: position });

  it('orders questions by group, then the group’s categories, then position; unknown groups last', () => {
    const questions = groupQuestionRatings(
      [
        rated('a', 'old', 'Tone', 'Legacy question', 0, 3),
        rated('a', 'r2', 'Tone', 'Second in tone', 1, 4),
        rated('b', 'r1', 'Empathy', 'First in empathy', 0, 2),
        rated('a', 'r1', 'Empathy', 'First in empathy', 0, 5),
        rated('b', 'r2', 'Tone', 'First in tone', 3, 4),
        rated('b', 'r2', 'Tone', 'First in tone', 0, 3),
        rated('a', 'r2', 'Empathy', 'Empathy on the call', 2, 1),
      ],
      ['a', 'b'],
      [
        { key: 'screen', categories: ['Empathy'] },
        { key: 'call', categories: ['Tone', 'Empathy'] },
      ],
      new Map([
        ['r1', 'screen'],
        ['r2', 'call'],
      ]),
    );
    expect(questions.map((q) => [q.roundGroup, q.category, q.text])).toEqual([
      ['screen', 'Empathy', 'First in empathy'],
      // The lowest position of a question's rows places it: 0, before "Second in tone" at 1.
      ['call', 'Tone', 'First in tone'],
      ['call', 'Tone', 'Second in tone'],
      ['call', 'Empathy', 'Empathy on the call'],
      ['', 'Tone', 'Legacy question'],
    ]);
    const [first, tone] = questions;
    expect(first?.candidates.map((c) => [c.candidateId, c.mean])).toEqual([
      ['a', 5],
      ['b', 2],
    ]);
    expect(tone?.candidates[1]?.ratings.map((r) => r.rating)).toEqual([4, 3]);
    expect(tone?.candidates[0]).toEqual({
      candidateId: 'a',
      mean: null,
      disagreement: false,
      ratings: [],
    });
  });
});

describe('corrected', () => {
  it('takes leniency out on the 0–100 scale (a rating point is 25) and stays on the scale', () => {
    expect(corrected(80, 0.4)).toBe(70);
    expect(corrected(40, -0.5)).toBe(52.5);
    expect(corrected(95, -1)).toBe(100);
    expect(corrected(60, null)).toBe(60);
    expect(corrected(null, 0.3)).toBeNull();
  });
});

describe('calibrationWarnings', () => {
  const summary = (
    candidateId: string,
    raw: number,
    fair: number,
    interviewer: { leniency: number | null; calibrated: boolean | null },
  ): CandidateSummary => ({
    candidateId,
    candidateName: candidateId,
    stage: 'interviewing',
    knockOuts: [],
    overall: {
      weightedScore100: raw,
      correctedScore100: fair,
      scoredRounds: 1,
      interviewers: 1,
      recommendations: { strong_no: 0, no: 0, yes: 1, strong_yes: 0 },
      categories: [],
    },
    rounds: [
      {
        roundId: `${candidateId}-round`,
        jobId: 'job',
        name: 'Mock call',
        status: 'completed',
        scheduledAt: '2026-11-01T09:00:00.000Z',
        panelSplit: false,
        rubricVersionId: 'v1',
        rubricName: 'Mock call',
        rubricVersion: 1,
        scores: { categories: [], weightedScore: null, weightedScore100: raw },
        correctedScore100: fair,
        interviewers: [
          {
            scorecardId: `${candidateId}-card`,
            interviewerId: `${candidateId}-interviewer`,
            interviewerName: 'Ivy',
            status: 'submitted',
            recommendation: 'yes',
            weightedScore100: raw,
            correctedScore100: fair,
            ...interviewer,
          },
        ],
        recommendations: { strong_no: 0, no: 0, yes: 1, strong_yes: 0 },
      },
    ],
  });

  it('says when leniency reorders the candidates, and who is not calibrated or outside the group', () => {
    const warnings = calibrationWarnings([
      summary('a', 80, 60, { leniency: 0.8, calibrated: true }),
      summary('b', 70, 75, { leniency: -0.2, calibrated: false }),
      summary('c', 50, 50, { leniency: null, calibrated: true }),
    ]);
    expect(warnings.map((w) => [w.code, w.candidateIds])).toEqual([
      ['interviewer_not_calibrated', ['b']],
      ['outside_main_group', ['c']],
      ['corrected_order_differs', ['a', 'b']],
    ]);
  });

  it('has nothing to say when the order holds and everyone is calibrated', () => {
    expect(
      calibrationWarnings([
        summary('a', 80, 79, { leniency: 0.04, calibrated: true }),
        summary('b', 70, 71, { leniency: -0.04, calibrated: true }),
      ]),
    ).toEqual([]);
  });
});

describe('categoryMeans', () => {
  const scores = (empathy: number | null, typing: number | null) => ({
    weightedScore: null,
    weightedScore100: null,
    categories: [
      { categoryId: 'e', name: 'Empathy', weight: 1, score: empathy, answered: 1, questions: 1 },
      { categoryId: 't', name: 'Typing', weight: 1, score: typing, answered: 1, questions: 1 },
    ],
  });
  const scorer = (leniency: number | null, weightedScore100: number | null = 50) => ({
    leniency,
    weightedScore100,
  });

  it('takes each round’s panel leniency out of its category scores, kept on 1–5', () => {
    const categories = categoryMeans([
      // A lenient panel (+0.5 and +1.0: mean +0.75) and one harsh interviewer (−0.5).
      { scores: scores(4.5, 5), interviewers: [scorer(0.5), scorer(1)] },
      { scores: scores(3, null), interviewers: [scorer(-0.5)] },
    ]);
    expect(categories).toEqual([
      {
        name: 'Empathy',
        score: 3.75,
        score100: 68.75,
        correctedScore: (3.75 + 3.5) / 2,
        correctedScore100: (((3.75 + 3.5) / 2 - 1) / 4) * 100,
      },
      { name: 'Typing', score: 5, score100: 100, correctedScore: 4.25, correctedScore100: 81.25 },
    ]);
    // Taken out of a 1.2 it would fall off the scale: it stays at 1.
    expect(
      categoryMeans([{ scores: scores(1.2, null), interviewers: [scorer(0.8)] }])[0]
        ?.correctedScore,
    ).toBe(1);
  });

  it('counts interviewers without a figure as average and ignores unscored scorecards', () => {
    expect(panelLeniency([scorer(0.6), scorer(null), scorer(2, null)])).toBeCloseTo(0.3);
    expect(panelLeniency([scorer(1, null)])).toBeNull();
    expect(categoryMeans([{ scores: scores(3, 2), interviewers: [] }])[1]).toMatchObject({
      score: 2,
      correctedScore: 2,
    });
  });
});

describe('round groups', () => {
  // A job planned as Interview (rubric I: General, Empathy) then Mock call (rubric M: Greeting
  // and opening, Empathy): both rubrics have an "Empathy", which must not pool across rounds.
  const plan: PlanRoundRow[] = [
    {
      job_id: 'job',
      position: 0,
      name: 'Interview',
      rubric_id: 'I',
      rubric_name: 'Interview rubric',
    },
    {
      job_id: 'job',
      position: 1,
      name: 'Mock call',
      rubric_id: 'M',
      rubric_name: 'Mock call rubric',
    },
  ];
  const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));
  const round = (id: string, name: string, rubric: string, day: number) => ({
    id,
    job_id: 'job',
    name,
    rubric_id: rubric,
    rubric_name: `${rubric} (as pinned)`,
    scheduled_at: at(day),
  });
  const category = (name: string, score: number | null, weight = 1) => ({
    categoryId: name,
    name,
    weight,
    score,
    answered: 1,
    questions: 1,
  });
  const summaryRound = (
    roundId: string,
    weightedScore100: number | null,
    categories: ReturnType<typeof category>[],
    leniencies: number[],
  ): CandidateSummary['rounds'][number] => ({
    roundId,
    jobId: 'job',
    name: roundId,
    status: 'completed',
    scheduledAt: at(1).toISOString(),
    rubricVersionId: 'v',
    rubricName: 'r',
    rubricVersion: 1,
    scores: { categories, weightedScore: null, weightedScore100 },
    correctedScore100: corrected(
      weightedScore100,
      panelLeniency(leniencies.map((leniency) => ({ leniency, weightedScore100 }))),
    ),
    panelSplit: false,
    interviewers: leniencies.map((leniency, index) => ({
      scorecardId: `${roundId}-${index}`,
      interviewerId: `i${index}`,
      interviewerName: `I${index}`,
      status: 'submitted',
      recommendation: 'yes',
      weightedScore100,
      leniency,
      calibrated: true,
      correctedScore100: corrected(weightedScore100, leniency),
    })),
    recommendations: { strong_no: 0, no: 0, yes: leniencies.length, strong_yes: 0 },
  });

  it('groups rounds by plan round and rubric, in plan order, outside-plan rounds last', () => {
    const grouping = groupRounds(
      [
        // Scheduled before the interview, the mock call still comes second: plan order.
        round('m1', 'mock CALL', 'M', 1),
        round('i1', 'Interview', 'I', 3),
        // A plan round renamed since ("Final interview" → "Interview"): its rubric finds it.
        round('i2', 'Final interview', 'I', 4),
        // The mock call on an earlier rubric (the plan has moved on): a group of its own.
        round('m0', 'Mock call', 'OLD', 2),
      ],
      plan,
    );
    expect(grouping.groups.map((g) => [g.key, g.name, g.rubricName, g.planned])).toEqual([
      ['I:interview', 'Interview', 'Interview rubric', true],
      ['M:mock call', 'Mock call', 'Mock call rubric', true],
      ['OLD:mock call', 'Mock call', 'OLD (as pinned)', false],
    ]);
    expect(Object.fromEntries(grouping.groupOf)).toEqual({
      m1: 'M:mock call',
      i1: 'I:interview',
      i2: 'I:interview',
      m0: 'OLD:mock call',
    });
    // Two groups of one name are told apart by their rubric.
    expect(grouping.groups.map((g) => roundGroupLabel(g, grouping.groups))).toEqual([
      'Interview',
      'Mock call (Mock call rubric)',
      'Mock call (OLD (as pinned))',
    ]);
  });

  it('gives each group its categories and a subtotal (raw and corrected); the overall spans all', () => {
    const grouping = groupRounds(
      [round('i1', 'Interview', 'I', 1), round('m1', 'Mock call', 'M', 2)],
      plan,
    );
    // Interview: weighted 75, one interviewer 0.4 lenient → corrected 75 − 25·0.4 = 65.
    // Mock call: weighted 40, panel +0.2 and −0.6 → mean −0.2 → corrected 40 + 5 = 45.
    const rounds = [
      summaryRound('i1', 75, [category('General', 4.5), category('Empathy', 3.5)], [0.4]),
      summaryRound(
        'm1',
        40,
        [category('Greeting and opening', 2), category('Empathy', 2.6)],
        [0.2, -0.6],
      ),
    ];
    const [interview, mockCall] = groupScores(rounds, grouping);
    const near = (value: number) => expect.closeTo(value, 9);
    expect(interview).toEqual({
      key: 'I:interview',
      weightedScore100: 75,
      correctedScore100: 65,
      scoredRounds: 1,
      categories: [
        // 4.5 − 0.4 = 4.1 → (4.1 − 1) / 4 · 100 = 77.5
        {
          name: 'General',
          score: 4.5,
          score100: 87.5,
          correctedScore: near(4.1),
          correctedScore100: near(77.5),
        },
        {
          name: 'Empathy',
          score: 3.5,
          score100: 62.5,
          correctedScore: near(3.1),
          correctedScore100: near(52.5),
        },
      ],
    });
    expect(mockCall?.weightedScore100).toBe(40);
    expect(mockCall?.correctedScore100).toBe(45);
    // Each round's Empathy stays in its own group: 2.6 here (2.8 corrected), 3.5 above.
    expect(mockCall?.categories.map((c) => [c.name, c.score, c.correctedScore])).toEqual([
      ['Greeting and opening', 2, near(2.2)],
      ['Empathy', 2.6, near(2.8)],
    ]);
    // The overall is the mean of the scored rounds: (75 + 40) / 2 raw, (65 + 45) / 2 corrected.
    const overall = overallOf(rounds);
    expect([overall.weightedScore100, overall.correctedScore100]).toEqual([57.5, 55]);

    // A candidate without a mock call: the group is there, empty; the categories list the union.
    const [, none] = groupScores([rounds[0] ?? summaryRound('x', null, [], [])], grouping);
    expect(none).toEqual({
      key: 'M:mock call',
      weightedScore100: null,
      correctedScore100: null,
      scoredRounds: 0,
      categories: [],
    });
    expect(
      groupCategories(grouping.groups, [groupScores(rounds, grouping), [interview!, none!]]).map(
        (g) => [g.name, g.categories],
      ),
    ).toEqual([
      ['Interview', ['General', 'Empathy']],
      ['Mock call', ['Greeting and opening', 'Empathy']],
    ]);
  });

  it('keeps a category of the same name apart per group in the question list', () => {
    const rating = (roundId: string, text: string, value: number) => ({
      ...row('a', roundId, 'Ivy', value),
      category: 'Empathy',
      text,
    });
    const questions = groupQuestionRatings(
      [rating('m1', 'Same words', 2), rating('i1', 'Same words', 5)],
      ['a'],
      [
        { key: 'I:interview', categories: ['Empathy'] },
        { key: 'M:mock call', categories: ['Empathy'] },
      ],
      new Map([
        ['i1', 'I:interview'],
        ['m1', 'M:mock call'],
      ]),
    );
    expect(questions.map((q) => [q.roundGroup, q.category, q.candidates[0]?.mean])).toEqual([
      ['I:interview', 'Empathy', 5],
      ['M:mock call', 'Empathy', 2],
    ]);
  });
});
