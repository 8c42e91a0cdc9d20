import { CandidateSummary } from '@calibrate/contracts';

import {
  calibrationWarnings,
  categoryMeans,
  corrected,
  groupQuestionRatings,
  panelLeniency,
} from './score-roll-ups';

const row = (candidate: string, round: string, interviewer: string, rating: number | null) => ({
  candidate_id: candidate,
  round_id: round,
  round_name: 'Mock call',
  interviewer_name: interviewer,
  category: 'Empathy',
  text: 'How do you calm an upset caller?',
  category_position: 0,
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
      ['Empathy'],
    );
    expect(question?.candidates.map((c) => [c.candidateId, c.mean, c.disagreement])).toEqual([
      ['a', 3, true],
      ['b', 11 / 3, false],
      ['c', null, false],
    ]);
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
