import {
  CandidateStage,
  KnockOut,
  Recommendation,
  RoundStatus,
  ScorecardStatus,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { preparedSql } from '../../database/sql';

export interface CandidateRow {
  id: string;
  name: string;
  stage: CandidateStage;
  job_id: string | null;
  score: number | null;
  knock_outs: KnockOut[];
}

export interface RoundRow {
  id: string;
  candidate_id: string;
  job_id: string;
  name: string;
  status: RoundStatus;
  scheduled_at: Date;
  rubric_version_id: string;
  /** The rubric (every version of it): the lineage a round group follows. */
  rubric_id: string;
  rubric_name: string;
  rubric_version: number;
  /** Stored at submission: the panel's recommendations or a question's ratings 2+ apart. */
  panel_split: boolean;
}

export interface PanelScorecardRow {
  id: string;
  round_id: string;
  interviewer_id: string;
  interviewer_name: string;
  status: ScorecardStatus;
  recommendation: Recommendation | null;
  /** From the latest calibration fit; null before any fit or when not comparable. */
  leniency: number | null;
  calibrated: boolean | null;
}

/** Candidates, their rounds and each round's panel: what summaries and comparisons start from. */
export interface Panels {
  candidates: CandidateRow[];
  rounds: RoundRow[];
  scorecards: PanelScorecardRow[];
}

/** A round of a job's interview plan, with its rubric. */
export interface PlanRoundRow {
  job_id: string;
  position: number;
  name: string;
  rubric_id: string;
  rubric_name: string;
}

export interface QuestionRatingRow {
  candidate_id: string;
  round_id: string;
  round_name: string;
  interviewer_name: string;
  category: string;
  text: string;
  question_position: number;
  rating: number | null;
  note: string;
}

interface CandidateRoundPanelRow {
  candidate_id: string;
  candidate_name: string;
  stage: CandidateStage;
  candidate_job_id: string | null;
  score: number | null;
  knock_outs: KnockOut[];
  round_id: string | null;
  round_job_id: string;
  round_name: string;
  round_status: RoundStatus;
  scheduled_at: Date;
  rubric_version_id: string;
  rubric_id: string;
  rubric_name: string;
  rubric_version: number;
  panel_split: boolean;
  scorecard_id: string | null;
  interviewer_id: string;
  interviewer_name: string;
  scorecard_status: ScorecardStatus;
  recommendation: Recommendation | null;
  leniency: number | null;
  calibrated: boolean | null;
}

/**
 * The reads behind candidate summaries and comparisons. Read-only and outside transactions:
 * named statements on the pool, parsed and planned once per connection.
 */
@Injectable()
export class ComparisonRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Candidates, their rounds (of `jobId` only, when given) and each round's panel. */
  async findPanels(candidateIds: string[], jobId: string | null): Promise<Panels> {
    // One named statement for candidates, their rounds and each round's panel (a row per
    // scorecard): summaries and comparisons are read often, and round trips cost more here than
    // the lookups themselves.
    const { rows } = await preparedSql(this.dataSource).query({
      name: 'comparison.candidates_rounds_panels',
      text: `SELECT c.id AS candidate_id, c.name AS candidate_name, c.stage, c.job_id AS candidate_job_id,
                    c.score::float8 AS score, c.knock_outs,
                    r.id AS round_id, r.job_id AS round_job_id, r.name AS round_name, r.status AS round_status,
                    r.scheduled_at, r.rubric_version_id, v.rubric_id, rb.name AS rubric_name, v.version AS rubric_version,
                    r.panel_split,
                    s.id AS scorecard_id, s.interviewer_id, u.name AS interviewer_name,
                    s.status AS scorecard_status, s.recommendation,
                    CASE WHEN ci.comparable THEN ci.leniency END AS leniency, ci.calibrated
               FROM candidates c
               LEFT JOIN interview_rounds r ON r.candidate_id = c.id AND ($2::uuid IS NULL OR r.job_id = $2::uuid)
               LEFT JOIN rubric_versions v ON v.id = r.rubric_version_id
               LEFT JOIN rubrics rb ON rb.id = v.rubric_id
               LEFT JOIN scorecards s ON s.round_id = r.id
               LEFT JOIN users u ON u.id = s.interviewer_id
               -- Each interviewer's leniency in the latest fit: one probe of its primary key.
               LEFT JOIN calibration_interviewers ci ON ci.interviewer_id = s.interviewer_id
                     AND ci.fit_id = (SELECT max(f.id) FROM calibration_fits f WHERE f.status = 'succeeded')
              WHERE c.id = ANY($1::uuid[])
              ORDER BY r.scheduled_at, r.id, u.name, s.id`,
      values: [candidateIds, jobId],
    });
    return splitPanelRows(rows as CandidateRoundPanelRow[]);
  }

  /** The interview plans of these jobs, in plan order: what round groups follow. */
  async findPlanRounds(jobIds: string[]): Promise<PlanRoundRow[]> {
    if (jobIds.length === 0) return [];
    const { rows } = await preparedSql(this.dataSource).query({
      name: 'comparison.plan_rounds',
      text: `SELECT p.job_id, p.position, p.name, p.rubric_id, rb.name AS rubric_name
               FROM job_plan_rounds p JOIN rubrics rb ON rb.id = p.rubric_id
              WHERE p.job_id = ANY($1::uuid[])
              ORDER BY p.job_id, p.position`,
      values: [jobIds],
    });
    return rows as PlanRoundRow[];
  }

  /**
   * The submitted ratings of these rounds, question by question. The caller passes only rounds
   * whose results the viewer may see, so independence holds here too.
   */
  async findQuestionRatings(
    rounds: Pick<RoundRow, 'id' | 'candidate_id' | 'name'>[],
  ): Promise<QuestionRatingRow[]> {
    if (rounds.length === 0) return [];
    // A comparison of 8 reads about a thousand of these rows, and parsing them was a good part of
    // its time in the API: each round's candidate and name come from the rounds already loaded
    // rather than once per row from the database.
    const { rows } = await preparedSql(this.dataSource).query({
      name: 'comparison.round_question_ratings',
      text: `SELECT s.round_id, u.name AS interviewer_name, cat.name AS category, q.text,
                    q.position AS question_position, a.rating, a.note
               FROM scorecards s
               JOIN interview_rounds r ON r.id = s.round_id
               JOIN users u ON u.id = s.interviewer_id
               JOIN scorecard_answers a ON a.scorecard_id = s.id
               JOIN rubric_questions q ON q.id = a.question_id
               JOIN rubric_categories cat ON cat.id = q.category_id
              WHERE s.round_id = ANY($1::uuid[]) AND s.status = 'submitted'
                AND (a.rating IS NOT NULL OR a.not_asked)
              ORDER BY cat.position, q.position, r.scheduled_at, u.name`,
      values: [rounds.map((round) => round.id)],
    });
    const byId = new Map(rounds.map((round) => [round.id, round]));
    const ratings = rows as QuestionRatingRow[];
    for (const rating of ratings) {
      const round = byId.get(rating.round_id);
      rating.candidate_id = round?.candidate_id ?? '';
      rating.round_name = round?.name ?? '';
    }
    return ratings;
  }
}

/** The joined rows apart again: each candidate, round and scorecard once, in the rows' order. */
export function splitPanelRows(rows: CandidateRoundPanelRow[]): Panels {
  const candidates = new Map<string, CandidateRow>();
  const rounds = new Map<string, RoundRow>();
  const scorecards: PanelScorecardRow[] = [];
  for (const row of rows) {
    if (!candidates.has(row.candidate_id)) {
      candidates.set(row.candidate_id, {
        id: row.candidate_id,
        name: row.candidate_name,
        stage: row.stage,
        job_id: row.candidate_job_id,
        score: row.score,
        knock_outs: row.knock_outs,
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
        rubric_id: row.rubric_id,
        rubric_name: row.rubric_name,
        rubric_version: row.rubric_version,
        panel_split: row.panel_split,
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
        leniency: row.leniency,
        calibrated: row.calibrated,
      });
    }
  }
  return { candidates: [...candidates.values()], rounds: [...rounds.values()], scorecards };
}
