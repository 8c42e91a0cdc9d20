import {
  CandidateStage,
  CandidateSummary,
  Comparison,
  ComparisonWarning,
  Recommendation,
  RecommendationCounts,
  RoundStatus,
  ScorecardStatus,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { AccessService } from '../access/access.service';
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

  async comparison(
    jobId: string,
    candidateIds: string[],
    viewer: SessionUser,
  ): Promise<Comparison> {
    const [job] = (await this.dataSource.query(`SELECT id, title FROM jobs WHERE id = $1`, [
      jobId,
    ])) as { id: string; title: string }[];
    if (!job) throw new AppException('NOT_FOUND', undefined, 'This job does not exist.');
    const summaries = await this.restrict(viewer, await this.summaries(candidateIds, jobId));
    const problems = candidateIds.flatMap((id, index) =>
      summaries.get(id)?.jobId === jobId
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
      jobId,
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
    };
  }

  /**
   * What this viewer may see of the summaries: only rounds they may see, and on a round where
   * their own scorecard is still a draft, nothing of the panel's results (independence). The
   * overall figures are then recomputed from what is left, so the stored score cannot leak.
   */
  private async restrict(
    viewer: SessionUser,
    summaries: Map<string, JobSummary>,
  ): Promise<Map<string, JobSummary>> {
    const roundIds = [...summaries.values()].flatMap((summary) =>
      summary.rounds.map((round) => round.roundId),
    );
    const [visible, ownDrafts] = await Promise.all([
      this.access.visibleRoundIds(viewer, roundIds),
      this.access.roundsWithOwnDraft(viewer, roundIds),
    ]);
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
    const candidates = (await this.dataSource.query(
      `SELECT id, name, stage, job_id, score::float8 AS score FROM candidates WHERE id = ANY($1::uuid[])`,
      [candidateIds],
    )) as CandidateRow[];
    const rounds = (await this.dataSource.query(
      `SELECT r.id, r.candidate_id, r.job_id, r.name, r.status, r.scheduled_at, r.rubric_version_id,
              rb.name AS rubric_name, v.version AS rubric_version
         FROM interview_rounds r
         JOIN rubric_versions v ON v.id = r.rubric_version_id
         JOIN rubrics rb ON rb.id = v.rubric_id
        WHERE r.candidate_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR r.job_id = $2::uuid)
        ORDER BY r.scheduled_at, r.id`,
      [candidateIds, jobId],
    )) as RoundRow[];
    const roundIds = rounds.map((round) => round.id);
    const scorecards = (await this.dataSource.query(
      `SELECT s.id, s.round_id, s.interviewer_id, u.name AS interviewer_name, s.status, s.recommendation
         FROM scorecards s JOIN users u ON u.id = s.interviewer_id
        WHERE s.round_id = ANY($1::uuid[]) ORDER BY u.name, s.id`,
      [roundIds],
    )) as ScorecardRow[];
    const submitted = scorecards.filter((scorecard) => scorecard.status === 'submitted');
    const [roundScores, scorecardScores, categoryMeans] = await Promise.all([
      this.scoring.forRounds(roundIds),
      this.scoring.forScorecards(submitted.map((scorecard) => scorecard.id)),
      this.scoring.categoryMeansForCandidates(candidateIds, jobId),
    ]);

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
          categories: categoryMeans
            .filter((row) => row.candidate_id === candidate.id)
            .map((row) => ({ name: row.name, score: row.score, score100: to100(row.score) })),
        },
        rounds: roundSummaries,
      });
    }
    return result;
  }
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
