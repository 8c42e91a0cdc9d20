import {
  Recommendation,
  RoundStatus,
  SaveAnswer,
  ScorecardStatus,
  ValidationIssue,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { queryOne, queryRows, Sql } from '../../database/sql';

export interface ScorecardRow {
  id: string;
  round_id: string;
  round_status: RoundStatus;
  candidate_id: string;
  rubric_version_id: string;
  interviewer_id: string;
  interviewer_name: string;
  status: ScorecardStatus;
  recommendation: Recommendation | null;
  summary: string;
  declined_reason: string | null;
  submitted_at: Date | null;
  version: number;
}

export interface AnswerRow {
  scorecard_id: string;
  question_id: string;
  rating: number | null;
  not_asked: boolean;
  note: string;
  version: number;
  updated_at: Date;
}

const answerColumns = 'scorecard_id, question_id, rating, not_asked, note, version, updated_at';

@Injectable()
export class ScorecardsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findScorecard(
    id: string,
    db: Sql = this.dataSource.manager,
    forUpdate = false,
  ): Promise<ScorecardRow | undefined> {
    return queryOne(
      db,
      `SELECT s.id, s.round_id, r.status AS round_status, r.candidate_id, r.rubric_version_id, s.interviewer_id,
              u.name AS interviewer_name, s.status, s.recommendation, s.summary, s.declined_reason, s.submitted_at, s.version
         FROM scorecards s
         JOIN interview_rounds r ON r.id = s.round_id
         JOIN users u ON u.id = s.interviewer_id
        WHERE s.id = $1 ${forUpdate ? 'FOR UPDATE OF s' : ''}`,
      [id],
    );
  }

  findAnswers(scorecardIds: string[], db: Sql = this.dataSource.manager): Promise<AnswerRow[]> {
    return db.query(
      `SELECT a.${answerColumns.split(', ').join(', a.')}
         FROM scorecard_answers a JOIN rubric_questions q ON q.id = a.question_id
        WHERE a.scorecard_id = ANY($1::uuid[]) ORDER BY a.scorecard_id, q.position`,
      [scorecardIds],
    );
  }

  findAnswer(db: Sql, scorecardId: string, questionId: string): Promise<AnswerRow | undefined> {
    return queryOne(
      db,
      `SELECT ${answerColumns} FROM scorecard_answers WHERE scorecard_id = $1 AND question_id = $2`,
      [scorecardId, questionId],
    );
  }

  /** Which of these questions belong to a rubric version. */
  async questionsInVersion(
    db: Sql,
    versionId: string,
    questionIds: string[],
  ): Promise<Set<string>> {
    const rows = (await db.query(
      `SELECT id FROM rubric_questions WHERE rubric_version_id = $1 AND id = ANY($2::uuid[])`,
      [versionId, questionIds],
    )) as { id: string }[];
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Saves an answer only if it is still at `expected` (0: never saved). Returns the saved row, or
   * undefined when someone else saved first: the caller answers 412 with the current answer.
   */
  async saveAnswerIfVersion(
    db: Sql,
    scorecardId: string,
    questionId: string,
    answer: SaveAnswer,
    expected: number,
  ): Promise<AnswerRow | undefined> {
    if (expected === 0) {
      return queryOne(
        db,
        `INSERT INTO scorecard_answers (scorecard_id, question_id, rating, not_asked, note)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING ${answerColumns}`,
        [scorecardId, questionId, answer.rating, answer.notAsked, answer.note],
      );
    }
    return queryOne(
      db,
      `UPDATE scorecard_answers SET rating = $3, not_asked = $4, note = $5, version = version + 1, updated_at = now()
        WHERE scorecard_id = $1 AND question_id = $2 AND version = $6 RETURNING ${answerColumns}`,
      [scorecardId, questionId, answer.rating, answer.notAsked, answer.note, expected],
    );
  }

  /** Writes an answer whatever its version (amendments, which are checked on the scorecard's version). */
  async overwriteAnswer(
    db: Sql,
    scorecardId: string,
    questionId: string,
    answer: SaveAnswer,
  ): Promise<void> {
    await db.query(
      `INSERT INTO scorecard_answers (scorecard_id, question_id, rating, not_asked, note)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (scorecard_id, question_id) DO UPDATE
          SET rating = excluded.rating, not_asked = excluded.not_asked, note = excluded.note,
              version = scorecard_answers.version + 1, updated_at = now()`,
      [scorecardId, questionId, answer.rating, answer.notAsked, answer.note],
    );
  }

  /** Applies `set` (SQL assignments) only at the expected version; false when it moved on. */
  async updateIfVersion(
    db: Sql,
    id: string,
    expected: number,
    set: string,
    params: unknown[],
  ): Promise<boolean> {
    const rows = await queryRows(
      db,
      `UPDATE scorecards SET ${set}, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 RETURNING id`,
      [id, expected, ...params],
    );
    return rows.length === 1;
  }

  /** What stops a scorecard from being submitted: unanswered questions, extremes without a note. */
  async findSubmitProblems(db: Sql, scorecard: ScorecardRow): Promise<ValidationIssue[]> {
    const rows = (await db.query(
      `SELECT q.id, q.text, a.rating, a.not_asked, a.note
         FROM rubric_questions q
         LEFT JOIN scorecard_answers a ON a.question_id = q.id AND a.scorecard_id = $1
        WHERE q.rubric_version_id = $2
          AND (a.question_id IS NULL OR (a.rating IS NULL AND NOT a.not_asked)
               OR (a.rating IN (1, 5) AND btrim(a.note) = ''))
        ORDER BY q.position`,
      [scorecard.id, scorecard.rubric_version_id],
    )) as { id: string; text: string; rating: number | null }[];
    const problems: ValidationIssue[] = rows.map((row) =>
      row.rating === null
        ? {
            path: ['answers', row.id],
            code: 'unanswered',
            message: `Rate or mark not asked: “${row.text}”`,
          }
        : {
            path: ['answers', row.id, 'note'],
            code: 'evidence_required',
            message: `A rating of ${row.rating} needs a note saying what the candidate said or did: “${row.text}”`,
          },
    );
    if (!scorecard.recommendation) {
      problems.push({
        path: ['recommendation'],
        code: 'required',
        message: 'Choose a recommendation.',
      });
    }
    return problems;
  }
}
