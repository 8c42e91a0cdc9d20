import {
  OUTCOME_IMPORT_BATCH,
  OutcomeImportCheck,
  OutcomeImportResult,
  OutcomeImportRow,
} from '@calibrate/contracts';

import { insertUser } from './fixtures';
import { resetData, startTestApp, TestApp } from './test-app';

describe('outcomes CSV import', () => {
  let t: TestApp;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await resetData(t);
    const rows = (await t.dataSource.query(
      `INSERT INTO candidates (name, email, stage)
       VALUES ('Ana Hired', 'ana@example.com', 'hired'), ('Ben Hired', 'ben@example.com', 'hired'),
              ('Cy Offer', 'cy@example.com', 'offer'), ('Di Hired', 'di@example.com', 'hired')
       RETURNING id, email`,
    )) as { id: string; email: string }[];
    ids = Object.fromEntries(rows.map((row) => [row.email.split('@')[0], row.id]));
    // Ana has a record already: QA 70, CSAT 80, still there at 30 days.
    const put = await t.http
      .put(`/api/v1/candidates/${ids.ana}/outcomes`)
      .send({ nestingQaScore: 70, csatPercent: 80, employedAt30Days: true });
    expect(put.status).toBe(200);
  });

  // The file's columns: email, QA, AHT, CSAT (no FCR, no retention columns).
  const rows: OutcomeImportRow[] = [
    // Ana: QA replaced, AHT added, CSAT cell empty (kept), 30-day column absent (kept).
    { row: 2, email: 'ANA@example.com', nestingQaScore: '75%', averageHandleTimeSeconds: '6:35' },
    { row: 3, email: 'ben@example.com', nestingQaScore: '88', csatPercent: '91' },
    { row: 4, email: 'nobody@example.com', nestingQaScore: '60' },
    { row: 5, email: 'cy@example.com', nestingQaScore: '60' },
    { row: 6, email: 'di@example.com', nestingQaScore: '101', averageHandleTimeSeconds: 'slow' },
    { row: 7, email: 'Ben@Example.com', nestingQaScore: '50' },
  ];
  const outcomesCount = async () =>
    (
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM candidate_outcomes`)) as {
        n: number;
      }[]
    )[0]?.n;
  const audits = async (candidateId?: string) =>
    (await t.dataSource.query(
      `SELECT entity_id, actor_id, before, after FROM audit_events
        WHERE action = 'candidate.outcomes_recorded' AND ($1::uuid IS NULL OR entity_id = $1)
        ORDER BY id`,
      [candidateId ?? null],
    )) as { entity_id: string; actor_id: string; before: unknown; after: unknown }[];
  const stored = async (candidateId: string) =>
    (await t.http.get(`/api/v1/candidates/${candidateId}/outcomes`)).body as Record<
      string,
      unknown
    >;

  it('checks rows without writing: each error kind, the hire and what would change', async () => {
    const before = await stored(ids.ana ?? '');
    const response = await t.http.post('/api/v1/outcome-imports/check').send({ rows });
    expect(response.status).toBe(200);
    const check = response.body as OutcomeImportCheck;
    expect(
      check.rows.map((r) => [r.row, r.candidateName, r.changes, r.errors.map((e) => e.field)]),
    ).toEqual([
      [2, 'Ana Hired', ['nestingQaScore', 'averageHandleTimeSeconds'], []],
      [3, 'Ben Hired', ['nestingQaScore', 'csatPercent'], []],
      [4, null, [], ['email']],
      [5, 'Cy Offer', [], ['email']],
      [6, 'Di Hired', [], ['nestingQaScore', 'averageHandleTimeSeconds']],
      [7, 'Ben Hired', [], ['email']],
    ]);
    const messages = check.rows.map((r) => r.errors.map((e) => e.message));
    expect(messages[2]).toEqual(['No candidate with this email.']);
    expect(messages[3]).toEqual([
      'This candidate is at Offer: outcomes are recorded for hired candidates only.',
    ]);
    expect(messages[4]?.[0]).toMatch(/^Nesting QA score must be from 0 to 100/);
    expect(messages[4]?.[1]).toMatch(/^Average handle time: “slow” is not a time/);
    expect(messages[5]).toEqual([
      'This email is also on row 3: each hire once per file (this row is left out).',
    ]);

    expect(await outcomesCount()).toBe(1);
    expect(await audits()).toHaveLength(1);
    expect(await stored(ids.ana ?? '')).toEqual(before);
  });

  it('merges the valid rows into the stored records, audited before and after, and skips unchanged rows', async () => {
    const response = await t.http.post('/api/v1/outcome-imports').send({ rows });
    expect(response.status).toBe(200);
    const result = response.body as OutcomeImportResult;
    expect(result.recorded).toBe(2);
    expect(result.unchanged).toEqual([]);
    expect(result.invalid.map((r) => [r.row, r.errors.map((e) => e.field)])).toEqual([
      [4, ['email']],
      [5, ['email']],
      [6, ['nestingQaScore', 'averageHandleTimeSeconds']],
      [7, ['email']],
    ]);

    // A figure in the row replaces; an empty cell and an absent column keep the stored figure.
    expect(await stored(ids.ana ?? '')).toMatchObject({
      nestingQaScore: 75,
      averageHandleTimeSeconds: 395,
      firstContactResolutionPercent: null,
      csatPercent: 80,
      employedAt30Days: true,
      employedAt90Days: null,
      recordedBy: { id: t.adminId },
    });
    // Row 3's figures, not row 7's: the later repeat is left out.
    expect(await stored(ids.ben ?? '')).toMatchObject({ nestingQaScore: 88, csatPercent: 91 });
    expect(await stored(ids.cy ?? '')).toMatchObject({ nestingQaScore: null, recordedAt: null });
    expect(await stored(ids.di ?? '')).toMatchObject({ nestingQaScore: null, recordedAt: null });

    const anaAudits = await audits(ids.ana);
    expect(anaAudits).toHaveLength(2);
    expect(anaAudits[1]).toEqual({
      entity_id: ids.ana,
      actor_id: t.adminId,
      before: {
        nestingQaScore: 70,
        averageHandleTimeSeconds: null,
        firstContactResolutionPercent: null,
        csatPercent: 80,
        employedAt30Days: true,
        employedAt90Days: null,
      },
      after: {
        nestingQaScore: 75,
        averageHandleTimeSeconds: 395,
        firstContactResolutionPercent: null,
        csatPercent: 80,
        employedAt30Days: true,
        employedAt90Days: null,
      },
    });
    const benAudits = await audits(ids.ben);
    expect(benAudits.map((a) => [a.before, a.after])).toEqual([
      [
        null,
        {
          nestingQaScore: 88,
          averageHandleTimeSeconds: null,
          firstContactResolutionPercent: null,
          csatPercent: 91,
          employedAt30Days: null,
          employedAt90Days: null,
        },
      ],
    ]);
    expect(await audits()).toHaveLength(3);

    // The same file again changes nothing: unchanged rows, no new audit events.
    const again = (await t.http.post('/api/v1/outcome-imports').send({ rows }))
      .body as OutcomeImportResult;
    expect([again.recorded, again.unchanged.map((r) => r.row)]).toEqual([0, [2, 3]]);
    expect(await audits()).toHaveLength(3);
  });

  it('reads the file formats: yes/no words, m:ss, percentages with the sign', async () => {
    const response = await t.http.post('/api/v1/outcome-imports').send({
      rows: [
        {
          row: 2,
          email: 'di@example.com',
          averageHandleTimeSeconds: '0:07:05',
          firstContactResolutionPercent: '72.5%',
          employedAt30Days: 'active',
          employedAt90Days: 'terminated',
        },
      ],
    });
    expect((response.body as OutcomeImportResult).recorded).toBe(1);
    expect(await stored(ids.di ?? '')).toMatchObject({
      averageHandleTimeSeconds: 425,
      firstContactResolutionPercent: 72.5,
      employedAt30Days: true,
      employedAt90Days: false,
    });
  });

  it('lets a recruiter import, not a hiring manager or an interviewer', async () => {
    const batch = { rows: [{ row: 2, email: 'di@example.com', csatPercent: '77' }] };
    for (const role of ['hiring_manager', 'interviewer'] as const) {
      const client = await t.signInAs(await insertUser(t.dataSource, role));
      expect((await client.post('/api/v1/outcome-imports/check').send(batch)).status).toBe(403);
      expect((await client.post('/api/v1/outcome-imports').send(batch)).status).toBe(403);
    }
    expect(await stored(ids.di ?? '')).toMatchObject({ csatPercent: null });

    const recruiterId = await insertUser(t.dataSource, 'recruiter');
    const recruiter = await t.signInAs(recruiterId);
    const response = await recruiter.post('/api/v1/outcome-imports').send(batch);
    expect(response.status).toBe(200);
    expect(await stored(ids.di ?? '')).toMatchObject({
      csatPercent: 77,
      recordedBy: { id: recruiterId },
    });
    expect((await audits(ids.di))[0]?.actor_id).toBe(recruiterId);
  });

  it('refuses an oversized batch, rows without a line number and a malformed body', async () => {
    const big = await t.http.post('/api/v1/outcome-imports/check').send({
      rows: Array.from({ length: OUTCOME_IMPORT_BATCH + 1 }, (_, i) => ({
        row: i + 2,
        email: 'ben@example.com',
      })),
    });
    expect(big.status).toBe(400);
    expect(big.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    const noRow = await t.http
      .post('/api/v1/outcome-imports')
      .send({ rows: [{ email: 'ben@example.com', csatPercent: '90' }] });
    expect(noRow.status).toBe(400);
    expect(noRow.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    const empty = await t.http.post('/api/v1/outcome-imports').send({ rows: [] });
    expect(empty.status).toBe(400);
    const notRows = await t.http.post('/api/v1/outcome-imports').send({ rows: 'ben' });
    expect(notRows.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(await outcomesCount()).toBe(1);
  });

  it('imports 2,000 rows in batches within a few seconds', async () => {
    await t.dataSource.query(
      `INSERT INTO candidates (name, email, stage)
       SELECT 'Bulk ' || i, 'bulk' || i || '@example.com', 'hired' FROM generate_series(1, 2000) AS i`,
    );
    const all = Array.from({ length: 2000 }, (_, i) => ({
      row: i + 2,
      email: `bulk${i + 1}@example.com`,
      nestingQaScore: String(60 + (i % 40)),
      averageHandleTimeSeconds: `${5 + (i % 3)}:${String(i % 60).padStart(2, '0')}`,
      employedAt90Days: i % 4 === 0 ? 'no' : 'yes',
    }));
    const started = Date.now();
    let recorded = 0;
    for (let start = 0; start < all.length; start += OUTCOME_IMPORT_BATCH) {
      const response = await t.http
        .post('/api/v1/outcome-imports')
        .send({ rows: all.slice(start, start + OUTCOME_IMPORT_BATCH) });
      expect(response.status).toBe(200);
      recorded += (response.body as OutcomeImportResult).recorded;
    }
    expect(Date.now() - started).toBeLessThan(5000);
    expect(recorded).toBe(2000);
    expect(await outcomesCount()).toBe(2001);
    expect(await audits()).toHaveLength(2001);
    const [sample] = (await t.dataSource.query(
      `SELECT o.nesting_qa_score, o.average_handle_time_seconds, o.employed_at_90_days
         FROM candidate_outcomes o JOIN candidates c ON c.id = o.candidate_id
        WHERE c.email = 'bulk5@example.com'`,
    )) as Record<string, unknown>[];
    // Row index 4: QA 64, 6:04 = 364 s, i % 4 = 0 → no.
    expect(sample).toEqual({
      nesting_qa_score: 64,
      average_handle_time_seconds: 364,
      employed_at_90_days: false,
    });
  });
});
