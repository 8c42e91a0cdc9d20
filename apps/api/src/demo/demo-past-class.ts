import { CandidateStage, Recommendation, RecordOutcomes } from '@calibrate/contracts';
import { EntityManager } from 'typeorm';

import { AuditRecord } from '../modules/audit/audit.repository';
import { createRandom } from '../modules/calibration/model/random';
import { auditStageMoves, insertDemoCandidate } from './demo-candidate-rows';
import { pastClassCandidates } from './demo-candidates';
import { FEEDBACK_HABITS } from './demo-data';
import { evidenceNote, scorecardSummary } from './demo-notes';

const HOUR = 60 * 60 * 1000;
/** The night-shift program's feedback pace relative to each interviewer's habit (DEMO_JOBS[0]). */
const NIGHT_SHIFT_PACE = 0.6;
const DAY = 24 * HOUR;

/** The share of the class hired: the best mock calls, as the floor hired them then. */
const HIRED_SHARE = 0.4;

/**
 * The mock-call question that measures nothing: the scripted greeting is taught in the first
 * week of nesting, so how well an applicant opens a call says little about the agent they become.
 * Its ratings follow the interviewer, not the applicant: the Validity page's "predicts nothing".
 */
const SCRIPTED_CATEGORY = 'Greeting and opening';

export interface PastClassSeat {
  id: string;
  email: string;
}

export interface PastClassContext {
  db: EntityManager;
  now: Date;
  jobId: string;
  program: string;
  mockCall: { versionId: string; questions: { id: string; category: string }[] };
  /** Who sat on the class's mock calls (the first on every panel, the others in turn). */
  panel: PastClassSeat[];
  recruiterId: string;
  managerId: string;
  leniencyOf: (email: string, at: Date) => number;
  audit: (at: Date, event: AuditRecord) => void;
}

/**
 * The night-shift program's summer intake class: 90 applicants four months ago, each scored on a
 * mock call by two interviewers, the best 40% hired (by their mean rating) and the rest turned
 * down, and for each hire what the floor recorded after nesting and at 30 and 90 days. Its own
 * random stream, so the rest of the demo stays as it was.
 */
export async function seedPastClass(
  ctx: PastClassContext,
): Promise<{ candidates: number; rounds: number; scorecards: number }> {
  const { db, now, audit } = ctx;
  const random = createRandom(20260615);
  const next = () => random.next();
  const people = pastClassCandidates(now);

  // Ratings first: who was hired depends on them.
  const applicants = people.map((person, index) => {
    const ability = 3.05 + 0.75 * random.normal();
    const at = slotOf(person.createdAt.getTime() + 3 * DAY + 2 * HOUR);
    const panel = [ctx.panel[0], ctx.panel[1 + (index % (ctx.panel.length - 1))]].filter(
      (seat): seat is PastClassSeat => seat !== undefined,
    );
    const cards = panel.map((seat) => {
      const leniency = ctx.leniencyOf(seat.email, at);
      const answers = ctx.mockCall.questions.map((question) => {
        const level =
          question.category === SCRIPTED_CATEGORY
            ? 3.7 + leniency + 0.9 * random.normal()
            : ability + leniency + 0.55 * random.normal();
        const rating = Math.max(1, Math.min(5, Math.round(level)));
        const note =
          rating === 1 || rating === 5 || next() < 0.35
            ? evidenceNote(next, question.category, rating, 'full')
            : '';
        return { questionId: question.id, rating, note };
      });
      const mean = answers.reduce((sum, a) => sum + a.rating, 0) / answers.length;
      // Each interviewer's own pace, quick on the night shift (as the rest of the demo).
      const habits = FEEDBACK_HABITS[seat.email];
      const delay =
        (habits?.medianHours ?? 2) *
        NIGHT_SHIFT_PACE *
        Math.exp(random.normal() * (habits?.spread ?? 1));
      return {
        seat,
        answers,
        mean,
        submittedAt: new Date(at.getTime() + Math.max(0.15, delay) * HOUR),
      };
    });
    const mean = cards.reduce((sum, card) => sum + card.mean, 0) / cards.length;
    return { person, ability, at, cards, mean };
  });
  const ranked = [...applicants].sort((a, b) => b.mean - a.mean);
  const hired = new Set(ranked.slice(0, Math.round(HIRED_SHARE * ranked.length)));

  let rounds = 0;
  let scorecards = 0;
  for (const applicant of applicants) {
    const { person, at } = applicant;
    const isHired = hired.has(applicant);
    const moves: { to: CandidateStage; at: Date; actor: string; reason: string | null }[] = [
      {
        to: 'screening',
        at: new Date(person.createdAt.getTime() + 20 * HOUR),
        actor: ctx.recruiterId,
        reason: null,
      },
      {
        to: 'interviewing',
        at: new Date(at.getTime() - DAY),
        actor: ctx.recruiterId,
        reason: null,
      },
      ...(isHired
        ? [
            {
              to: 'offer' as const,
              at: new Date(at.getTime() + 3 * DAY),
              actor: ctx.managerId,
              reason: null,
            },
            // The class started nesting together.
            {
              to: 'hired' as const,
              at: new Date(people[0]!.createdAt.getTime() + 38 * DAY),
              actor: ctx.recruiterId,
              reason: null,
            },
          ]
        : [
            {
              to: 'rejected' as const,
              at: new Date(at.getTime() + 2 * DAY),
              actor: ctx.managerId,
              reason: 'Below the bar on the mock call',
            },
          ]),
    ];
    const stage = moves[moves.length - 1]!.to;
    const stageRows = [
      {
        from_stage: null,
        to_stage: 'applied',
        reason: null,
        actor_id: ctx.recruiterId,
        at: person.createdAt,
      },
      ...moves.map((m, i) => ({
        from_stage: i === 0 ? 'applied' : moves[i - 1]?.to,
        to_stage: m.to,
        reason: m.reason,
        actor_id: m.actor,
        at: m.at,
      })),
    ];
    const fields = {
      name: person.name,
      email: person.email,
      phone: person.phone,
      jobId: ctx.jobId,
      source:
        ['job_board', 'referral', 'walk_in', 'social_media', 'career_site'][rounds % 5] ?? null,
      languages: [{ language: 'English', level: ['B2', 'C1', 'C1', 'C2'][rounds % 4] ?? 'C1' }],
      shiftAvailability: ['night', 'rotating'],
      typingWpm: 30 + Math.round(next() * 40),
      notes: '',
    };
    const candidateId = await insertDemoCandidate(db, fields, stage, person.createdAt, stageRows);
    audit(person.createdAt, {
      actorId: ctx.recruiterId,
      action: 'candidate.created',
      entityType: 'candidate',
      entityId: candidateId,
      after: fields,
    });
    auditStageMoves(audit, candidateId, stageRows);

    const bookedAt = new Date(at.getTime() - 2 * DAY);
    const [round] = (await db.query(
      `INSERT INTO interview_rounds (candidate_id, job_id, name, rubric_version_id, scheduled_at, status, created_at, updated_at)
       VALUES ($1, $2, 'Mock call', $3, $4, 'completed', $5, $6) RETURNING id`,
      [
        candidateId,
        ctx.jobId,
        ctx.mockCall.versionId,
        at,
        bookedAt,
        applicant.cards[0]?.submittedAt ?? at,
      ],
    )) as { id: string }[];
    const roundId = round?.id ?? '';
    rounds += 1;
    audit(bookedAt, {
      actorId: ctx.recruiterId,
      action: 'interview_round.scheduled',
      entityType: 'interview_round',
      entityId: roundId,
      after: {
        name: 'Mock call',
        scheduledAt: at.toISOString(),
        rubricVersionId: ctx.mockCall.versionId,
        interviewerIds: applicant.cards.map((card) => card.seat.id),
      },
    });
    const summaries = new Set<string>();
    for (const card of applicant.cards) {
      const recommendation: Recommendation =
        card.mean >= 4
          ? 'strong_yes'
          : card.mean >= 3.2
            ? 'yes'
            : card.mean >= 2.4
              ? 'no'
              : 'strong_no';
      const deciding = card.answers.find((a) => a.note && a.rating >= 4 === card.mean >= 3.2)?.note;
      // Two interviewers on one call write their own summaries, never the same words.
      let summary = scorecardSummary(next, recommendation, ctx.program, deciding);
      for (let attempt = 0; summaries.has(summary) && attempt < 20; attempt++)
        summary = scorecardSummary(next, recommendation, ctx.program, deciding);
      summaries.add(summary);
      const [scorecard] = (await db.query(
        `WITH s AS (
           INSERT INTO scorecards (round_id, interviewer_id, status, recommendation, summary, submitted_at, version, created_at, updated_at)
           VALUES ($1, $2, 'submitted', $3, $4, $5, 3, $6, $5) RETURNING id),
         answers AS (
           INSERT INTO scorecard_answers (scorecard_id, question_id, rating, not_asked, note)
           SELECT s.id, x.question_id, x.rating, false, x.note
             FROM s, jsonb_to_recordset($7::jsonb) AS x(question_id uuid, rating smallint, note text))
         SELECT id FROM s`,
        [
          roundId,
          card.seat.id,
          recommendation,
          summary,
          card.submittedAt,
          bookedAt,
          JSON.stringify(
            card.answers.map((a) => ({
              question_id: a.questionId,
              rating: a.rating,
              note: a.note,
            })),
          ),
        ],
      )) as { id: string }[];
      scorecards += 1;
      audit(card.submittedAt, {
        actorId: card.seat.id,
        action: 'scorecard.submitted',
        entityType: 'scorecard',
        entityId: scorecard?.id ?? '',
        before: { status: 'draft' },
        after: { status: 'submitted' },
      });
    }

    if (!isHired) continue;
    const hiredAt = moves[moves.length - 1]!.at;
    const outcomes = pastClassOutcomes(applicant.ability, () => random.normal());
    // Recorded when nesting ended, the 90-day figure added when its day came.
    const recordedAt = new Date(hiredAt.getTime() + 92 * DAY);
    await db.query(
      `INSERT INTO candidate_outcomes (candidate_id, nesting_qa_score, average_handle_time_seconds,
              first_contact_resolution_percent, csat_percent, employed_at_30_days, employed_at_90_days,
              recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        candidateId,
        outcomes.nestingQaScore,
        outcomes.averageHandleTimeSeconds,
        outcomes.firstContactResolutionPercent,
        outcomes.csatPercent,
        outcomes.employedAt30Days,
        outcomes.employedAt90Days,
        ctx.recruiterId,
        recordedAt,
      ],
    );
    audit(recordedAt, {
      actorId: ctx.recruiterId,
      action: 'candidate.outcomes_recorded',
      entityType: 'candidate',
      entityId: candidateId,
      before: null,
      after: outcomes,
    });
  }
  return { candidates: people.length, rounds, scorecards };
}

/** Interviews start on the quarter hour. */
function slotOf(at: number): Date {
  return new Date(Math.floor(at / (15 * 60 * 1000)) * 15 * 60 * 1000);
}

/**
 * What the floor recorded for a hire: figures that follow the applicant's ability (the mock
 * call's picture of them, 3.3–4.8 for this class's hires) loosely, as real ones do. An agent who
 * left in the first month has no nesting figures.
 */
export function pastClassOutcomes(ability: number, normal: () => number): RecordOutcomes {
  const edge = ability - 3.9;
  const clamp = (value: number, low: number, high: number) =>
    Math.round(Math.min(high, Math.max(low, value)));
  const employedAt30Days = edge + 0.7 * normal() > -1.6;
  const employedAt90Days = employedAt30Days && edge + 0.7 * normal() > -0.55;
  return {
    nestingQaScore: employedAt30Days ? clamp(85 + 11 * edge + 4 * normal(), 50, 100) : null,
    averageHandleTimeSeconds: employedAt30Days
      ? clamp(405 - 70 * edge + 28 * normal(), 240, 720)
      : null,
    firstContactResolutionPercent: employedAt30Days
      ? clamp(72 + 9 * edge + 5 * normal(), 40, 95)
      : null,
    csatPercent: employedAt30Days ? clamp(87 + 6 * edge + 4 * normal(), 60, 99) : null,
    employedAt30Days,
    employedAt90Days,
  };
}
