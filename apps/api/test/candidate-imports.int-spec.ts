import { ImportCheck, ImportResult, ImportRow } from '@calibrate/contracts';

import { resetData, startTestApp, TestApp } from './test-app';

describe('candidate CSV import', () => {
  let t: TestApp;
  let jobId: string;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await resetData(t);
    const rows = (await t.dataSource.query(
      `INSERT INTO jobs (title, client_program, site, language, shift, headcount)
       VALUES ('Chat agent', 'Retail', 'Cebu', 'English', 'day', 10) RETURNING id`,
    )) as { id: string }[];
    jobId = rows[0]?.id ?? '';
    await t.http
      .post('/api/v1/candidates')
      .send({ name: 'Already Here', email: 'here@example.com' });
  });

  const rows: ImportRow[] = [
    {
      row: 2,
      name: 'Maria Santos',
      email: 'maria@example.com',
      source: 'Referral',
      languages: 'Spanish C1; English B2',
      shifts: 'night',
      typing_wpm: '52',
    },
    { row: 3, name: '', email: 'broken', languages: 'Tagalog' },
    { row: 4, name: 'Here Again', email: 'HERE@example.com' },
    { row: 5, name: 'Maria Twice', email: 'maria@example.com' },
  ];
  const count = async () =>
    ((await t.dataSource.query(`SELECT count(*)::int AS n FROM candidates`)) as { n: number }[])[0]
      ?.n;

  it('checks rows without writing: errors per column, duplicates on file and in the file', async () => {
    const response = await t.http
      .post(`/api/v1/jobs/${jobId}/candidate-imports/check`)
      .send({ rows });
    expect(response.status).toBe(200);
    const check = response.body as ImportCheck;
    expect(
      check.rows.map((r) => [r.row, r.duplicate, r.errors.map((e) => e.field).sort()]),
    ).toEqual([
      [2, false, []],
      [3, false, ['email', 'languages', 'name']],
      [4, true, []],
      [5, true, []],
    ]);
    expect(await count()).toBe(1);
  });

  it('imports the valid rows once, reports duplicates and invalid rows, and records history and audit', async () => {
    const response = await t.http.post(`/api/v1/jobs/${jobId}/candidate-imports`).send({ rows });
    expect(response.status).toBe(200);
    const result = response.body as ImportResult;
    expect(result.created).toBe(1);
    expect(result.duplicates).toEqual([
      { row: 4, email: 'here@example.com' },
      { row: 5, email: 'maria@example.com' },
    ]);
    expect(result.invalid.map((r) => r.row)).toEqual([3]);

    const [maria] = (await t.dataSource.query(
      `SELECT c.id, c.name, c.job_id, c.source, c.languages, c.shift_availability, c.typing_wpm,
              (SELECT count(*)::int FROM candidate_stage_events e WHERE e.candidate_id = c.id) AS events,
              (SELECT count(*)::int FROM audit_events a WHERE a.entity_id = c.id AND a.action = 'candidate.imported') AS audits
         FROM candidates c WHERE c.email = 'maria@example.com'`,
    )) as Record<string, unknown>[];
    expect(maria).toMatchObject({
      name: 'Maria Santos',
      job_id: jobId,
      source: 'referral',
      languages: [
        { language: 'Spanish', level: 'C1' },
        { language: 'English', level: 'B2' },
      ],
      shift_availability: ['night'],
      typing_wpm: 52,
      events: 1,
      audits: 1,
    });
    expect(await count()).toBe(2);

    // The same file again: everything is a duplicate now, nothing is doubled.
    const again = (await t.http.post(`/api/v1/jobs/${jobId}/candidate-imports`).send({ rows }))
      .body as ImportResult;
    expect([again.created, again.duplicates.length]).toEqual([0, 3]);
    expect(await count()).toBe(2);
  });

  it('imports 10,000 rows in batches', async () => {
    const batches = Array.from({ length: 20 }, (_, batch) =>
      Array.from({ length: 500 }, (_, i) => {
        const n = batch * 500 + i;
        return { row: n + 2, name: `Bulk ${n}`, email: `bulk${n}@example.com`, shifts: 'day' };
      }),
    );
    let created = 0;
    for (const batch of batches) {
      const response = await t.http
        .post(`/api/v1/jobs/${jobId}/candidate-imports`)
        .send({ rows: batch });
      expect(response.status).toBe(200);
      created += (response.body as ImportResult).created;
    }
    expect(created).toBe(10_000);
    const page = await t.http.get('/api/v1/candidates').query({ jobId, limit: 1 });
    expect(page.body).toMatchObject({ items: [{ jobId }] });
    expect(await count()).toBe(10_001);
  });

  it('refuses an unknown job, an oversized batch and rows without a line number', async () => {
    const unknown = await t.http
      .post('/api/v1/jobs/00000000-0000-4000-8000-000000000000/candidate-imports')
      .send({ rows });
    expect(unknown.status).toBe(404);
    const big = await t.http.post(`/api/v1/jobs/${jobId}/candidate-imports/check`).send({
      rows: Array.from({ length: 501 }, (_, i) => ({ row: i + 2, name: 'x', email: 'x@y.z' })),
    });
    expect(big.status).toBe(400);
    const noRow = await t.http
      .post(`/api/v1/jobs/${jobId}/candidate-imports`)
      .send({ rows: [{ name: 'No Line', email: 'noline@example.com' }] });
    expect(noRow.status).toBe(400);
    expect(noRow.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await count()).toBe(1);
  });
});
