import {
  CandidateStage,
  CandidateSummary,
  Comparison,
  ComparisonQuestion,
  ComparisonWarning,
  DISAGREEMENT_SPREAD,
  Recommendation,
  RecommendationCounts,
  RoundStatus,
  ScorecardStatus,
  ScoreSummary,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { preparedSql } from '../../database/sql';
import { AccessService, roundsWithOwnDraft } from '../access/access.service';
import { emptySummary, ScoringRepository, to100 } from '../scorecards/scoring.repository';

interface CandidateRow {
  id: string;
  name: string;
  stage: CandidateStage;
  job_id: string | null;
  score: number | null;
}

interface RoundRow {
  id: string;
  candidate_id: string;
  job_id: string;
  name: string;
  status: RoundStatus;
  scheduled_at: Date;
  rubric_version_id: string;
  rubric_name: string;
  rubric_version: number;
}

interface ScorecardRow {
  id: string;
  round_id: string;
  interviewer_id: string;
  interviewer_name: string;
  status: ScorecardStatus;
  recommendation: Recommendation | null;
}

const noRecommendations = (): RecommendationCounts => ({
  strong_no: 0,
  no: 0,
  yes: 0,
  strong_yes: 0,
});

/**
 * Read models over scores: a candidate's summary and a job's side-by-side comparison. Only
 * submitted scorecards count or show; drafts appear as a status, never with scores. A fixed
 * number of queries whatever the number of candidates, rounds or interviewers.
 */
@Injectable()
export class ScoreReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scoring: ScoringRepository,
    private readonly access: AccessService,
  ) {}

  async candidateSummary(candidateId: string, viewer: SessionUser): Promise<CandidateSummary> {
    const summaries = await this.restrict(viewer, await this.summaries([candidateId], null));
    const summary = summaries.get(candidateId);
    if (!summary) throw new AppException('NOT_FOUND', undefined, 'This candidate does not exist.');
    return summary;
  }

  /**
   * 2–8 candidates of a job side by side. The caller manages the job (the controller checked it),
   * so every round of the job is theirs to see: only their own drafts hide a panel's results.
   */
  async comparison(
    job: { id: string; title: string },
    candidateIds: string[],
    viewer: SessionUser,
  ): Promise<Comparison> {
    const panels = await this.panels(candidateIds, job.id);
    // The ratings behind the scores load beside the scores: both need only the rounds.
    const ownDrafts = new Set(
      panels.scorecards
        .filter((card) => card.interviewer_id === viewer.id && card.status === 'draft')
        .map((card) => card.round_id),
    );
    const [summaries, ratingRows] = await Promise.all([
      this.scoreSummaries(panels, job.id).then((scored) => this.restrict(viewer, scored, true)),
      this.questionRatingRows(
        panels.rounds.filter((round) => !ownDrafts.has(round.id)).map((round) => round.id),
      ),
    ]);
    const problems = candidateIds.flatMap((id, index) =>
      summaries.get(id)?.jobId === job.id
        ? []
        : [
            {
              path: ['candidateIds', index],
              code: 'not_in_job',
              message: 'This candidate has not applied to this job.',
            },
          ],
    );
    if (problems.length > 0) throw new AppException('VALIDATION_FAILED', problems);

    const compared = candidateIds
      .map((id) => summaries.get(id))
      .filter((s): s is JobSummary => Boolean(s));
    const categories = [
      ...new Set(compared.flatMap((s) => s.overall.categories.map((c) => c.name))),
    ];
    return {
      jobId: job.id,
      jobTitle: job.title,
      categories,
      candidates: compared.map((s) => ({
        candidateId: s.candidateId,
        name: s.candidateName,
        stage: s.stage,
        overall: s.overall,
        rounds: s.rounds.map((round) => ({
          roundId: round.roundId,
          name: round.name,
          rubricVersionId: round.rubricVersionId,
          rubricVersion: round.rubricVersion,
          weightedScore100: round.scores.weightedScore100,
        })),
      })),
      warnings: comparisonWarnings(compared),
      questions: groupQuestionRatings(ratingRows, candidateIds, categories),
    };
  }

  /**
   * The submitted ratings of these rounds, question by question. The caller passes only rounds
   * whose results the viewer may see, so independence holds here too.
   */
  private async questionRatingRows(roundIds: string[]): Promise<QuestionRatingRow[]> {
    if (roundIds.length === 0) return [];
    const { rows } = await preparedSql(this.dataSource).query({
      name: 'score_reports.question_ratings',
      text: `SELECT r.candidate_id, r.id AS round_id, r.name AS round_name, u.name AS interviewer_name,
                    cat.name AS category, q.text, cat.position AS category_position, q.position AS question_position,
                    a.rating, a.note
               FROM scorecards s
               JOIN interview_rounds r ON r.id = s.round_id
               JOIN users u ON u.id = s.interviewer_id
               JOIN scorecard_answers a ON a.scorecard_id = s.id
               JOIN rubric_questions q ON q.id = a.question_id
               JOIN rubric_categories cat ON cat.id = q.category_id
              WHERE s.round_id = ANY($1::uuid[]) AND s.status = 'submitted'
                AND (a.rating IS NOT NULL OR a.not_asked)
              ORDER BY cat.position, q.position, r.scheduled_at, u.name`,
      values: [roundIds],
    });
    return rows as QuestionRatingRow[];
  }

  /** Each candidate's overall figures over all their rounds, as this viewer may see them. */
  async overallScores(
    candidateIds: string[],
    viewer: SessionUser,
  ): Promise<Map<string, CandidateSummary['overall']>> {
    const summaries = await this.restrict(viewer, await this.summaries(candidateIds, null));
    return new Map([...summaries].map(([id, summary]) => [id, summary.overall]));
  }

  /**
   * What this viewer may see of the summaries: only rounds they may see, and on a round where
   * their own scorecard is still a draft, nothing of the panel's results (independence). The
   * overall figures are then recomputed from what is left, so the stored score cannot leak.
   */
  private async restrict(
    viewer: SessionUser,
    summaries: Map<string, JobSummary>,
    everyRoundVisible = false,
  ): Promise<Map<string, JobSummary>> {
    const roundIds = [...summaries.values()].flatMap((summary) =>
      summary.rounds.map((round) => round.roundId),
    );
    const visible = everyRoundVisible
      ? new Set(roundIds)
      : await this.access.visibleRoundIds(viewer, roundIds);
    const ownDrafts = roundsWithOwnDraft(
      viewer,
      [...summaries.values()].flatMap((summary) => summary.rounds),
    );
    if (visible.size === roundIds.length && ownDrafts.size === 0) return summaries;
    for (const summary of summaries.values()) {
      summary.rounds = summary.rounds
        .filter((round) => visible.has(round.roundId))
        .map((round) =>
          ownDrafts.has(round.roundId)
            ? {
                ...round,
                scores: emptySummary(),
                interviewers: round.interviewers.map((i) => ({
                  ...i,
                  recommendation: null,
                  weightedScore100: null,
                })),
                recommendations: noRecommendations(),
              }
            : round,
        );
      summary.overall = overallOf(summary.rounds);
    }
    return summaries;
  }

  /** Summaries of many candidates (their rounds of `jobId` only, when given). */
  private async summaries(
    candidateIds: string[],
    jobId: string | null,
  ): Promise<Map<string, JobSummary>> {
    return this.scoreSummaries(await this.panels(candidateIds, jobId), jobId);
  }

  /** Candidates, their rounds (of `jobId` only, when given) and each round's panel. */
  private async panels(candidateIds: string[], jobId: string | null): Promise<Panels> {
    // One named statement for candidates, their rounds and each round's panel (a row per
    // scorecard): summaries and comparisons are read often, and round trips cost more here than
    // the lookups themselves.
    const { rows } = await preparedSql(this.dataSource).query({
      name: 'score_reports.candidates_rounds_panels',
      text: `SELECT c.id AS candidate_id, c.name AS candidate_name, c.stage, c.job_id AS candidate_job_id,
                    c.score::float8 AS score,
                    r.id AS round_id, r.job_id AS round_job_id, r.name AS round_name, r.status AS round_status,
                    r.scheduled_at, r.rubric_version_id, rb.name AS rubric_name, v.version AS rubric_version,
                    s.id AS scorecard_id, s.interviewer_id, u.name AS interviewer_name,
                    s.status AS scorecard_status, s.recommendation
               FROM candidates c
               LEFT JOIN interview_rounds r ON r.candidate_id = c.id AND ($2::uuid IS NULL OR r.job_id = $2::uuid)
               LEFT JOIN rubric_versions v ON v.id = r.rubric_version_id
               LEFT JOIN rubrics rb ON rb.id = v.rubric_id
               LEFT JOIN scorecards s ON s.round_id = r.id
               LEFT JOIN users u ON u.id = s.interviewer_id
              WHERE c.id = ANY($1::uuid[])
              ORDER BY r.scheduled_at, r.id, u.name, s.id`,
      values: [candidateIds, jobId],
    });
    return splitRows(rows as CandidateRoundPanelRow[]);
  }

  private async scoreSummaries(
    { candidates, rounds, scorecards }: Panels,
    jobId: string | null,
  ): Promise<Map<string, JobSummary>> {
    const roundIds = rounds.map((round) => round.id);
    const submitted = scorecards.filter((scorecard) => scorecard.status === 'submitted');
    const { rounds: roundScores, scorecards: scorecardScores } =
      await this.scoring.forRoundsAndScorecards(
        roundIds,
        submitted.map((scorecard) => scorecard.id),
      );

    const result = new Map<string, JobSummary>();
    for (const candidate of candidates) {
      const own = rounds.filter((round) => round.candidate_id === candidate.id);
      const roundSummaries = own.map((round) => {
        const panel = scorecards.filter((scorecard) => scorecard.round_id === round.id);
        return {
          roundId: round.id,
          jobId: round.job_id,
          name: round.name,
          status: round.status,
          scheduledAt: round.scheduled_at.toISOString(),
          rubricVersionId: round.rubric_version_id,
          rubricName: round.rubric_name,
          rubricVersion: round.rubric_version,
          scores: roundScores.get(round.id) ?? emptySummary(),
          interviewers: panel.map((scorecard) => {
            const isSubmitted = scorecard.status === 'submitted';
            return {
              scorecardId: scorecard.id,
              interviewerId: scorecard.interviewer_id,
              interviewerName: scorecard.interviewer_name,
              status: scorecard.status,
              recommendation: isSubmitted ? scorecard.recommendation : null,
              weightedScore100: isSubmitted
                ? (scorecardScores.get(scorecard.id)?.weightedScore100 ?? null)
                : null,
            };
          }),
          recommendations: countRecommendations(panel),
        };
      });
      const scored = roundSummaries.filter((round) => round.scores.weightedScore100 !== null);
      const ownSubmitted = submitted.filter((scorecard) =>
        own.some((round) => round.id === scorecard.round_id),
      );
      result.set(candidate.id, {
        candidateId: candidate.id,
        candidateName: candidate.name,
        stage: candidate.stage,
        jobId: candidate.job_id,
        overall: {
          // The stored score covers all of a candidate's rounds; for one job, the mean of its rounds.
          weightedScore100:
            jobId === null
              ? candidate.score
              : mean(scored.map((round) => round.scores.weightedScore100 ?? 0)),
          scoredRounds: scored.length,
          interviewers: new Set(ownSubmitted.map((scorecard) => scorecard.interviewer_id)).size,
          recommendations: countRecommendations(ownSubmitted),
          categories: categoryMeans(roundSummaries.map((round) => round.scores)),
        },
        rounds: roundSummaries,
      });
    }
    return result;
  }
}

interface CandidateRoundPanelRow {
  candidate_id: string;
  candidate_name: string;
  stage: CandidateStage;
  candidate_job_id: string | null;
  score: number | null;
  round_id: string | null;
  round_job_id: string;
  round_name: string;
  round_status: RoundStatus;
  scheduled_at: Date;
  rubric_version_id: string;
  rubric_name: string;
  rubric_version: number;
  scorecard_id: string | null;
  interviewer_id: string;
  interviewer_name: string;
  scorecard_status: ScorecardStatus;
  recommendation: Recommendation | null;
}

interface Panels {
  candidates: CandidateRow[];
  rounds: RoundRow[];
  scorecards: ScorecardRow[];
}

/** The joined rows apart again: each candidate, round and scorecard once, in the rows' order. */
function splitRows(rows: CandidateRoundPanelRow[]): Panels {
  const candidates = new Map<string, CandidateRow>();
  const rounds = new Map<string, RoundRow>();
  const scorecards: ScorecardRow[] = [];
  for (const row of rows) {
    if (!candidates.has(row.candidate_id)) {
      candidates.set(row.candidate_id, {
        id: row.candidate_id,
        name: row.candidate_name,
        stage: row.stage,
        job_id: row.candidate_job_id,
        score: row.score,
      });
    }
    if (row.round_id && !rounds.has(row.round_id)) {
      rounds.set(row.round_id, {
        id: row.round_id,
        candidate_id: row.candidate_id,
        job_id: row.round_job_id,
        name: row.round_name,
        status: row.round_status,
        scheduled_at: row.scheduled_at,
        rubric_version_id: row.rubric_version_id,
        rubric_name: row.rubric_name,
        rubric_version: row.rubric_version,
      });
    }
    if (row.round_id && row.scorecard_id) {
      scorecards.push({
        id: row.scorecard_id,
        round_id: row.round_id,
        interviewer_id: row.interviewer_id,
        interviewer_name: row.interviewer_name,
        status: row.scorecard_status,
        recommendation: row.recommendation,
      });
    }
  }
  return { candidates: [...candidates.values()], rounds: [...rounds.values()], scorecards };
}

type JobSummary = CandidateSummary & { jobId: string | null };

function countRecommendations(scorecards: ScorecardRow[]): RecommendationCounts {
  const counts = noRecommendations();
  for (const scorecard of scorecards) {
    if (scorecard.status === 'submitted' && scorecard.recommendation)
      counts[scorecard.recommendation] += 1;
  }
  return counts;
}

/** The overall figures of a restricted set of rounds: the same definitions, over what is visible. */
function overallOf(rounds: CandidateSummary['rounds']): CandidateSummary['overall'] {
  const scored = rounds.filter((round) => round.scores.weightedScore100 !== null);
  const byCategory = new Map<string, number[]>();
  for (const round of scored) {
    for (const category of round.scores.categories) {
      if (category.score !== null)
        byCategory.set(category.name, [...(byCategory.get(category.name) ?? []), category.score]);
    }
  }
  const recommendations = noRecommendations();
  const interviewers = new Set<string>();
  for (const round of rounds) {
    for (const key of Object.keys(recommendations) as (keyof RecommendationCounts)[])
      recommendations[key] += round.recommendations[key];
    for (const result of round.interviewers)
      if (result.recommendation) interviewers.add(result.interviewerId);
  }
  return {
    weightedScore100: mean(scored.map((round) => round.scores.weightedScore100 ?? 0)),
    scoredRounds: scored.length,
    interviewers: interviewers.size,
    recommendations,
    categories: [...byCategory].map(([name, scores]) => {
      const score = mean(scores);
      return { name, score, score100: to100(score) };
    }),
  };
}

/**
 * Per category name, the mean of the rounds' category scores (categories of different rubrics
 * meet by name; a round without a score for it does not count), in rubric order.
 */
function categoryMeans(rounds: ScoreSummary[]): CandidateSummary['overall']['categories'] {
  const byName = new Map<string, { position: number; scores: number[] }>();
  for (const round of rounds) {
    round.categories.forEach((category, position) => {
      const entry = byName.get(category.name) ?? { position, scores: [] };
      entry.position = Math.min(entry.position, position);
      if (category.score !== null) entry.scores.push(category.score);
      byName.set(category.name, entry);
    });
  }
  return [...byName]
    .sort(([a, x], [b, y]) => x.position - y.position || (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, { scores }]) => {
      const score = mean(scores);
      return { name, score, score100: to100(score) };
    });
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Where a side-by-side reading could mislead: different rubric versions, one lone interviewer, no scores. */
export function comparisonWarnings(summaries: CandidateSummary[]): ComparisonWarning[] {
  const warnings: ComparisonWarning[] = [];
  const versionsByRound = new Map<string, Map<string, string[]>>();
  for (const summary of summaries) {
    for (const round of summary.rounds) {
      if (round.scores.weightedScore100 === null) continue;
      const versions = versionsByRound.get(round.name) ?? new Map<string, string[]>();
      versions.set(round.rubricVersionId, [
        ...(versions.get(round.rubricVersionId) ?? []),
        summary.candidateId,
      ]);
      versionsByRound.set(round.name, versions);
    }
  }
  for (const [roundName, versions] of versionsByRound) {
    if (versions.size > 1) {
      warnings.push({
        code: 'different_rubric_versions',
        message: `“${roundName}” was scored with ${versions.size} different rubric versions: compare its categories with care.`,
        candidateIds: [...new Set([...versions.values()].flat())],
      });
    }
  }
  const single = summaries.filter((s) => s.overall.interviewers === 1).map((s) => s.candidateId);
  if (single.length > 0) {
    warnings.push({
      code: 'single_interviewer',
      message: 'Scored by a single interviewer: no panel to balance it.',
      candidateIds: single,
    });
  }
  const unscored = summaries.filter((s) => s.overall.scoredRounds === 0).map((s) => s.candidateId);
  if (unscored.length > 0) {
    warnings.push({
      code: 'not_scored',
      message: 'No submitted scorecard yet.',
      candidateIds: unscored,
    });
  }
  return warnings;
}

interface QuestionRatingRow {
  candidate_id: string;
  round_id: string;
  round_name: string;
  interviewer_name: string;
  category: string;
  text: string;
  category_position: number;
  question_position: number;
  rating: number | null;
  note: string;
}

/**
 * Rows of ratings grouped into questions (by category and text), each with a cell per compared
 * candidate: the ratings, their mean, and whether one round's panel disagreed by 2 or more.
 */
export function groupQuestionRatings(
  rows: QuestionRatingRow[],
  candidateIds: string[],
  categoryOrder: string[],
): ComparisonQuestion[] {
  const questions = new Map<
    string,
    { category: string; text: string; position: number; rows: QuestionRatingRow[] }
  >();
  for (const row of rows) {
    const key = `${row.category}\u0000${row.text}`;
    const question = questions.get(key) ?? {
      category: row.category,
      text: row.text,
      position: row.question_position,
      rows: [],
    };
    question.position = Math.min(question.position, row.question_position);
    question.rows.push(row);
    questions.set(key, question);
  }
  const categoryIndex = (name: string) => {
    const index = categoryOrder.indexOf(name);
    return index === -1 ? categoryOrder.length : index;
  };
  return [...questions.values()]
    .sort(
      (a, b) => categoryIndex(a.category) - categoryIndex(b.category) || a.position - b.position,
    )
    .map((question) => ({
      category: question.category,
      text: question.text,
      candidates: candidateIds.map((candidateId) => {
        const own = question.rows.filter((row) => row.candidate_id === candidateId);
        const asked = own.flatMap((row) => (row.rating === null ? [] : [row.rating]));
        const byRound = new Map<string, number[]>();
        for (const row of own) {
          if (row.rating !== null)
            byRound.set(row.round_id, [...(byRound.get(row.round_id) ?? []), row.rating]);
        }
        return {
          candidateId,
          mean: mean(asked),
          disagreement: [...byRound.values()].some(
            (ratings) => Math.max(...ratings) - Math.min(...ratings) >= DISAGREEMENT_SPREAD,
          ),
          ratings: own.map((row) => ({
            roundId: row.round_id,
            roundName: row.round_name,
            interviewerName: row.interviewer_name,
            rating: row.rating,
            note: row.note,
          })),
        };
      }),
    }));
}
