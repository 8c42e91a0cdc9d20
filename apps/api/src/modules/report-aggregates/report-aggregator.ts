import {
  addPair,
  addPanel,
  emptyPairSums,
  emptyPanelSums,
  PairSums,
  PanelSums,
} from '../question-analysis/model';

/** A rubric version's questions in the order the stream spells their ratings. */
export interface VersionLayout {
  rubricId: string;
  questions: { lineageId: string; categoryLineageId: string }[];
}

/**
 * One submitted scorecard as the aggregation streams them, in candidate, round, scorecard order.
 * `ratings` holds one character per question of the version's layout: '1'–'5' a rating, '-'
 * "not asked", '.' no answer.
 */
export interface AggregationRow {
  candidate_id: string;
  round_id: string;
  interviewer_id: string;
  job_id: string;
  rubric_version_id: string;
  /** ISO week of the round's scheduled start (UTC), "2026-W07"; null when unscheduled. */
  week: string | null;
  hired: boolean;
  corrected_score: number | null;
  ratings: string | null;
}

export interface JobRubricStatistics {
  jobId: string;
  rubricId: string;
  scorecards: number;
  panels: number;
  applicants: number;
  correctedScores: number;
  correctedScoreSum: number;
  correctedScoreSumOfSquares: number;
}

export interface LineageStatistics {
  jobId: string;
  rubricId: string;
  lineageId: string;
  kind: 'category' | 'question';
  /** The lineage's index in its rubric's `HireScores.scores`. */
  position: number;
  scoredCandidates: number;
  asked: number;
  notAsked: number;
  /** Counts of ratings 1..5. */
  distribution: number[];
  ratingSum: number;
  /** Questions only. */
  itemRest: PairSums | null;
  panel: PanelSums | null;
  /** Rounds that asked and rated it, per ISO week. Questions only. */
  weeks: Record<string, number> | null;
}

/** A hired candidate's mean corrected rating per lineage of one rubric (NaN: not rated). */
export interface HireScores {
  candidateId: string;
  rubricId: string;
  jobId: string;
  /** The stored 0–100 corrected score as of the fit, as the pool's sums have it. */
  correctedScore: number | null;
  scores: Float32Array;
}

/** `fit_hire_scores.scores`: 4 little-endian float32 bytes per lineage position. */
export function encodeHireScores(scores: Float32Array): Buffer {
  const bytes = Buffer.alloc(scores.length * 4);
  scores.forEach((value, i) => bytes.writeFloatLE(value, i * 4));
  return bytes;
}

export function decodeHireScores(bytes: Buffer): Float32Array {
  const scores = new Float32Array(bytes.length >> 2);
  for (let i = 0; i < scores.length; i++) scores[i] = bytes.readFloatLE(i * 4);
  return scores;
}

interface Lineage {
  index: number;
  id: string;
  rubricId: string;
  kind: 'category' | 'question';
  position: number;
}

interface CompiledLayout {
  rubricId: string;
  /** Per question: its lineage's and its category lineage's global index. */
  question: Int32Array;
  category: Int32Array;
}

const RATING_OF: Record<string, number> = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };

/**
 * Sums, per job, what the question analysis and the validity report need, from every submitted
 * scorecard streamed once, corrected by one fit's leniency (an interviewer without a comparable
 * figure: 0, as everywhere). Jobs add up to a site or a whole rubric; the same rules as the
 * per-request code it replaces:
 *
 * - counts: ratings 1–5 and "not asked" per question;
 * - item–rest pairs: on each scorecard, a rated question against the mean corrected rating of the
 *   other rated questions of its category there (two or more rated);
 * - panels: per round, the corrected ratings of a question by its interviewers (two or more);
 * - exposure: rounds that asked and rated a question, per job and ISO week;
 * - applicants: candidates with a submitted scorecard on the rubric in the job, with the sums of
 *   their stored corrected scores; candidates rated on each category or question;
 * - hires (stage "hired"): per lineage, the mean over their scorecards on the rubric of the
 *   scorecard's corrected rating (a category: its rated questions' mean).
 *
 * Memory: the per-job sums (jobs × lineages) and the hires' scores; the scorecards pass through.
 */
export class ReportAggregator {
  private readonly lineages: Lineage[] = [];
  private readonly lineagesOfRubric = new Map<string, Lineage[]>();
  private readonly layouts = new Map<string, CompiledLayout>();
  private readonly jobs: string[] = [];
  private readonly jobIndex = new Map<string, number>();
  private readonly jobRubrics = new Map<string, JobRubricStatistics>();
  private readonly statistics = new Map<number, LineageStatistics>();
  private readonly hires: HireScores[] = [];

  // The candidate and round being read.
  private candidate: AggregationRow | null = null;
  private candidateJobRubrics = new Set<JobRubricStatistics>();
  private candidateScored = new Set<number>();
  /** Per rubric: per lineage index, sum and count of scorecard values (hires only). */
  private candidateHire = new Map<string, { jobId: string; sums: Map<number, number[]> }>();
  private round: AggregationRow | null = null;
  private roundScorecards = 0;
  private roundRatings = new Map<number, number[]>();

  constructor(
    layouts: Map<string, VersionLayout>,
    private readonly leniency: Map<string, number>,
  ) {
    for (const [versionId, layout] of layouts) {
      const lineageOf = (id: string, kind: Lineage['kind']) => {
        let list = this.lineagesOfRubric.get(layout.rubricId);
        if (!list) this.lineagesOfRubric.set(layout.rubricId, (list = []));
        let lineage = list.find((l) => l.id === id);
        if (!lineage) {
          lineage = {
            index: this.lineages.length,
            id,
            rubricId: layout.rubricId,
            kind,
            position: list.length,
          };
          this.lineages.push(lineage);
          list.push(lineage);
        }
        return lineage.index;
      };
      this.layouts.set(versionId, {
        rubricId: layout.rubricId,
        category: Int32Array.from(layout.questions, (q) =>
          lineageOf(q.categoryLineageId, 'category'),
        ),
        question: Int32Array.from(layout.questions, (q) => lineageOf(q.lineageId, 'question')),
      });
    }
  }

  add(rows: readonly AggregationRow[]): void {
    for (const row of rows) this.addScorecard(row);
  }

  /** The sums; call once, after the last batch. */
  finish(): {
    jobRubrics: JobRubricStatistics[];
    lineages: LineageStatistics[];
    hires: HireScores[];
  } {
    this.endRound();
    this.endCandidate();
    return {
      jobRubrics: [...this.jobRubrics.values()],
      lineages: [...this.statistics.values()],
      hires: this.hires,
    };
  }

  private addScorecard(row: AggregationRow): void {
    const layout = this.layouts.get(row.rubric_version_id);
    if (!layout) return;
    if (row.round_id !== this.round?.round_id) this.endRound();
    if (row.candidate_id !== this.candidate?.candidate_id) this.endCandidate();
    this.candidate = row;
    this.round = row;
    this.roundScorecards += 1;

    const jobRubric = this.jobRubric(row.job_id, layout.rubricId);
    jobRubric.scorecards += 1;
    this.candidateJobRubrics.add(jobRubric);
    const job = this.jobOf(row.job_id);
    const leniency = this.leniency.get(row.interviewer_id) ?? 0;
    const ratings = row.ratings ?? '';
    const count = Math.min(ratings.length, layout.question.length);

    // Corrected ratings of this scorecard per category lineage: sum and count.
    const cells = new Map<number, { sum: number; count: number }>();
    for (let i = 0; i < count; i++) {
      const character = ratings[i]!;
      const stats = this.lineageStatistics(job, layout.question[i]!);
      if (character === '-') {
        stats.notAsked += 1;
        continue;
      }
      const rating = RATING_OF[character];
      if (rating === undefined) continue;
      stats.asked += 1;
      stats.distribution[rating - 1]! += 1;
      stats.ratingSum += rating;
      const category = layout.category[i]!;
      const cell = cells.get(category);
      if (cell) {
        cell.sum += rating - leniency;
        cell.count += 1;
      } else cells.set(category, { sum: rating - leniency, count: 1 });
    }
    const hire = row.hired ? this.hireOf(layout.rubricId, row.job_id) : null;
    for (let i = 0; i < count; i++) {
      const rating = RATING_OF[ratings[i]!];
      if (rating === undefined) continue;
      const question = layout.question[i]!;
      const x = rating - leniency;
      const cell = cells.get(layout.category[i]!)!;
      const stats = this.lineageStatistics(job, question);
      if (cell.count >= 2) {
        addPair(stats.itemRest!, x, (cell.sum - x) / (cell.count - 1));
      }
      const panel = this.roundRatings.get(question);
      if (panel) panel.push(x);
      else this.roundRatings.set(question, [x]);
      this.candidateScored.add(this.key(job, question));
      if (hire) addToHire(hire, question, x);
    }
    for (const [category, cell] of cells) {
      this.lineageStatistics(job, category);
      this.candidateScored.add(this.key(job, category));
      if (hire) addToHire(hire, category, cell.sum / cell.count);
    }
  }

  private endRound(): void {
    const round = this.round;
    if (!round) return;
    const layout = this.layouts.get(round.rubric_version_id)!;
    if (this.roundScorecards >= 2) this.jobRubric(round.job_id, layout.rubricId).panels += 1;
    const job = this.jobOf(round.job_id);
    for (const [question, ratings] of this.roundRatings) {
      const stats = this.lineageStatistics(job, question);
      addPanel(stats.panel!, ratings);
      if (round.week) stats.weeks![round.week] = (stats.weeks![round.week] ?? 0) + 1;
    }
    this.round = null;
    this.roundScorecards = 0;
    this.roundRatings = new Map();
  }

  private endCandidate(): void {
    const candidate = this.candidate;
    if (!candidate) return;
    const score = candidate.corrected_score;
    for (const jobRubric of this.candidateJobRubrics) {
      jobRubric.applicants += 1;
      if (score !== null && Number.isFinite(score)) {
        jobRubric.correctedScores += 1;
        jobRubric.correctedScoreSum += score;
        jobRubric.correctedScoreSumOfSquares += score * score;
      }
    }
    for (const key of this.candidateScored) this.statistics.get(key)!.scoredCandidates += 1;
    for (const [rubricId, hire] of this.candidateHire) {
      const lineages = this.lineagesOfRubric.get(rubricId) ?? [];
      const scores = new Float32Array(lineages.length).fill(NaN);
      for (const lineage of lineages) {
        const sum = hire.sums.get(lineage.index);
        if (sum) scores[lineage.position] = sum[0]! / sum[1]!;
      }
      this.hires.push({
        candidateId: candidate.candidate_id,
        rubricId,
        jobId: hire.jobId,
        correctedScore: score !== null && Number.isFinite(score) ? score : null,
        scores,
      });
    }
    this.candidate = null;
    this.candidateJobRubrics = new Set();
    this.candidateScored = new Set();
    this.candidateHire = new Map();
  }

  private hireOf(rubricId: string, jobId: string) {
    let hire = this.candidateHire.get(rubricId);
    if (!hire) this.candidateHire.set(rubricId, (hire = { jobId, sums: new Map() }));
    return hire;
  }

  private jobOf(jobId: string): number {
    let index = this.jobIndex.get(jobId);
    if (index === undefined) {
      index = this.jobs.length;
      this.jobs.push(jobId);
      this.jobIndex.set(jobId, index);
    }
    return index;
  }

  private key(job: number, lineage: number): number {
    return job * this.lineages.length + lineage;
  }

  private jobRubric(jobId: string, rubricId: string): JobRubricStatistics {
    const key = `${jobId}|${rubricId}`;
    let stats = this.jobRubrics.get(key);
    if (!stats) {
      stats = {
        jobId,
        rubricId,
        scorecards: 0,
        panels: 0,
        applicants: 0,
        correctedScores: 0,
        correctedScoreSum: 0,
        correctedScoreSumOfSquares: 0,
      };
      this.jobRubrics.set(key, stats);
    }
    return stats;
  }

  private lineageStatistics(job: number, lineageIndex: number): LineageStatistics {
    const key = this.key(job, lineageIndex);
    let stats = this.statistics.get(key);
    if (!stats) {
      const lineage = this.lineages[lineageIndex]!;
      const question = lineage.kind === 'question';
      stats = {
        jobId: this.jobs[job]!,
        rubricId: lineage.rubricId,
        lineageId: lineage.id,
        kind: lineage.kind,
        position: lineage.position,
        scoredCandidates: 0,
        asked: 0,
        notAsked: 0,
        distribution: [0, 0, 0, 0, 0],
        ratingSum: 0,
        itemRest: question ? emptyPairSums() : null,
        panel: question ? emptyPanelSums() : null,
        weeks: question ? {} : null,
      };
      this.statistics.set(key, stats);
    }
    return stats;
  }
}

function addToHire(hire: { sums: Map<number, number[]> }, lineage: number, value: number): void {
  const sum = hire.sums.get(lineage);
  if (sum) {
    sum[0]! += value;
    sum[1]! += 1;
  } else hire.sums.set(lineage, [value, 1]);
}
