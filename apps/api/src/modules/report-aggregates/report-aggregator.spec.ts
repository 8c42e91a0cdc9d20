import { createRandom } from '../calibration/model/random';
import {
  emptyPairSums,
  emptyPanelSums,
  itemRestCorrelations,
  itemRestFromSums,
  mergePairSums,
  mergePanelSums,
  panelIcc,
  panelIccFromSums,
} from '../question-analysis/model';
import {
  AggregationRow,
  decodeHireScores,
  encodeHireScores,
  ReportAggregator,
  VersionLayout,
} from './report-aggregator';

/**
 * The aggregation against the per-answer computations it replaces (the question analysis's and
 * validity report's per-request code before issue 21's scale work): the same figures from sums
 * per job added up, on a seeded floor of panels, "not asked" answers, lenient interviewers, two
 * jobs and two versions of a rubric whose second rewords nothing but moves a question.
 */
const lineage = (name: string) => `00000000-0000-4000-8000-${name.padStart(12, '0')}`;
const [calm, reassure, helped, refund] = ['1', '2', '3', '4'].map(lineage) as [
  string,
  string,
  string,
  string,
];
const [empathy, solving] = ['a', 'b'].map(lineage) as [string, string];
const rubricId = lineage('r');
const layouts = new Map<string, VersionLayout>([
  [
    'v2',
    {
      rubricId,
      questions: [
        { lineageId: refund, categoryLineageId: solving },
        { lineageId: calm, categoryLineageId: empathy },
        { lineageId: reassure, categoryLineageId: empathy },
        { lineageId: helped, categoryLineageId: empathy },
      ],
    },
  ],
  [
    'v1',
    {
      rubricId,
      questions: [
        { lineageId: calm, categoryLineageId: empathy },
        { lineageId: reassure, categoryLineageId: empathy },
        { lineageId: helped, categoryLineageId: empathy },
        { lineageId: refund, categoryLineageId: solving },
      ],
    },
  ],
]);
const leniency = new Map([
  ['kind', 0.6],
  ['harsh', -0.5],
]);
const interviewers = ['kind', 'harsh', 'average'];

interface Answer {
  row: AggregationRow;
  scorecard: number;
  lineageId: string;
  categoryLineageId: string;
  rating: number | null;
  notAsked: boolean;
}

function floor(seed: number) {
  const random = createRandom(seed);
  const rows: AggregationRow[] = [];
  const answers: Answer[] = [];
  for (let c = 0; c < 400; c++) {
    const ability = random.normal();
    const hired = c % 5 === 0;
    const jobId = c % 3 === 0 ? 'job-cebu' : 'job-manila';
    for (let r = 0; r < 1 + (c % 2); r++) {
      const version = r === 0 ? 'v1' : 'v2';
      const panel = 1 + random.int(3);
      for (let s = 0; s < panel; s++) {
        const interviewer = interviewers[(c + s) % 3]!;
        let ratings = '';
        for (const question of layouts.get(version)!.questions) {
          const draw = random.next();
          const rating =
            question.lineageId === helped
              ? 1 + random.int(5)
              : Math.min(
                  5,
                  Math.max(
                    1,
                    Math.round(
                      3 + ability + (leniency.get(interviewer) ?? 0) + 0.7 * random.normal(),
                    ),
                  ),
                );
          const character = draw < 0.08 ? '-' : draw < 0.1 ? '.' : String(rating);
          ratings += character;
        }
        const row: AggregationRow = {
          candidate_id: `cand-${String(c).padStart(4, '0')}`,
          round_id: `round-${c}-${r}`,
          interviewer_id: interviewer,
          job_id: jobId,
          rubric_version_id: version,
          week: `2026-W0${1 + ((c + r) % 9)}`,
          hired,
          corrected_score: c % 7 === 0 ? null : 50 + 10 * ability,
          ratings,
        };
        rows.push(row);
        [...ratings].forEach((character, i) => {
          const question = layouts.get(version)!.questions[i]!;
          answers.push({
            row,
            scorecard: rows.length - 1,
            lineageId: question.lineageId,
            categoryLineageId: question.categoryLineageId,
            rating: /[1-5]/.test(character) ? Number(character) : null,
            notAsked: character === '-',
          });
        });
      }
    }
  }
  return { rows, answers };
}

describe('ReportAggregator', () => {
  const { rows, answers } = floor(21);
  const aggregator = new ReportAggregator(layouts, leniency);
  // In batches of uneven size, as the cursor delivers them.
  for (let start = 0; start < rows.length; start += 97)
    aggregator.add(rows.slice(start, start + 97));
  const result = aggregator.finish();
  const corrected = (a: Answer) => a.rating! - (leniency.get(a.row.interviewer_id) ?? 0);
  const rated = answers.filter((a) => a.rating !== null);
  const questions = [calm, reassure, helped, refund];

  /** The jobs' rows of a lineage, added up. */
  const total = (lineageId: string, jobId?: string) => {
    const own = result.lineages.filter(
      (row) => row.lineageId === lineageId && (!jobId || row.jobId === jobId),
    );
    const itemRest = emptyPairSums();
    const panel = emptyPanelSums();
    for (const row of own) {
      if (row.itemRest) mergePairSums(itemRest, row.itemRest);
      if (row.panel) mergePanelSums(panel, row.panel);
    }
    return {
      asked: own.reduce((t, row) => t + row.asked, 0),
      notAsked: own.reduce((t, row) => t + row.notAsked, 0),
      distribution: [0, 1, 2, 3, 4].map((i) => own.reduce((t, row) => t + row.distribution[i]!, 0)),
      scored: own.reduce((t, row) => t + row.scoredCandidates, 0),
      itemRest,
      panel,
      weeks: own.map((row) => row.weeks ?? {}),
    };
  };

  it('counts ratings and “not asked” per question, added up over jobs', () => {
    for (const id of questions) {
      const own = answers.filter((a) => a.lineageId === id);
      const sums = total(id);
      expect(sums.asked).toBe(own.filter((a) => a.rating !== null).length);
      expect(sums.notAsked).toBe(own.filter((a) => a.notAsked).length);
      expect(sums.distribution).toEqual(
        [1, 2, 3, 4, 5].map((v) => own.filter((a) => a.rating === v).length),
      );
    }
  });

  it('gives the per-answer item–rest r, on corrected ratings, per job and overall', () => {
    for (const jobId of [undefined, 'job-cebu']) {
      const scoped = rated.filter((a) => !jobId || a.row.job_id === jobId);
      const reference = itemRestCorrelations(
        {
          scorecard: Int32Array.from(scoped, (a) => a.scorecard),
          category: Int32Array.from(scoped, (a) => (a.categoryLineageId === empathy ? 0 : 1)),
          item: Int32Array.from(scoped, (a) => questions.indexOf(a.lineageId)),
          value: Float64Array.from(scoped, corrected),
        },
        questions.length,
        30,
      );
      questions.forEach((id, q) => {
        const fromSums = itemRestFromSums(total(id, jobId).itemRest, 30);
        expect(fromSums.scorecards).toBe(reference[q]!.scorecards);
        if (reference[q]!.r === null) expect(fromSums.r).toBeNull();
        else expect(fromSums.r).toBeCloseTo(reference[q]!.r, 10);
      });
    }
    // The question that measures nothing separates nobody; the others do (their rest is half
    // noise: the mean of the other informative question and the one that measures nothing).
    expect(Math.abs(itemRestFromSums(total(helped).itemRest).r!)).toBeLessThan(0.15);
    expect(itemRestFromSums(total(calm).itemRest).r!).toBeGreaterThan(0.25);
    // A single-question category has no rest.
    expect(itemRestFromSums(total(refund).itemRest).r).toBeNull();
  });

  it('gives the per-round panel ICC on corrected ratings', () => {
    for (const id of questions) {
      const groups = new Map<string, number[]>();
      for (const a of rated.filter((answer) => answer.lineageId === id)) {
        groups.set(a.row.round_id, [...(groups.get(a.row.round_id) ?? []), corrected(a)]);
      }
      const reference = panelIcc([...groups.values()], 20);
      const fromSums = panelIccFromSums(total(id).panel, 20);
      expect(fromSums.panels).toBe(reference.panels);
      expect(fromSums.icc).toBeCloseTo(reference.icc!, 10);
    }
  });

  it('counts the rounds that asked a question per week, and each job’s scorecards and panels', () => {
    const week = '2026-W03';
    const rounds = new Set(
      rated
        .filter((a) => a.lineageId === calm && a.row.week === week && a.row.job_id === 'job-manila')
        .map((a) => a.row.round_id),
    );
    const manila = result.lineages.find(
      (row) => row.lineageId === calm && row.jobId === 'job-manila',
    );
    expect(manila?.weeks?.[week]).toBe(rounds.size);

    const perRound = new Map<string, number>();
    for (const row of rows.filter((r) => r.job_id === 'job-cebu'))
      perRound.set(row.round_id, (perRound.get(row.round_id) ?? 0) + 1);
    const cebu = result.jobRubrics.find((row) => row.jobId === 'job-cebu');
    expect(cebu?.scorecards).toBe(rows.filter((r) => r.job_id === 'job-cebu').length);
    expect(cebu?.panels).toBe([...perRound.values()].filter((n) => n >= 2).length);
  });

  it('sums the applicant pool and counts who was rated on each lineage', () => {
    const cebuCandidates = [
      ...new Set(rows.filter((r) => r.job_id === 'job-cebu').map((r) => r.candidate_id)),
    ];
    const cebu = result.jobRubrics.find((row) => row.jobId === 'job-cebu')!;
    expect(cebu.applicants).toBe(cebuCandidates.length);
    const scores = cebuCandidates
      .map((id) => rows.find((r) => r.candidate_id === id)!.corrected_score)
      .filter((v): v is number => v !== null);
    expect(cebu.correctedScores).toBe(scores.length);
    expect(cebu.correctedScoreSum).toBeCloseTo(
      scores.reduce((t, v) => t + v, 0),
      8,
    );
    expect(cebu.correctedScoreSumOfSquares).toBeCloseTo(
      scores.reduce((t, v) => t + v * v, 0),
      6,
    );

    const ratedOn = (id: string, category = false) =>
      new Set(
        rated
          .filter((a) => (category ? a.categoryLineageId : a.lineageId) === id)
          .map((a) => a.row.candidate_id),
      ).size;
    expect(total(refund).scored).toBe(ratedOn(refund));
    const empathyRow = result.lineages.filter((row) => row.lineageId === empathy);
    expect(empathyRow.reduce((t, row) => t + row.scoredCandidates, 0)).toBe(ratedOn(empathy, true));
  });

  it('keeps each hire’s mean corrected rating per lineage, at the lineage’s position', () => {
    const hire = result.hires.find((h) => h.candidateId === 'cand-0005')!;
    expect(hire).toBeDefined();
    expect(result.hires).toHaveLength(80);
    const position = (id: string) => result.lineages.find((row) => row.lineageId === id)!.position;
    const own = rated.filter((a) => a.row.candidate_id === 'cand-0005');
    for (const id of questions) {
      const values = own.filter((a) => a.lineageId === id).map(corrected);
      const expected = values.length ? values.reduce((t, v) => t + v, 0) / values.length : NaN;
      if (Number.isNaN(expected)) expect(hire.scores[position(id)]).toBeNaN();
      else expect(hire.scores[position(id)]).toBeCloseTo(expected, 5);
    }
    // A category: per scorecard the mean of its rated questions, then the mean over scorecards.
    const perCard = new Map<number, number[]>();
    for (const a of own.filter((answer) => answer.categoryLineageId === empathy))
      perCard.set(a.scorecard, [...(perCard.get(a.scorecard) ?? []), corrected(a)]);
    const means = [...perCard.values()].map((v) => v.reduce((t, x) => t + x, 0) / v.length);
    expect(hire.scores[position(empathy)]).toBeCloseTo(
      means.reduce((t, v) => t + v, 0) / means.length,
      5,
    );
    // The overall score as the pool's sums have it: the stored one at the fit.
    expect(hire.correctedScore).toBe(own[0]!.row.corrected_score);
  });

  it('stores hires’ scores as 4 little-endian bytes a lineage, NaN kept', () => {
    const scores = Float32Array.from([1.25, NaN, 4.5, 3.3333332538604736]);
    const bytes = encodeHireScores(scores);
    expect(bytes).toHaveLength(16);
    expect(bytes.readFloatLE(8)).toBe(4.5);
    // A Buffer from the driver may sit at any offset of a shared pool.
    const shifted = Buffer.concat([Buffer.from([7]), bytes]).subarray(1);
    expect(Array.from(decodeHireScores(shifted))).toEqual(Array.from(scores));
  });
});
