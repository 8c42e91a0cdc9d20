import { DataSource } from 'typeorm';

import { demoCandidates } from './demo-candidates';

export interface SeedSummary {
  candidates: number;
}

/**
 * Loads the demo data into an empty database; returns undefined (and writes nothing) when the
 * database already holds candidates, so a second `npm start` keeps what the user did.
 */
export async function seedDemoIfEmpty(
  dataSource: DataSource,
  now = new Date(),
): Promise<SeedSummary | undefined> {
  return dataSource.transaction(async (manager) => {
    // The lock makes two instances starting at once seed only once.
    await manager.query('SELECT pg_advisory_xact_lock(4242)');
    const [{ count }] = (await manager.query('SELECT count(*)::int AS count FROM candidates')) as [
      { count: number },
    ];
    if (count > 0) return undefined;

    const candidates = demoCandidates(now);
    await manager.query(
      `INSERT INTO candidates (name, email, phone, created_at, updated_at)
       SELECT name, email, phone, created_at, created_at
         FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) AS t(name, email, phone, created_at)`,
      [
        candidates.map((c) => c.name),
        candidates.map((c) => c.email),
        candidates.map((c) => c.phone),
        candidates.map((c) => c.createdAt.toISOString()),
      ],
    );
    return { candidates: candidates.length };
  });
}
