import { RubricContentInput } from '@calibrate/contracts';

export const anchors = (topic: string) =>
  [1, 2, 3, 4, 5].map((level) => `${topic}: level ${level}`);

/** A small rubric: two categories, weights 2 and 1, three questions. */
export function twoCategoryRubric(): RubricContentInput {
  return {
    categories: [
      {
        name: 'Empathy',
        weight: 2,
        questions: [
          {
            text: 'How do you calm an upset caller?',
            guidance: 'Acknowledges feelings first.',
            anchors: anchors('calm'),
          },
          { text: 'Tell me about a customer you helped.', anchors: anchors('helped') },
        ],
      },
      {
        name: 'Problem solving',
        weight: 1,
        questions: [
          { text: 'A refund is not in the system. What do you do?', anchors: anchors('refund') },
        ],
      },
    ],
  };
}

type Role = 'admin' | 'recruiter' | 'hiring_manager' | 'interviewer';
type Db = { query(sql: string, params?: unknown[]): Promise<unknown> };

let userCount = 0;
/** Inserts a user straight into the table (the users API comes with sign-in). */
/** `If-Match` for saving a draft rubric version: its revision as stored now ("1" for none). */
export async function draftIfMatch(db: Db, versionId: string): Promise<string> {
  const [row] = (await db.query(`SELECT revision FROM rubric_versions WHERE id = $1`, [
    versionId,
  ])) as { revision: number }[];
  return `"${row?.revision ?? 1}"`;
}

export async function insertUser(
  db: Db,
  role: Role,
  name = `${role} ${++userCount}`,
  active = true,
): Promise<string> {
  const rows = (await db.query(
    `INSERT INTO users (email, name, role, active) VALUES ($1, $2, $3, $4) RETURNING id`,
    [
      `${name.toLowerCase().replace(/\s+/g, '.')}.${Date.now()}.${++userCount}@example.com`,
      name,
      role,
      active,
    ],
  )) as { id: string }[];
  return rows[0]?.id ?? '';
}

export const jobFields = {
  title: 'Inbound customer service agent',
  clientProgram: 'Telco postpaid billing',
  site: 'Manila – Ortigas',
  language: 'English',
  shift: 'night' as const,
  headcount: 40,
};

/** Inserts `count` candidates a second apart (a known order) straight into the table. */
export async function insertCandidates(
  db: Db,
  count: number,
  base = Date.UTC(2026, 0, 1),
): Promise<void> {
  await db.query(
    `INSERT INTO candidates (name, email, created_at)
     SELECT 'Candidate ' || lpad(i::text, 3, '0'), 'c' || i || '@example.com',
            to_timestamp($1::double precision / 1000) + (i || ' seconds')::interval
       FROM generate_series(1, $2::int) AS i`,
    [base, count],
  );
}

/**
 * A candidate of a job with one completed round and a submitted scorecard per panel member,
 * written straight into the tables as a refit reads them (no API round trips: calibration
 * worlds need hundreds). `rating(member, question)` gives each rating, member by member.
 */
export async function insertPanelRound(
  db: Db,
  round: {
    jobId: string;
    rubricVersionId: string;
    name: string;
    candidate: { name: string; email: string };
    /** Default: two days ago. */
    scheduledAt?: string;
    /** Default: now. */
    submittedAt?: string;
  },
  panel: string[],
  questionIds: string[],
  rating: (member: number, question: number) => number,
): Promise<{ candidateId: string; roundId: string }> {
  const [candidate] = (await db.query(
    `INSERT INTO candidates (name, email, job_id) VALUES ($1, $2, $3) RETURNING id`,
    [round.candidate.name, round.candidate.email, round.jobId],
  )) as { id: string }[];
  const [inserted] = (await db.query(
    `INSERT INTO interview_rounds (candidate_id, job_id, name, rubric_version_id, scheduled_at, status)
     VALUES ($1, $2, $3, $4, COALESCE($5::timestamptz, now() - interval '2 days'), 'completed')
     RETURNING id`,
    [candidate?.id, round.jobId, round.name, round.rubricVersionId, round.scheduledAt ?? null],
  )) as { id: string }[];
  for (const [member, interviewerId] of panel.entries()) {
    const [scorecard] = (await db.query(
      `INSERT INTO scorecards (round_id, interviewer_id, status, submitted_at, recommendation)
       VALUES ($1, $2, 'submitted', COALESCE($3::timestamptz, now()), 'yes') RETURNING id`,
      [inserted?.id, interviewerId, round.submittedAt ?? null],
    )) as { id: string }[];
    for (const [question, questionId] of questionIds.entries()) {
      await db.query(
        `INSERT INTO scorecard_answers (scorecard_id, question_id, rating, note) VALUES ($1, $2, $3, 'noted')`,
        [scorecard?.id, questionId, rating(member, question)],
      );
    }
  }
  return { candidateId: candidate?.id ?? '', roundId: inserted?.id ?? '' };
}

// ---------------------------------------------------------------------------------------------
// Round groups (comparison and export by plan round): a second rubric whose "Empathy" shares its
// name with `twoCategoryRubric`'s, so a test can show the two are kept apart per round.
// ---------------------------------------------------------------------------------------------

/** An interview rubric: General (weight 1, one question) and Empathy (weight 1, one question). */
export function interviewRubric(): RubricContentInput {
  return {
    categories: [
      {
        name: 'General',
        weight: 1,
        questions: [{ text: 'Walk me through your last job.', anchors: anchors('general') }],
      },
      {
        name: 'Empathy',
        weight: 1,
        questions: [{ text: 'When did you last comfort someone?', anchors: anchors('comfort') }],
      },
    ],
  };
}
