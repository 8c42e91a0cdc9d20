import {
  CandidateStage,
  Recommendation,
  RubricContentInput,
  rubricContentSchema,
  UserRole,
} from '@calibrate/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { AuditRecord, AuditRepository } from '../modules/audit/audit.repository';
import { hashPassword } from '../modules/auth/password-hasher';
import { RubricsRepository } from '../modules/rubrics/rubrics.repository';
import { ScoringRepository } from '../modules/scorecards/scoring.repository';
import { CALL_CENTER_RUBRIC_NAME } from './call-center-rubric';
import callCenterRubric from './call-center-rubric.json';
import { auditStageMoves, insertDemoCandidate } from './demo-candidate-rows';
import { demoCandidates } from './demo-candidates';
import {
  DEMO_JOBS,
  DEMO_PASSWORD,
  DEMO_USERS,
  FEEDBACK_HABITS,
  LENIENCY,
  LENIENCY_DRIFT,
  PANEL_COLLEAGUES,
  STAGE_PLAN,
} from './demo-data';
import { AMENDMENT_REASONS, evidenceNote, scorecardSummary } from './demo-notes';
import { seedPastClass } from './demo-past-class';
import { MOCK_CALL_RUBRIC_NAME, mockCallRubric } from './mock-call-rubric';

export { DEMO_PASSWORD, DEMO_USERS } from './demo-data';

export interface SeedSummary {
  users: number;
  candidates: number;
  rounds: number;
  scorecards: number;
}

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const RECOMMENDATIONS: Recommendation[] = ['strong_no', 'no', 'yes', 'strong_yes'];

/** A small deterministic generator, so that every seed gives the same demo. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The note on the best (or worst) rated answer that has one: what a summary quotes. */
function decidingNote(
  answers: { rating: number | null; note: string }[],
  best: boolean,
): string | undefined {
  let chosen: { rating: number | null; note: string } | undefined;
  for (const answer of answers) {
    if (answer.rating === null || !answer.note) continue;
    if (
      !chosen ||
      (best ? answer.rating > (chosen.rating ?? 0) : answer.rating < (chosen.rating ?? 6))
    )
      chosen = answer;
  }
  return chosen?.note;
}

/** The demo users present and active in this database, for the start-up banner. */
export async function demoLogins(
  dataSource: DataSource,
): Promise<{ email: string; role: UserRole }[]> {
  const rows = (await dataSource.query(
    `SELECT email FROM users WHERE email = ANY($1::text[]) AND active`,
    [DEMO_USERS.map((user) => user.email)],
  )) as { email: string }[];
  const present = new Set(rows.map((row) => row.email));
  return DEMO_USERS.filter((user) => present.has(user.email));
}

/**
 * Loads the demo into an empty database: users of every role, the call-center and mock-call
 * rubrics (published), four jobs with interview plans, candidates at every stage with the history
 * that brought them there, rounds with submitted and owed scorecards (evidence notes, split
 * panels, feedback sent minutes to days after the call), past no-shows, upcoming interviews, and
 * the audit trail all of it would have left. Returns undefined (and writes nothing) when the
 * database already has data, so a second `npm start` keeps the user's work.
 */
export async function seedDemoIfEmpty(
  dataSource: DataSource,
  now = new Date(),
): Promise<SeedSummary | undefined> {
  return dataSource.transaction(async (db) => {
    // The lock makes two instances starting at once seed only once.
    await db.query('SELECT pg_advisory_xact_lock(4242)');
    const [{ count }] = (await db.query(
      'SELECT (SELECT count(*) FROM candidates) + (SELECT count(*) FROM users) AS count',
    )) as [{ count: string }];
    if (Number(count) > 0) return undefined;
    return seed(db, dataSource, now);
  });
}

interface PanelSeat {
  email: DemoEmail;
  /** Never submitted: the scorecard stays a draft, whatever the interviewer's habits. */
  forgotten?: boolean;
  /** Declined the round, with this reason. */
  declined?: string;
  /** Submitted by then at the latest: the one who decides sends theirs before deciding. */
  by?: Date;
}

type DemoEmail = (typeof DEMO_USERS)[number]['email'] | (typeof PANEL_COLLEAGUES)[number]['email'];

async function seed(db: EntityManager, dataSource: DataSource, now: Date): Promise<SeedSummary> {
  const next = random(20261122);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  /** A standard normal draw (Box–Muller), for feedback delays that spread like real ones. */
  const gauss = () =>
    Math.sqrt(-2 * Math.log(Math.max(next(), 1e-9))) * Math.cos(2 * Math.PI * next());
  const ago = (ms: number) => new Date(now.getTime() - ms);
  /** Interviews start on the quarter hour. */
  const slot = (at: number) => new Date(Math.floor(at / (15 * MINUTE)) * 15 * MINUTE);

  // Every change below is audited as the app audits it, at the time it happened: collected
  // here, then written oldest first through the audit repository (its order is its id).
  const history: { at: Date; event: AuditRecord }[] = [];
  const audit = (at: Date, event: AuditRecord) => history.push({ at, event });

  const users = new Map<string, string>();
  // One hash for the shared demo password: argon2 is slow on purpose, and it is one password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const everyone = [
    ...DEMO_USERS.map((user) => ({ ...user, signsIn: true })),
    ...PANEL_COLLEAGUES.map((user) => ({ ...user, signsIn: false })),
  ];
  for (const [index, user] of everyone.entries()) {
    // Kenji joined the floor five weeks ago: too few scorecards to be calibrated yet.
    const createdAt = ago(
      user.email === 'kenji.watanabe@example.com' ? 36 * DAY : (170 - index * 4) * DAY,
    );
    const [row] = (await db.query(
      `INSERT INTO users (email, name, role, password_hash, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
      [user.email, user.name, user.role, user.signsIn ? passwordHash : null, createdAt],
    )) as { id: string }[];
    const id = row?.id ?? '';
    users.set(user.email, id);
    const created = {
      id,
      email: user.email,
      name: user.name,
      // Sofia sat on panels as an interviewer before she took over the Bogotá program.
      role: user.email === 'sofia.lindqvist@example.com' ? 'interviewer' : user.role,
      active: true,
      createdAt: createdAt.toISOString(),
    };
    audit(createdAt, {
      actorId: index === 0 ? null : (users.get('admin@example.com') ?? null),
      action: 'user.created',
      entityType: 'user',
      entityId: id,
      after: created,
    });
    if (user.email === 'sofia.lindqvist@example.com') {
      audit(ago(95 * DAY), {
        actorId: users.get('admin@example.com') ?? null,
        action: 'user.updated',
        entityType: 'user',
        entityId: id,
        before: created,
        after: { ...created, role: user.role, passwordChanged: false },
      });
    }
    if (user.email === 'interviewer2@example.com') {
      // Locked out after a holiday: the admin set a new password.
      audit(ago(19 * DAY + 3 * HOUR), {
        actorId: users.get('admin@example.com') ?? null,
        action: 'user.updated',
        entityType: 'user',
        entityId: id,
        before: created,
        after: { ...created, passwordChanged: true },
      });
    }
  }
  const userId = (email: DemoEmail) => users.get(email) ?? '';
  const adminId = userId('admin@example.com');
  const recruiterId = userId('recruiter@example.com');
  const managerId = userId('manager@example.com');
  const driftFrom = now.getTime() - LENIENCY_DRIFT.sinceDays * DAY;
  const leniencyOf = (email: string, at: Date) =>
    (LENIENCY[email] ?? 0) +
    (email === LENIENCY_DRIFT.email && at.getTime() >= driftFrom ? LENIENCY_DRIFT.by : 0);

  const rubrics = new RubricsRepository(dataSource);
  const publishRubric = async (
    name: string,
    description: string,
    input: RubricContentInput,
    at: Date,
  ) => {
    const rubric = await rubrics.insertRubric(db, name, description);
    const versionId = await rubrics.insertDraftVersion(db, rubric.id);
    const content = rubricContentSchema.parse(input);
    await rubrics.replaceContent(db, versionId, content, { categories: [], questions: [] });
    await rubrics.publish(db, versionId);
    // Written months ago, published the next day.
    await db.query(`UPDATE rubrics SET created_at = $2 WHERE id = $1`, [rubric.id, at]);
    await db.query(
      `UPDATE rubric_versions SET created_at = $2, updated_at = $3, published_at = $3 WHERE id = $1`,
      [versionId, at, new Date(at.getTime() + DAY)],
    );
    audit(at, {
      actorId: adminId,
      action: 'rubric.created',
      entityType: 'rubric',
      entityId: rubric.id,
      after: { name, description, versionId },
    });
    audit(new Date(at.getTime() + DAY), {
      actorId: adminId,
      action: 'rubric_version.published',
      entityType: 'rubric_version',
      entityId: versionId,
      before: { status: 'draft' },
      after: { status: 'published' },
    });
    return { rubricId: rubric.id, versionId };
  };
  const callCenter = await publishRubric(
    CALL_CENTER_RUBRIC_NAME,
    'The structured interview for frontline voice agents: 12 categories, 38 questions.',
    callCenterRubric as RubricContentInput,
    ago(168 * DAY),
  );
  const mockCall = await publishRubric(
    MOCK_CALL_RUBRIC_NAME,
    'A role-played billing-dispute call.',
    mockCallRubric,
    ago(166 * DAY),
  );

  const jobIds: string[] = [];
  for (const [index, job] of DEMO_JOBS.entries()) {
    const createdAt = ago((164 - index * 2) * DAY);
    const [row] = (await db.query(
      `INSERT INTO jobs (title, client_program, site, language, shift, headcount, status, created_at, updated_at,
                         knock_out_min_language_level, knock_out_requires_shift, knock_out_min_typing_wpm)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10, $11) RETURNING id`,
      [
        job.title,
        job.client,
        job.site,
        job.language,
        job.shift,
        job.headcount,
        job.status,
        createdAt,
        job.knockOutRules.minLanguageLevel,
        job.knockOutRules.requireShift,
        job.knockOutRules.minTypingWpm,
      ],
    )) as { id: string }[];
    const jobId = row?.id ?? '';
    jobIds.push(jobId);
    await db.query(`INSERT INTO job_hiring_managers (job_id, user_id) VALUES ($1, $2)`, [
      jobId,
      managerId,
    ]);
    const plan = (await db.query(
      `INSERT INTO job_plan_rounds (job_id, position, name, rubric_id) VALUES ($1, 0, 'Recruiter screen', $2), ($1, 1, 'Mock call', $3), ($1, 2, 'Manager interview', $2)
       RETURNING id, name`,
      [jobId, callCenter.rubricId, mockCall.rubricId],
    )) as { id: string; name: string }[];
    // The panels a scheduler starts from: Ivy and Ian on mock calls, the managers after them.
    const defaults: Record<string, string[]> = {
      'Recruiter screen': [recruiterId],
      'Mock call': [userId('interviewer@example.com'), userId('interviewer2@example.com')],
      'Manager interview': [managerId, userId('sofia.lindqvist@example.com')],
    };
    for (const round of plan) {
      for (const [position, user] of (defaults[round.name] ?? []).entries()) {
        await db.query(
          `INSERT INTO job_plan_round_interviewers (plan_round_id, user_id, position) VALUES ($1, $2, $3)`,
          [round.id, user, position],
        );
      }
    }
    const fields = {
      title: job.title,
      clientProgram: job.client,
      site: job.site,
      language: job.language,
      shift: job.shift,
      headcount: job.headcount,
      status: job.status,
      hiringManagerIds: [managerId],
      knockOutRules: job.knockOutRules,
      interviewPlan: plan.map((round) => ({
        name: round.name,
        rubricId: round.name === 'Mock call' ? mockCall.rubricId : callCenter.rubricId,
        defaultInterviewerIds: defaults[round.name] ?? [],
      })),
    };
    // The night-shift program grew from 40 seats; the chat program paused its intake lately.
    const changes: [number, { headcount?: number; status?: string }][] =
      index === 0
        ? [[31, { headcount: 40 }]]
        : job.status === 'on_hold'
          ? [[9, { status: 'open' }]]
          : [];
    audit(createdAt, {
      actorId: recruiterId,
      action: 'job.created',
      entityType: 'job',
      entityId: jobId,
      after: { ...fields, ...changes[0]?.[1] },
    });
    for (const [daysAgo, before] of changes) {
      audit(ago(daysAgo * DAY + 5 * HOUR), {
        actorId: index === 0 ? adminId : managerId,
        action: 'job.updated',
        entityType: 'job',
        entityId: jobId,
        before: { ...fields, ...before },
        after: fields,
      });
    }
  }

  const versionContent = async (versionId: string) =>
    (await db.query(
      `SELECT q.id, c.name AS category FROM rubric_questions q JOIN rubric_categories c ON c.id = q.category_id
        WHERE q.rubric_version_id = $1 ORDER BY c.position, q.position`,
      [versionId],
    )) as { id: string; category: string }[];
  const questions = {
    [callCenter.versionId]: await versionContent(callCenter.versionId),
    [mockCall.versionId]: await versionContent(mockCall.versionId),
  };

  const stages = STAGE_PLAN.flatMap(([stage, n]) => Array<CandidateStage>(n).fill(stage));
  const people = demoCandidates(now);
  const sources = ['job_board', 'referral', 'walk_in', 'social_media', 'career_site', 'agency'];
  const shifts = ['day', 'mid', 'night', 'rotating', 'flexible'];
  const rejectionReasons = [
    'Below the bar on the mock call',
    'Panel: not ready for a voice queue yet; reapply in 3 months',
    'English below B2 for the account',
    'Typing test under 35 wpm',
  ];
  const withdrawalReasons = [
    'No-show to the mock call; not reachable by phone or SMS',
    'No-show; later said they accepted another BPO’s offer',
    'No-show to the mock call; asked to reapply for the day shift',
  ];
  let rounds = 0;
  let scorecards = 0;
  let kenjiDeclined = false;

  for (const [index, person] of people.entries()) {
    const stage = stages[index % stages.length] ?? 'applied';
    const jobIndex = index % DEMO_JOBS.length;
    const job = DEMO_JOBS[jobIndex];
    const jobId = jobIds[jobIndex] ?? '';
    const created = person.createdAt;
    const age = now.getTime() - created.getTime();
    /** A moment of the candidate's history: `hours` after applying, squeezed for recent ones. */
    const after = (hours: number, share: number) =>
      new Date(created.getTime() + Math.min(hours * HOUR, share * age));
    const spanish = job?.language === 'Spanish';
    const languages = spanish
      ? [
          { language: 'Spanish', level: 'C2' },
          { language: 'English', level: ['B1', 'B2', 'C1'][index % 3] },
        ]
      : [
          { language: 'English', level: ['B2', 'C1', 'C1', 'C2'][index % 4] },
          ...(index % 3 === 0 ? [{ language: 'Tagalog', level: 'C2' }] : []),
        ];
    const fields = {
      name: person.name,
      email: person.email,
      phone: person.phone,
      jobId,
      source: sources[index % sources.length] ?? null,
      languages,
      shiftAvailability: [shifts[index % shifts.length], shifts[(index + 2) % shifts.length]],
      typingWpm: 28 + Math.round(next() * 45),
      notes: index % 5 === 0 ? 'Prior BPO experience; available to start within two weeks.' : '',
    };

    // The stage moves that brought the candidate where they are, with who made them.
    const moves: { to: CandidateStage; at: Date; actor: string; reason: string | null }[] = [];
    const reached = STAGE_PLAN.findIndex(([s]) => s === stage);
    const move = (to: CandidateStage, at: Date, actor: string, reason: string | null = null) =>
      moves.push({ to, at, actor, reason });
    const mockAt = slot(after(50, 0.35).getTime());
    const managerAt = slot(after(100, 0.6).getTime());
    if (stage !== 'applied') move('screening', after(18, 0.15), recruiterId);
    if (stage === 'withdrawn') {
      // After the no-show below.
      move('withdrawn', after(80, 0.7), recruiterId, pick(withdrawalReasons));
    } else if (reached >= 2) {
      move('interviewing', after(56, 0.45), recruiterId);
      if (stage === 'rejected')
        move('rejected', after(110, 0.75), managerId, pick(rejectionReasons));
      if (reached >= 3 && stage !== 'rejected') move('offer', after(140, 0.82), managerId);
      if (stage === 'hired') move('hired', after(200, 0.92), recruiterId);
    }
    const stageRows = [
      { from_stage: null, to_stage: 'applied', reason: null, actor_id: recruiterId, at: created },
      ...moves.map((m, i) => ({
        from_stage: i === 0 ? 'applied' : moves[i - 1]?.to,
        to_stage: m.to,
        reason: m.reason,
        actor_id: m.actor,
        at: m.at,
      })),
    ];
    // The candidate and the stage events that brought them here, in one round trip.
    const candidateId = await insertDemoCandidate(db, fields, stage, created, stageRows);
    // Walk-ins are typed in from a paper form: the phone number follows a day later.
    const phoneLater = fields.source === 'walk_in' && fields.phone !== null && age > 2 * DAY;
    audit(created, {
      actorId: recruiterId,
      action: 'candidate.created',
      entityType: 'candidate',
      entityId: candidateId,
      after: phoneLater ? { ...fields, phone: null } : fields,
    });
    if (phoneLater) {
      audit(new Date(created.getTime() + 20 * HOUR), {
        actorId: recruiterId,
        action: 'candidate.updated',
        entityType: 'candidate',
        entityId: candidateId,
        before: { ...fields, phone: null },
        after: fields,
      });
    }
    auditStageMoves(audit, candidateId, stageRows);

    // A candidate's underlying ability drives their ratings, so the demo's scores tell a story;
    // some categories come easier to them than others.
    const ability =
      stage === 'rejected'
        ? 1.6 + next() * 1.2
        : stage === 'hired' || stage === 'offer'
          ? 3.6 + next() * 1.1
          : 2.2 + next() * 2.2;
    const knack = new Map<string, number>();
    const knackFor = (category: string) => {
      if (!knack.has(category)) knack.set(category, (next() - 0.5) * 0.8);
      return knack.get(category) ?? 0;
    };

    const scoreRound = async (
      name: string,
      versionId: string,
      at: Date,
      panel: PanelSeat[],
      kind: 'held' | 'upcoming' | 'no_show' = 'held',
    ) => {
      const bookedAt = new Date(
        Math.max(created.getTime() + HOUR, at.getTime() - (kind === 'upcoming' ? 1 : 2) * DAY),
      );
      // A panel splits now and then: one interviewer saw a much stronger candidate than another.
      const split = kind === 'held' && panel.length >= 2 && next() < 0.1;
      const splitSign = next() < 0.5 ? 1 : -1;
      const members = panel.map((seat, position) => {
        const habits = FEEDBACK_HABITS[seat.email];
        const delay =
          (habits?.medianHours ?? 2) *
          (job?.feedbackPace ?? 1) *
          Math.exp(gauss() * (habits?.spread ?? 1)) *
          HOUR;
        const submittedAt = new Date(
          at.getTime() +
            Math.max(
              8 * MINUTE,
              Math.min(delay, (seat.by?.getTime() ?? Infinity) - at.getTime() - 20 * MINUTE),
            ),
        );
        // Old rounds were chased until everyone sent theirs; recent slow ones are still owed.
        const late = submittedAt.getTime() > now.getTime() - 5 * MINUTE;
        const submitted =
          kind === 'held' &&
          !seat.declined &&
          !seat.forgotten &&
          (!late || at.getTime() < now.getTime() - 35 * DAY);
        const offset = !split
          ? 0
          : position === 0
            ? 0.95 * splitSign
            : position === panel.length - 1
              ? -0.95 * splitSign
              : 0;
        return {
          seat,
          id: userId(seat.email),
          habits,
          submitted,
          submittedAt: late ? new Date(now.getTime() - 10 * MINUTE) : submittedAt,
          offset,
        };
      });
      const status =
        kind === 'upcoming'
          ? 'scheduled'
          : kind === 'no_show'
            ? 'no_show'
            : members.every((m) => m.submitted || m.seat.declined)
              ? 'completed'
              : 'scheduled';
      const noShowMarked = new Date(Math.min(at.getTime() + 20 * MINUTE, now.getTime() - MINUTE));
      const [round] = (await db.query(
        `INSERT INTO interview_rounds (candidate_id, job_id, name, rubric_version_id, scheduled_at, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          candidateId,
          jobId,
          name,
          versionId,
          at,
          status,
          bookedAt,
          kind === 'no_show' ? noShowMarked : kind === 'upcoming' ? bookedAt : at,
        ],
      )) as { id: string }[];
      const roundId = round?.id ?? '';
      rounds += 1;
      audit(bookedAt, {
        actorId: name === 'Manager interview' ? managerId : recruiterId,
        action: 'interview_round.scheduled',
        entityType: 'interview_round',
        entityId: roundId,
        after: {
          name,
          scheduledAt: at.toISOString(),
          rubricVersionId: versionId,
          interviewerIds: members.map((m) => m.id),
        },
      });
      if (kind === 'no_show') {
        audit(noShowMarked, {
          actorId: members[0]?.id ?? null,
          action: 'interview_round.no_show',
          entityType: 'interview_round',
          entityId: roundId,
          before: { status: 'scheduled', scheduledAt: at.toISOString() },
          after: { status: 'no_show', scheduledAt: at.toISOString() },
        });
      }

      const cards = members.map((member) => {
        const style = member.habits?.style ?? 'full';
        const ratings = (questions[versionId] ?? []).map((question) => {
          // Company-specific questions are often skipped in volume hiring: "not asked", never zero.
          const notAsked = question.category === 'Company-Specific' && next() < 0.5;
          const rating = notAsked
            ? null
            : Math.max(
                1,
                Math.min(
                  5,
                  Math.round(
                    ability +
                      knackFor(question.category) +
                      leniencyOf(member.seat.email, at) +
                      member.offset +
                      (next() - 0.5) * 1.6,
                  ),
                ),
              );
          // A 1 or a 5 always has its evidence; the rest as often as the interviewer writes.
          const note =
            rating !== null &&
            (rating === 1 || rating === 5 || next() < (member.habits?.noteRate ?? 0.4))
              ? evidenceNote(next, question.category, rating, style)
              : '';
          return { questionId: question.id, category: question.category, rating, notAsked, note };
        });
        // A draft holds what was typed during the call: part of the form, or nothing yet.
        const answered =
          kind !== 'held' || member.seat.declined
            ? []
            : member.submitted
              ? ratings
              : ratings.slice(0, Math.floor(next() * ratings.length * 0.8));
        const rated = answered.filter((a) => a.rating !== null);
        const mean = rated.reduce((sum, a) => sum + (a.rating ?? 0), 0) / Math.max(rated.length, 1);
        const rec = mean >= 4 ? 3 : mean >= 3.2 ? 2 : mean >= 2.4 ? 1 : 0;
        return { member, answered, rec };
      });
      // A split panel's recommendations are two steps apart or more, as a debrief would find.
      const sent = cards.filter((card) => card.member.submitted);
      if (split && sent.length >= 2) {
        const high = sent.reduce((a, b) => (b.rec > a.rec ? b : a));
        const low = sent.reduce((a, b) => (b.rec < a.rec ? b : a));
        if (high !== low && high.rec - low.rec < 2) {
          if (high.rec >= 2) low.rec = high.rec - 2;
          else high.rec = low.rec + 2;
        }
      }

      for (const card of cards) {
        const { member } = card;
        scorecards += 1;
        const recommendation = RECOMMENDATIONS[card.rec] ?? 'no';
        // Now and then an interviewer corrects a submitted rating, with a reason (not on splits,
        // whose debrief is still to come).
        const from = Math.floor(next() * card.answered.length);
        const amend =
          member.submitted && !split && next() < 0.07
            ? card.answered.find((a, i) => i >= from && a.rating !== null)
            : undefined;
        const amendment = amend
          ? {
              before: { ...amend },
              reason: pick(AMENDMENT_REASONS),
              at: new Date(
                Math.min(
                  member.submittedAt.getTime() + (1 + next() * 70) * HOUR,
                  now.getTime() - 30 * MINUTE,
                ),
              ),
            }
          : undefined;
        if (amend && amendment) {
          const rating = Math.max(1, Math.min(5, (amend.rating ?? 3) + (next() < 0.5 ? -1 : 1)));
          amend.rating = rating;
          amend.note =
            rating === 1 || rating === 5 || amend.note
              ? evidenceNote(next, amend.category, rating, member.habits?.style ?? 'full')
              : '';
        }
        const declined = member.seat.declined;
        // The scorecard and its answers, in one round trip.
        const [scorecard] = (await db.query(
          `WITH s AS (
             INSERT INTO scorecards (round_id, interviewer_id, status, recommendation, summary, submitted_at, declined_reason, version, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id),
           answers AS (
             INSERT INTO scorecard_answers (scorecard_id, question_id, rating, not_asked, note)
             SELECT s.id, x.question_id, x.rating, x.not_asked, x.note
               FROM s, jsonb_to_recordset($11::jsonb) AS x(question_id uuid, rating smallint, not_asked boolean, note text))
           SELECT id FROM s`,
          [
            roundId,
            member.id,
            declined ? 'declined' : member.submitted ? 'submitted' : 'draft',
            member.submitted ? recommendation : null,
            member.submitted
              ? scorecardSummary(
                  next,
                  recommendation,
                  job?.client ?? 'the account',
                  decidingNote(card.answered, card.rec >= 2),
                )
              : '',
            member.submitted ? member.submittedAt : null,
            declined ?? null,
            member.submitted ? (amendment ? 4 : 3) : card.answered.length > 0 ? 2 : 1,
            bookedAt,
            amendment?.at ?? (member.submitted ? member.submittedAt : declined ? bookedAt : at),
            JSON.stringify(
              card.answered.map((a) => ({
                question_id: a.questionId,
                rating: a.rating,
                not_asked: a.notAsked,
                note: a.note,
              })),
            ),
          ],
        )) as { id: string }[];
        const scorecardId = scorecard?.id ?? '';
        if (declined) {
          audit(new Date(bookedAt.getTime() + 2 * HOUR), {
            actorId: member.id,
            action: 'scorecard.declined',
            entityType: 'scorecard',
            entityId: scorecardId,
            before: { status: 'draft' },
            after: { status: 'declined', reason: declined },
          });
        }
        if (member.submitted) {
          audit(member.submittedAt, {
            actorId: member.id,
            action: 'scorecard.submitted',
            entityType: 'scorecard',
            entityId: scorecardId,
            before: { status: 'draft' },
            after: { status: 'submitted' },
          });
        }
        if (amend && amendment) {
          audit(amendment.at, {
            actorId: member.id,
            action: 'scorecard.amended',
            entityType: 'scorecard',
            entityId: scorecardId,
            before: {
              answers: [
                {
                  questionId: amend.questionId,
                  rating: amendment.before.rating,
                  notAsked: false,
                  note: amendment.before.note,
                  version: 1,
                },
              ],
            },
            after: {
              reason: amendment.reason,
              answers: [
                {
                  questionId: amend.questionId,
                  rating: amend.rating,
                  notAsked: false,
                  note: amend.note,
                },
              ],
            },
          });
        }
      }
    };

    const mockAge = now.getTime() - mockAt.getTime();
    if (stage !== 'applied' && stage !== 'withdrawn') {
      // Some candidates miss their first mock call and are booked again.
      if (index % 5 === 2 && (stage === 'interviewing' || stage === 'rejected')) {
        await scoreRound(
          'Mock call',
          mockCall.versionId,
          slot(after(30, 0.2).getTime()),
          [{ email: 'interviewer@example.com' }],
          'no_show',
        );
      }
      // Ivy sits on every mock call; the second seat rotates, so the panels link everyone, and
      // a third listener joins some calls. Ivy has let a few recent ones slide: she owes them.
      const second: DemoEmail =
        index % 3 !== 2
          ? 'interviewer2@example.com'
          : index % 2 === 0
            ? 'priya.nair@example.com'
            : 'tomas.reyes@example.com';
      const third: DemoEmail | undefined =
        index % 7 === 3
          ? 'kenji.watanabe@example.com'
          : index % 2 === 1
            ? undefined
            : second !== 'interviewer2@example.com'
              ? 'interviewer2@example.com'
              : index % 4 === 0
                ? 'priya.nair@example.com'
                : 'tomas.reyes@example.com';
      const forgotten =
        (stage === 'interviewing' || stage === 'rejected' || stage === 'screening') &&
        index % 3 === 0 &&
        mockAge > 2 * DAY &&
        mockAge < 29 * DAY;
      const declineKenji = third === 'kenji.watanabe@example.com' && !kenjiDeclined;
      if (declineKenji) kenjiDeclined = true;
      await scoreRound('Mock call', mockCall.versionId, mockAt, [
        { email: 'interviewer@example.com', forgotten },
        { email: second },
        ...(third
          ? [
              {
                email: third,
                declined: declineKenji
                  ? 'Conflict of interest: the candidate was on my team at my previous BPO.'
                  : undefined,
              },
            ]
          : []),
      ]);
    }
    if (reached >= 2 && stage !== 'withdrawn') {
      // Marco decides on offers and rejections, after sending his own scorecard.
      const decidedAt = moves.find((m) => m.to === 'offer' || m.to === 'rejected')?.at;
      await scoreRound('Manager interview', callCenter.versionId, managerAt, [
        { email: 'manager@example.com', by: decidedAt },
        // A second manager on most panels: the only way to tell Marco's habits from the rubric's.
        ...(index % 7 !== 1 ? [{ email: 'sofia.lindqvist@example.com' as const }] : []),
        ...(index % 6 === 0 ? [{ email: 'priya.nair@example.com' as const }] : []),
      ]);
    }
    if (stage === 'withdrawn') {
      // A no-show is in the past by definition, even for a candidate who applied yesterday.
      await scoreRound(
        'Mock call',
        mockCall.versionId,
        slot(after(50, 0.4).getTime()),
        [{ email: 'interviewer@example.com' }],
        'no_show',
      );
    }
    if (stage === 'screening' && index % 2 === 0) {
      // Upcoming interviews, today and tomorrow, for the interviewer's day.
      const upcoming = new Date(now.getTime() + ((index % 6) + 1) * 3 * HOUR);
      await scoreRound(
        'Manager interview',
        callCenter.versionId,
        upcoming,
        [{ email: 'interviewer@example.com' }, { email: 'manager@example.com' }],
        'upcoming',
      );
    }
  }

  // The night-shift program's earlier class: hires past 90 days, with what the floor recorded.
  const pastClass = await seedPastClass({
    db,
    now,
    jobId: jobIds[0] ?? '',
    program: DEMO_JOBS[0].client,
    mockCall: { versionId: mockCall.versionId, questions: questions[mockCall.versionId] ?? [] },
    panel: (
      [
        'interviewer@example.com',
        'interviewer2@example.com',
        'priya.nair@example.com',
        'tomas.reyes@example.com',
      ] as const
    ).map((email) => ({ id: userId(email), email })),
    recruiterId,
    managerId,
    leniencyOf,
    audit,
  });
  rounds += pastClass.rounds;
  scorecards += pastClass.scorecards;

  const scoring = new ScoringRepository(dataSource);
  const candidateIds = (await db.query(`SELECT id FROM candidates`)) as { id: string }[];
  for (const { id } of candidateIds) await scoring.refreshCandidateScore(db, id);

  // The audit trail, oldest first, as the app writes it; then each event gets its real time.
  const events = new AuditRepository(dataSource);
  const [{ last }] = (await db.query(
    `SELECT COALESCE(max(id), 0)::text AS last FROM audit_events`,
  )) as [{ last: string }];
  history.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const { event } of history) await events.insert(db, event);
  await db.query(
    `UPDATE audit_events e SET created_at = t.at
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM audit_events WHERE id > $1::bigint) AS o
       JOIN unnest($2::timestamptz[]) WITH ORDINALITY AS t(at, n) ON t.n = o.n
      WHERE e.id = o.id`,
    [last, history.map((h) => h.at)],
  );

  return {
    users: DEMO_USERS.length + PANEL_COLLEAGUES.length,
    candidates: people.length + pastClass.candidates,
    rounds,
    scorecards,
  };
}
