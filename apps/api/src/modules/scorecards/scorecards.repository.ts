import {
  Answer,
  EVIDENCE_RATINGS,
  Recommendation,
  RoundStatus,
  SaveAnswer,
  ScorecardStatus,
  ValidationIssue,
} from '@calibrate/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { PreparedSql, queryOne, queryRows, Sql } from '../../database/sql';

/**
 * A note with nothing but whitespace, as JavaScript's `trim()` (contracts' `needsEvidence`)
 * sees it: PostgreSQL's \s alone misses the no-break and other Unicode spaces.
 */
const BLANK_NOTE_PATTERN = String.raw`'^[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*$'`;

const isPrepared = (db: PreparedSql | Sql): db is PreparedSql => !('transaction' in db);

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

/** A round's panel: every scorecard on it, whatever its status (the service decides what shows). */
export interface PanelMemberRow {
  id: string;
  rubric_version_id: string;
  interviewer_id: string;
  interviewer_name: string;
  status: ScorecardStatus;
  recommendation: Recommendation | null;
  summary: string;
  submitted_at: Date | null;
}

/** A question of a round's rubric version with one submitted answer (null: no answer, a row per question still). */
export interface PanelAnswerRow {
  category_id: string;
  category_name: string;
  question_id: string;
  text: string;
  scorecard_id: string | null;
  rating: number | null;
  not_asked: boolean | null;
  note: string | null;
}

/** An amendment's audit event: `before` and `after` as the service wrote them. */
export interface AmendmentEventRow {
  id: string;
  created_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  before: unknown;
  after: unknown;
}

const answerColumns = 'scorecard_id, question_id, rating, not_asked, note, version, updated_at';

@Injectable()
export class ScorecardsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findScorecard(id: string, db: Sql, forUpdate = false): Promise<ScorecardRow | undefined> {
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

  findAnswers(scorecardIds: string[], db: Sql): Promise<AnswerRow[]> {
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
   * The whole save in one statement, for the common case: the caller owns this draft scorecard of
   * an active round, the question is on its rubric version, the answer is at `expected`, and the
   * idempotency key (if any) is new. Then it locks the scorecard (ordering the save against a
   * submit), writes the answer, the audit row and the key with its stored response, atomically,
   * and returns the answer as the API sends it. Otherwise it changes nothing and returns
   * undefined; the caller then diagnoses what is wrong (or replays the key’s response). Two round
   * trips per save instead of eleven, and a named statement, parsed and planned once per
   * connection instead of on every save: see README, Performance.
   *
   * It is the only statement that writes an answer while drafting: the diagnosis runs it again,
   * inside its transaction (`db` then is the transaction, and the statement is sent unnamed).
   */
  async saveAnswerInOneStatement(
    db: PreparedSql | Sql,
    save: {
      scorecardId: string;
      questionId: string;
      interviewerId: string;
      answer: SaveAnswer;
      expected: number;
      idempotency: { scope: string; key: string; requestHash: string } | null;
    },
  ): Promise<Answer | undefined> {
    const statement = {
      name: 'scorecards.save_answer_in_one_statement',
      text: `WITH card AS (
         SELECT s.id FROM scorecards s JOIN interview_rounds r ON r.id = s.round_id
          WHERE s.id = $1 AND s.interviewer_id = $3 AND s.status = 'draft'
            AND r.status NOT IN ('cancelled', 'no_show')
            AND EXISTS (SELECT 1 FROM rubric_questions q WHERE q.id = $2 AND q.rubric_version_id = r.rubric_version_id)
            AND ($8::text IS NULL OR NOT EXISTS (SELECT 1 FROM idempotency_keys k WHERE k.scope = $9 AND k.key = $8))
            FOR UPDATE OF s),
       before AS (
         SELECT rating, not_asked, note, version FROM scorecard_answers WHERE scorecard_id = $1 AND question_id = $2),
       inserted AS (
         INSERT INTO scorecard_answers (scorecard_id, question_id, rating, not_asked, note)
         SELECT $1, $2, $4, $5, $6 FROM card WHERE $7::int = 0
         ON CONFLICT DO NOTHING RETURNING ${answerColumns}),
       updated AS (
         UPDATE scorecard_answers SET rating = $4, not_asked = $5, note = $6, version = version + 1, updated_at = now()
          WHERE scorecard_id = $1 AND question_id = $2 AND version = $7 AND $7::int > 0 AND EXISTS (SELECT 1 FROM card)
         RETURNING ${answerColumns}),
       saved AS (
         SELECT *, json_build_object(
                  'questionId', question_id, 'rating', rating, 'notAsked', not_asked, 'note', note, 'version', version,
                  'updatedAt', to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS answer
           FROM (SELECT * FROM inserted UNION ALL SELECT * FROM updated) AS written),
       audited AS (
         INSERT INTO audit_events (actor_id, action, entity_type, entity_id, before, after)
         SELECT $3, 'scorecard.answer_saved', 'scorecard', $1,
                (SELECT jsonb_build_object('questionId', $2::uuid, 'rating', b.rating, 'notAsked', b.not_asked,
                                           'note', b.note, 'version', b.version) FROM before b),
                jsonb_build_object('questionId', $2::uuid, 'rating', saved.rating, 'notAsked', saved.not_asked,
                                   'note', saved.note, 'version', saved.version)
           FROM saved),
       keyed AS (
         INSERT INTO idempotency_keys (scope, key, request_hash, status_code, response_body)
         -- No ON CONFLICT: a key that appeared meanwhile fails the statement, nothing is written,
         -- and the caller's step-by-step path replays it or reports its reuse.
         SELECT $9, $8, $10, 200, saved.answer FROM saved WHERE $8::text IS NOT NULL)
       SELECT answer FROM saved`,
      values: [
        save.scorecardId,
        save.questionId,
        save.interviewerId,
        save.answer.rating,
        save.answer.notAsked,
        save.answer.note,
        save.expected,
        save.idempotency?.key ?? null,
        save.idempotency?.scope ?? null,
        save.idempotency?.requestHash ?? null,
      ],
    };
    const rows = isPrepared(db)
      ? (await db.query(statement)).rows
      : await queryRows(db, statement.text, statement.values);
    return (rows[0] as { answer: Answer } | undefined)?.answer;
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

  /* Each change of a scorecard applies only at the version the writer saw (false when it moved
   * on) and bumps it. */

  setRecommendationIfVersion(
    db: Sql,
    id: string,
    expected: number,
    fields: { recommendation: Recommendation | null; summary: string },
  ): Promise<boolean> {
    return this.updateIfVersion(db, id, expected, 'recommendation = $3, summary = $4', [
      fields.recommendation,
      fields.summary,
    ]);
  }

  submitIfVersion(db: Sql, id: string, expected: number): Promise<boolean> {
    return this.updateIfVersion(db, id, expected, `status = 'submitted', submitted_at = now()`, []);
  }

  declineIfVersion(db: Sql, id: string, expected: number, reason: string): Promise<boolean> {
    return this.updateIfVersion(db, id, expected, `status = 'declined', declined_reason = $3`, [
      reason,
    ]);
  }

  /** An amendment changes answers, not the scorecard's fields: it still moves its version on. */
  bumpVersionIfVersion(db: Sql, id: string, expected: number): Promise<boolean> {
    return this.updateIfVersion(db, id, expected, 'status = status', []);
  }

  private async updateIfVersion(
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

  /** Every scorecard of a round with its interviewer, in a stable order (by name). */
  findRoundPanel(db: Sql, roundId: string): Promise<PanelMemberRow[]> {
    return queryRows(
      db,
      `SELECT s.id, r.rubric_version_id, s.interviewer_id, u.name AS interviewer_name, s.status,
              s.recommendation, s.summary, s.submitted_at
         FROM scorecards s
         JOIN interview_rounds r ON r.id = s.round_id
         JOIN users u ON u.id = s.interviewer_id
        WHERE s.round_id = $1
        ORDER BY u.name, s.id`,
      [roundId],
    );
  }

  /**
   * Each question of a rubric version, in rubric order, with the answers of these (submitted)
   * scorecards: one row per question and answer, one row with null answer columns for a question
   * nobody answered. One statement for the whole round.
   */
  findPanelAnswers(
    db: Sql,
    rubricVersionId: string,
    scorecardIds: string[],
  ): Promise<PanelAnswerRow[]> {
    return queryRows(
      db,
      `SELECT cat.id AS category_id, cat.name AS category_name, q.id AS question_id, q.text,
              a.scorecard_id, a.rating, a.not_asked, a.note
         FROM rubric_questions q
         JOIN rubric_categories cat ON cat.id = q.category_id
         LEFT JOIN scorecard_answers a ON a.question_id = q.id AND a.scorecard_id = ANY($2::uuid[])
        WHERE q.rubric_version_id = $1
        ORDER BY cat.position, q.position, a.scorecard_id`,
      [rubricVersionId, scorecardIds],
    );
  }

  /** A scorecard's amendments, oldest first, with who made each (audit events, indexed by entity). */
  findAmendmentEvents(db: Sql, scorecardId: string): Promise<AmendmentEventRow[]> {
    return queryRows(
      db,
      `SELECT e.id::text AS id, e.created_at, e.actor_id, u.name AS actor_name, e.before, e.after
         FROM audit_events e
         LEFT JOIN users u ON u.id = e.actor_id
        WHERE e.entity_type = 'scorecard' AND e.entity_id = $1 AND e.action = 'scorecard.amended'
        ORDER BY e.id`,
      [scorecardId],
    );
  }

  /** What stops a scorecard from being submitted: unanswered questions, extremes without a note. */
  async findSubmitProblems(db: Sql, scorecard: ScorecardRow): Promise<ValidationIssue[]> {
    const rows = (await db.query(
      `SELECT q.id, q.text, a.rating, a.not_asked, a.note
         FROM rubric_questions q
         LEFT JOIN scorecard_answers a ON a.question_id = q.id AND a.scorecard_id = $1
        WHERE q.rubric_version_id = $2
          AND (a.question_id IS NULL OR (a.rating IS NULL AND NOT a.not_asked)
               OR (a.rating = ANY($3::int[]) AND a.note ~ ${BLANK_NOTE_PATTERN}))
        ORDER BY q.position`,
      // The evidence rule of contracts' `needsEvidence`, in SQL: pinned by scorecards.int-spec.
      [scorecard.id, scorecard.rubric_version_id, EVIDENCE_RATINGS],
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
