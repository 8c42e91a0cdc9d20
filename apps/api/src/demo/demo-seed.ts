import {
  CandidateStage,
  RubricContentInput,
  rubricContentSchema,
  UserRole,
} from '@calibrate/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { hashPassword } from '../modules/auth/password-hasher';
import { RubricsRepository } from '../modules/rubrics/rubrics.repository';
import { ScoringRepository } from '../modules/scorecards/scoring.repository';
import { CALL_CENTER_RUBRIC_NAME } from './call-center-rubric';
import callCenterRubric from './call-center-rubric.json';
import { demoCandidates } from './demo-candidates';
import {
  DEMO_JOBS,
  DEMO_PASSWORD,
  DEMO_USERS,
  LENIENCY,
  LENIENCY_DRIFT,
  PANEL_COLLEAGUES,
  STAGE_PLAN,
} from './demo-data';
import { MOCK_CALL_RUBRIC_NAME, mockCallRubric } from './mock-call-rubric';

export { DEMO_PASSWORD, DEMO_USERS } from './demo-data';

export interface SeedSummary {
  users: number;
  candidates: number;
  rounds: number;
  scorecards: number;
}

const HOUR = 60 * 60 * 1000;

/** A small deterministic generator, so that every seed gives the same demo. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
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
 * rubrics (published), four jobs with interview plans, candidates at every stage, rounds with
 * submitted and draft scorecards, no-shows and upcoming interviews. Returns undefined (and writes
 * nothing) when the database already has data, so a second `npm start` keeps the user's work.
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

async function seed(db: EntityManager, dataSource: DataSource, now: Date): Promise<SeedSummary> {
  const next = random(20261122);
  const users = new Map<string, string>();
  for (const user of DEMO_USERS) {
    const [row] = (await db.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
      [user.email, user.name, user.role, await hashPassword(DEMO_PASSWORD)],
    )) as { id: string }[];
    users.set(user.email, row?.id ?? '');
  }
  for (const colleague of PANEL_COLLEAGUES) {
    const [row] = (await db.query(
      `INSERT INTO users (email, name, role) VALUES ($1, $2, $3) RETURNING id`,
      [colleague.email, colleague.name, colleague.role],
    )) as { id: string }[];
    users.set(colleague.email, row?.id ?? '');
  }
  type DemoEmail =
    (typeof DEMO_USERS)[number]['email'] | (typeof PANEL_COLLEAGUES)[number]['email'];
  const userId = (email: DemoEmail) => users.get(email) ?? '';
  const leniencyOf = new Map([...users].map(([email, id]) => [id, LENIENCY[email] ?? 0] as const));
  const driftOf = (interviewer: string, at: Date) =>
    interviewer === userId(LENIENCY_DRIFT.email) &&
    at.getTime() >= now.getTime() - LENIENCY_DRIFT.sinceDays * 24 * HOUR
      ? LENIENCY_DRIFT.by
      : 0;

  const rubrics = new RubricsRepository(dataSource);
  const publishRubric = async (name: string, description: string, input: RubricContentInput) => {
    const rubric = await rubrics.insertRubric(db, name, description);
    const versionId = await rubrics.insertDraftVersion(db, rubric.id);
    const content = rubricContentSchema.parse(input);
    await rubrics.replaceContent(db, versionId, content, { categories: [], questions: [] });
    await rubrics.publish(db, versionId);
    return { rubricId: rubric.id, versionId };
  };
  const callCenter = await publishRubric(
    CALL_CENTER_RUBRIC_NAME,
    'The structured interview for frontline voice agents: 12 categories, 38 questions.',
    callCenterRubric as RubricContentInput,
  );
  const mockCall = await publishRubric(
    MOCK_CALL_RUBRIC_NAME,
    'A role-played billing-dispute call.',
    mockCallRubric,
  );

  const jobIds: string[] = [];
  for (const job of DEMO_JOBS) {
    const [row] = (await db.query(
      `INSERT INTO jobs (title, client_program, site, language, shift, headcount, status, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        job.title,
        job.client,
        job.site,
        job.language,
        job.shift,
        job.headcount,
        job.status,
        new Date(now.getTime() - 60 * 24 * HOUR),
      ],
    )) as { id: string }[];
    const jobId = row?.id ?? '';
    jobIds.push(jobId);
    await db.query(`INSERT INTO job_hiring_managers (job_id, user_id) VALUES ($1, $2)`, [
      jobId,
      userId('manager@example.com'),
    ]);
    await db.query(
      `INSERT INTO job_plan_rounds (job_id, position, name, rubric_id) VALUES ($1, 0, 'Recruiter screen', $2), ($1, 1, 'Mock call', $3), ($1, 2, 'Manager interview', $2)`,
      [jobId, callCenter.rubricId, mockCall.rubricId],
    );
  }

  const versionContent = async (versionId: string) =>
    (await db.query(
      `SELECT q.id, c.name AS category FROM rubric_questions q JOIN rubric_categories c ON c.id = q.category_id
        WHERE q.rubric_version_id = $1 ORDER BY q.position`,
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
  let rounds = 0;
  let scorecards = 0;

  for (const [index, person] of people.entries()) {
    const stage = stages[index % stages.length] ?? 'applied';
    const jobIndex = index % DEMO_JOBS.length;
    const job = DEMO_JOBS[jobIndex];
    const jobId = jobIds[jobIndex] ?? '';
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
    const [row] = (await db.query(
      `INSERT INTO candidates (name, email, phone, job_id, stage, stage_changed_at, source, languages, shift_availability, typing_wpm, notes, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id`,
      [
        person.name,
        person.email,
        person.phone,
        jobId,
        stage,
        new Date(person.createdAt.getTime() + 24 * HOUR),
        sources[index % sources.length],
        JSON.stringify(languages),
        [shifts[index % shifts.length], shifts[(index + 2) % shifts.length]],
        28 + Math.round(next() * 45),
        index % 5 === 0 ? 'Prior BPO experience; available to start within two weeks.' : '',
        person.createdAt,
      ],
    )) as { id: string }[];
    const candidateId = row?.id ?? '';
    await db.query(
      `INSERT INTO candidate_stage_events (candidate_id, from_stage, to_stage, reason, created_at)
       VALUES ($1, NULL, 'applied', NULL, $2)` +
        (stage === 'applied' ? '' : `, ($1, 'applied', $3, $4, $5)`),
      stage === 'applied'
        ? [candidateId, person.createdAt]
        : [
            candidateId,
            person.createdAt,
            stage,
            stage === 'rejected' ? 'Below the bar on the mock call' : null,
            new Date(person.createdAt.getTime() + 24 * HOUR),
          ],
    );

    // A candidate's underlying ability drives their ratings, so the demo's scores tell a story.
    const ability =
      stage === 'rejected'
        ? 1.6 + next() * 1.2
        : stage === 'hired' || stage === 'offer'
          ? 3.6 + next() * 1.1
          : 2.2 + next() * 2.2;
    const scoreRound = async (
      name: string,
      versionId: string,
      at: Date,
      panel: { interviewer: string; submitted: boolean }[],
      status: 'scheduled' | 'completed' | 'no_show' = 'completed',
    ) => {
      const [round] = (await db.query(
        `INSERT INTO interview_rounds (candidate_id, job_id, name, rubric_version_id, scheduled_at, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [candidateId, jobId, name, versionId, at, status],
      )) as { id: string }[];
      rounds += 1;
      for (const member of panel) {
        scorecards += 1;
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
                      (leniencyOf.get(member.interviewer) ?? 0) +
                      driftOf(member.interviewer, at) +
                      (next() - 0.5) * 1.6,
                  ),
                ),
              );
          const note =
            rating === 5
              ? 'Specific, measurable example; handled the escalation calmly.'
              : rating === 1
                ? 'Could not give an example; contradicted the customer.'
                : next() < 0.25
                  ? 'Relevant answer, general example.'
                  : '';
          return { questionId: question.id, rating, notAsked, note };
        });
        const answered = member.submitted
          ? ratings
          : ratings.slice(0, Math.ceil(ratings.length / 2));
        const mean = answered
          .filter((a) => a.rating !== null)
          .reduce((sum, a, _, all) => sum + (a.rating ?? 0) / all.length, 0);
        const recommendation =
          mean >= 4 ? 'strong_yes' : mean >= 3.2 ? 'yes' : mean >= 2.4 ? 'no' : 'strong_no';
        const [scorecard] = (await db.query(
          `INSERT INTO scorecards (round_id, interviewer_id, status, recommendation, summary, submitted_at, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [
            round?.id,
            member.interviewer,
            member.submitted ? 'submitted' : 'draft',
            member.submitted ? recommendation : null,
            member.submitted
              ? `Overall ${recommendation.replace('_', ' ')}: see the notes per question.`
              : '',
            member.submitted ? new Date(at.getTime() + 2 * HOUR) : null,
            member.submitted ? 3 : 1,
          ],
        )) as { id: string }[];
        await db.query(
          `INSERT INTO scorecard_answers (scorecard_id, question_id, rating, not_asked, note)
           SELECT $1, x.question_id, x.rating, x.not_asked, x.note
             FROM jsonb_to_recordset($2::jsonb) AS x(question_id uuid, rating smallint, not_asked boolean, note text)`,
          [
            scorecard?.id,
            JSON.stringify(
              answered.map((a) => ({
                question_id: a.questionId,
                rating: a.rating,
                not_asked: a.notAsked,
                note: a.note,
              })),
            ),
          ],
        );
      }
    };

    const past = (days: number) => new Date(person.createdAt.getTime() + days * 24 * HOUR);
    const reached = STAGE_PLAN.findIndex(([s]) => s === stage);
    if (stage !== 'applied' && stage !== 'withdrawn') {
      // Ivy sits on every mock call; the second seat rotates, so the panels link everyone.
      const second =
        index % 3 !== 2
          ? 'interviewer2@example.com'
          : index % 2 === 0
            ? 'priya.nair@example.com'
            : 'tomas.reyes@example.com';
      await scoreRound('Mock call', mockCall.versionId, past(2), [
        { interviewer: userId('interviewer@example.com'), submitted: true },
        // Some panels still owe feedback: the second interviewer's scorecard is a draft.
        { interviewer: userId(second), submitted: index % 4 !== 1 },
        ...(index % 7 === 3
          ? [{ interviewer: userId('kenji.watanabe@example.com'), submitted: true }]
          : []),
      ]);
    }
    if (reached >= 2 && stage !== 'withdrawn') {
      await scoreRound('Manager interview', callCenter.versionId, past(4), [
        {
          interviewer: userId('manager@example.com'),
          submitted: stage !== 'interviewing' || index % 3 !== 0,
        },
        // A second manager on half the panels: the only way to tell Marco's habits from the rubric's.
        ...(index % 2 === 0
          ? [{ interviewer: userId('sofia.lindqvist@example.com'), submitted: true }]
          : []),
      ]);
    }
    if (stage === 'withdrawn') {
      await scoreRound(
        'Mock call',
        mockCall.versionId,
        // A no-show is in the past by definition, even for a candidate who applied yesterday.
        new Date(Math.min(past(2).getTime(), Date.now() - 3 * HOUR)),
        [{ interviewer: userId('interviewer@example.com'), submitted: false }],
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
        [
          { interviewer: userId('interviewer@example.com'), submitted: false },
          { interviewer: userId('manager@example.com'), submitted: false },
        ],
        'scheduled',
      );
    }
  }

  // Drafts of upcoming rounds start empty: nobody has scored an interview that has not happened.
  await db.query(
    `DELETE FROM scorecard_answers a USING scorecards s, interview_rounds r
      WHERE a.scorecard_id = s.id AND s.round_id = r.id AND r.status IN ('scheduled', 'no_show')`,
  );
  const scoring = new ScoringRepository(dataSource);
  const candidateIds = (await db.query(`SELECT id FROM candidates`)) as { id: string }[];
  for (const { id } of candidateIds) await scoring.refreshCandidateScore(db, id);

  return {
    users: DEMO_USERS.length + PANEL_COLLEAGUES.length,
    candidates: people.length,
    rounds,
    scorecards,
  };
}
