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
