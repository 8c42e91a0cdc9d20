import {
  AmendScorecard,
  Answer,
  evidenceMessage,
  isAnswered,
  needsEvidence,
  Recommendation,
  RoundAnswers,
  SaveAnswer,
  Scorecard,
  ScorecardAmendmentList,
  UpdateScorecard,
  ValidationIssue,
} from '@calibrate/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppException } from '../../common/errors/app-exception';
import {
  IdempotencyRequest,
  IdempotencyService,
  storedScope,
} from '../../common/idempotency/idempotency.service';
import { isUniqueViolation } from '../../database/postgres-errors';
import { preparedSql, Sql } from '../../database/sql';
import { AuditService } from '../audit/audit.service';
import { CalibrationService } from '../calibration/calibration.service';
import { InterviewsRepository } from '../interviews/interviews.repository';
import { LiveEventsPublisher } from '../live/live-events.publisher';
import { WebhookEventsPublisher } from '../webhooks/webhook-events.publisher';
import { toAmendment, toAnswer, toRoundAnswers, toScorecard } from './scorecards.mapper';
import { ScorecardRow, ScorecardsRepository } from './scorecards.repository';
import { emptySummary, ScoringRepository } from './scoring.repository';

const scorecardNotFound = () =>
  new AppException('NOT_FOUND', undefined, 'This scorecard does not exist.');

/**
 * Scorecards: one per interviewer per round. Answers are saved one at a time (the unit of
 * autosave), each with its own version so that two devices editing different questions never
 * collide; a stale write is refused (412), never applied over someone else's.
 */
@Injectable()
export class ScorecardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scorecards: ScorecardsRepository,
    private readonly scoring: ScoringRepository,
    private readonly rounds: InterviewsRepository,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly calibration: CalibrationService,
    private readonly live: LiveEventsPublisher,
    private readonly webhooks: WebhookEventsPublisher,
  ) {}

  private readonly logger = new Logger(ScorecardsService.name);

  async get(scorecardId: string, db: Sql = this.dataSource.manager): Promise<Scorecard> {
    const row = await this.scorecards.findScorecard(scorecardId, db);
    if (!row) throw scorecardNotFound();
    return this.load(row, db);
  }

  /**
   * A round's panel, question by question: the answers, recommendations and summaries of its
   * submitted scorecards. The caller has checked that the viewer may see the round; here the
   * independence rule: a panel member whose own scorecard is still a draft sees nothing (403).
   */
  async roundAnswers(
    roundId: string,
    viewerId: string,
    db: Sql = this.dataSource.manager,
  ): Promise<RoundAnswers> {
    const panel = await this.scorecards.findRoundPanel(db, roundId);
    if (panel.some((member) => member.interviewer_id === viewerId && member.status === 'draft')) {
      throw new AppException(
        'FORBIDDEN',
        undefined,
        'Submit your own scorecard first: the panel’s answers open once yours is in.',
      );
    }
    const rubricVersionId =
      panel[0]?.rubric_version_id ?? (await this.rounds.findRound(db, roundId))?.rubric_version_id;
    if (!rubricVersionId)
      throw new AppException('NOT_FOUND', undefined, 'This interview round does not exist.');
    const submitted = panel.filter((member) => member.status === 'submitted').map((m) => m.id);
    const rows = await this.scorecards.findPanelAnswers(db, rubricVersionId, submitted);
    return toRoundAnswers(roundId, rubricVersionId, panel, rows);
  }

  /** A scorecard's amendments, oldest first (the caller has checked the viewer may read it). */
  async amendments(
    scorecardId: string,
    db: Sql = this.dataSource.manager,
  ): Promise<ScorecardAmendmentList> {
    const events = await this.scorecards.findAmendmentEvents(db, scorecardId);
    return { items: events.map(toAmendment) };
  }

  /**
   * The common save in one statement (see `ScorecardsRepository.saveAnswerInOneStatement`):
   * the answer, or undefined when anything stands in the way; then `saveAnswer` decides.
   */
  async saveAnswerInOneStatement(
    scorecardId: string,
    questionId: string,
    answer: SaveAnswer,
    expected: number,
    idempotency: IdempotencyRequest,
    interviewerId: string,
  ): Promise<Answer | undefined> {
    const { key } = idempotency;
    if (key !== undefined && !this.idempotency.acceptsKey(key)) return undefined;
    try {
      const saved = await this.scorecards.saveAnswerInOneStatement(preparedSql(this.dataSource), {
        scorecardId,
        questionId,
        interviewerId,
        answer,
        expected,
        idempotency:
          key === undefined
            ? null
            : {
                scope: storedScope(idempotency),
                key,
                requestHash: this.idempotency.requestHash(idempotency.fingerprint),
              },
      });
      // The panel sees the count move; never waited for.
      if (saved) this.live.answerSaved(scorecardId);
      return saved;
    } catch (error) {
      if (isUniqueViolation(error, 'idempotency_keys_pkey')) return undefined;
      throw error;
    }
  }

  /**
   * When the one-statement save wrote nothing: says why, or replays the key's stored response.
   * It never writes an answer itself: once the scorecard is locked and nothing stands in the way
   * (a race that has passed: a key that appeared meanwhile, a submit that was rolled back), the
   * same one statement writes, inside this transaction, so there is one writer with one audit shape.
   */
  async saveAnswer(
    scorecardId: string,
    questionId: string,
    answer: SaveAnswer,
    expected: number,
    idempotency: IdempotencyRequest,
    interviewerId: string,
  ): Promise<Answer> {
    const saved = await this.dataSource.transaction((db) =>
      this.idempotency.run(db, idempotency, async () => {
        // Locking the scorecard orders this save against a concurrent submit.
        const scorecard = await this.lockEditable(db, scorecardId);
        const inVersion = await this.scorecards.questionsInVersion(
          db,
          scorecard.rubric_version_id,
          [questionId],
        );
        if (!inVersion.has(questionId)) {
          throw new AppException(
            'NOT_FOUND',
            undefined,
            'This question is not on this scorecard’s rubric.',
          );
        }
        const current = await this.scorecards.findAnswer(db, scorecardId, questionId);
        if ((current?.version ?? 0) !== expected) {
          throw new AppException('SCORECARD_VERSION_CONFLICT', {
            current: current ? toAnswer(current) : null,
          });
        }
        // The key (if any) is this transaction's own now: `idempotency.run` stores the response.
        const saved = await this.scorecards.saveAnswerInOneStatement(db, {
          scorecardId,
          questionId,
          interviewerId,
          answer,
          expected,
          idempotency: null,
        });
        if (!saved) throw new Error('The save was refused although nothing stood in its way.');
        return saved;
      }),
    );
    this.live.answerSaved(scorecardId);
    return saved;
  }

  update(
    scorecardId: string,
    patch: UpdateScorecard,
    expected: number,
    idempotency: IdempotencyRequest,
    actorId: string | null,
  ): Promise<Scorecard> {
    return this.dataSource.transaction((db) =>
      this.idempotency.run(db, idempotency, async () => {
        const before = await this.lockEditable(db, scorecardId);
        const next = {
          recommendation:
            patch.recommendation === undefined ? before.recommendation : patch.recommendation,
          summary: patch.summary ?? before.summary,
        };
        await this.changed(
          db,
          before,
          await this.scorecards.setRecommendationIfVersion(db, scorecardId, expected, next),
        );
        await this.audit.record(db, {
          actorId,
          action: 'scorecard.updated',
          entityType: 'scorecard',
          entityId: scorecardId,
          before: { recommendation: before.recommendation, summary: before.summary },
          after: next,
        });
        return this.get(scorecardId, db);
      }),
    );
  }

  /** Every question rated or marked not asked, every 1 or 5 evidenced by a note, a recommendation. */
  async submit(
    scorecardId: string,
    expected: number,
    idempotency: IdempotencyRequest,
    actorId: string | null,
  ): Promise<Scorecard> {
    const submitted = await this.dataSource.transaction((db) =>
      this.idempotency.run(db, idempotency, async () => {
        const scorecard = await this.lockEditable(db, scorecardId);
        if (scorecard.version !== expected) await this.conflict(db, scorecard);
        const problems = await this.scorecards.findSubmitProblems(db, scorecard);
        if (problems.length > 0) throw new AppException('SCORECARD_INCOMPLETE', problems);
        await this.changed(
          db,
          scorecard,
          await this.scorecards.submitIfVersion(db, scorecardId, expected),
        );
        await this.rounds.completeIfAllSubmitted(db, scorecard.round_id);
        await this.scoring.refreshCandidateScore(db, scorecard.candidate_id);
        await this.audit.record(db, {
          actorId,
          action: 'scorecard.submitted',
          entityType: 'scorecard',
          entityId: scorecardId,
          before: { status: 'draft' },
          after: { status: 'submitted' },
        });
        await this.live.scorecardChanged(db, 'scorecard.submitted', scorecardId);
        await this.webhooks.scorecardSubmitted(db, scorecardId);
        return this.get(scorecardId, db);
      }),
    );
    // After the commit, and never in the submitter's way: a refit runs in the background.
    this.calibration.afterSubmission().catch((error: unknown) => {
      this.logger.warn(`Calibration refit not started after a submission: ${String(error)}`);
    });
    return submitted;
  }

  /** An assigned interviewer who cannot score ("scheduling error") declines; the scorecard is then not owed. */
  decline(scorecardId: string, reason: string, actorId: string | null): Promise<Scorecard> {
    return this.dataSource.transaction(async (db) => {
      const scorecard = await this.lockEditable(db, scorecardId);
      await this.changed(
        db,
        scorecard,
        await this.scorecards.declineIfVersion(db, scorecardId, scorecard.version, reason),
      );
      await this.rounds.completeIfAllSubmitted(db, scorecard.round_id);
      await this.audit.record(db, {
        actorId,
        action: 'scorecard.declined',
        entityType: 'scorecard',
        entityId: scorecardId,
        before: { status: scorecard.status },
        after: { status: 'declined', reason },
      });
      await this.live.scorecardChanged(db, 'scorecard.declined', scorecardId);
      return this.get(scorecardId, db);
    });
  }

  /** Changes a submitted scorecard: explicit, with a reason, audited with before and after. */
  amend(
    scorecardId: string,
    amendment: AmendScorecard,
    expected: number,
    idempotency: IdempotencyRequest,
    actorId: string | null,
  ): Promise<Scorecard> {
    return this.dataSource.transaction((db) =>
      this.idempotency.run(db, idempotency, async () => {
        const scorecard = await this.scorecards.findScorecard(scorecardId, db, true);
        if (!scorecard) throw scorecardNotFound();
        if (scorecard.status !== 'submitted') throw new AppException('SCORECARD_NOT_SUBMITTED');
        if (scorecard.version !== expected) await this.conflict(db, scorecard);

        const questionIds = amendment.scores.map((score) => score.questionId);
        const inVersion = await this.scorecards.questionsInVersion(
          db,
          scorecard.rubric_version_id,
          questionIds,
        );
        const problems: ValidationIssue[] = [];
        amendment.scores.forEach((score, index) => {
          if (!inVersion.has(score.questionId)) {
            problems.push({
              path: ['scores', index, 'questionId'],
              code: 'unknown_question',
              message: 'This question is not on this scorecard’s rubric.',
            });
          }
          if (score.notAsked && score.rating !== null) {
            problems.push({
              path: ['scores', index, 'notAsked'],
              code: 'custom',
              message: 'A question marked not asked has no rating.',
            });
          }
          if (!isAnswered(score)) {
            problems.push({
              path: ['scores', index, 'rating'],
              code: 'required',
              message: 'A submitted scorecard keeps every question answered.',
            });
          }
        });
        if (problems.length > 0) throw new AppException('VALIDATION_FAILED', problems);
        const missingEvidence = amendment.scores.flatMap((score, index): ValidationIssue[] =>
          needsEvidence(score) && score.rating !== null
            ? [
                {
                  path: ['scores', index, 'note'],
                  code: 'evidence_required',
                  message: evidenceMessage(score.rating),
                },
              ]
            : [],
        );
        if (missingEvidence.length > 0)
          throw new AppException('SCORECARD_INCOMPLETE', missingEvidence);

        const before = (await this.scorecards.findAnswers([scorecardId], db)).filter((a) =>
          questionIds.includes(a.question_id),
        );
        for (const score of amendment.scores) {
          await this.scorecards.overwriteAnswer(db, scorecardId, score.questionId, score);
        }
        // Bumps the scorecard's version: an amendment is a change like any other.
        const fields = amendedFields(scorecard, amendment);
        await this.changed(
          db,
          scorecard,
          fields
            ? await this.scorecards.setRecommendationIfVersion(db, scorecardId, expected, {
                recommendation: fields.after.recommendation ?? scorecard.recommendation,
                summary: fields.after.summary ?? scorecard.summary,
              })
            : await this.scorecards.bumpVersionIfVersion(db, scorecardId, expected),
        );
        await this.scoring.refreshCandidateScore(db, scorecard.candidate_id);
        await this.audit.record(db, {
          actorId,
          action: 'scorecard.amended',
          entityType: 'scorecard',
          entityId: scorecardId,
          before: {
            answers: before.map((row) => ({
              questionId: row.question_id,
              ...answerFields(toAnswer(row)),
            })),
            ...fields?.before,
          },
          after: { reason: amendment.reason, answers: amendment.scores, ...fields?.after },
        });
        await this.webhooks.scorecardAmended(db, scorecardId, amendment.reason);
        return this.get(scorecardId, db);
      }),
    );
  }

  private async load(row: ScorecardRow, db: Sql): Promise<Scorecard> {
    const [answers, scores] = await Promise.all([
      this.scorecards.findAnswers([row.id], db),
      this.scoring.forScorecards([row.id], db),
    ]);
    return toScorecard(row, answers, scores.get(row.id) ?? emptySummary());
  }

  /** The scorecard, locked; refused once submitted or declined, or when its round did not happen. */
  private async lockEditable(db: Sql, scorecardId: string): Promise<ScorecardRow> {
    const scorecard = await this.scorecards.findScorecard(scorecardId, db, true);
    if (!scorecard) throw scorecardNotFound();
    if (scorecard.status === 'submitted') throw new AppException('SCORECARD_SUBMITTED');
    if (scorecard.status === 'declined') throw new AppException('SCORECARD_DECLINED');
    if (scorecard.round_status === 'cancelled' || scorecard.round_status === 'no_show') {
      throw new AppException('ROUND_NOT_ACTIVE', { roundStatus: scorecard.round_status });
    }
    return scorecard;
  }

  /** A version-guarded change that found the scorecard moved on is a conflict (412). */
  private async changed(db: Sql, scorecard: ScorecardRow, applied: boolean): Promise<void> {
    if (!applied) await this.conflict(db, scorecard);
  }

  private async conflict(db: Sql, scorecard: ScorecardRow): Promise<never> {
    const current = await this.load(scorecard, db);
    throw new AppException('SCORECARD_VERSION_CONFLICT', {
      current: {
        version: current.version,
        status: current.status,
        recommendation: current.recommendation,
        summary: current.summary,
      },
    });
  }
}

/** The recommendation and summary an amendment changes, before and after (only those it names). */
function amendedFields(
  scorecard: ScorecardRow,
  amendment: AmendScorecard,
):
  | {
      before: { recommendation?: Recommendation | null; summary?: string };
      after: { recommendation?: Recommendation; summary?: string };
    }
  | undefined {
  if (amendment.recommendation === undefined && amendment.summary === undefined) return undefined;
  const before: { recommendation?: Recommendation | null; summary?: string } = {};
  const after: { recommendation?: Recommendation; summary?: string } = {};
  if (amendment.recommendation !== undefined) {
    before.recommendation = scorecard.recommendation;
    after.recommendation = amendment.recommendation;
  }
  if (amendment.summary !== undefined) {
    before.summary = scorecard.summary;
    after.summary = amendment.summary;
  }
  return { before, after };
}

function answerFields(answer: Answer) {
  return {
    rating: answer.rating,
    notAsked: answer.notAsked,
    note: answer.note,
    version: answer.version,
  };
}
