import { AuditEventPage, Candidate, CandidateDetail, CandidatePage } from '@calibrate/contracts';

import { insertCandidates } from './fixtures';
import { resetData, startTestApp, TestApp } from './test-app';

describe('candidates API: details, stages and pipeline filters', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => resetData(t));

  const create = (body: object) => t.http.post('/api/v1/candidates').send(body);

  describe('details, stages and pipeline filters', () => {
    let jobId: string;

    beforeEach(async () => {
      const rows = (await t.dataSource.query(
        `INSERT INTO jobs (title, client_program, site, language, shift, headcount)
         VALUES ('Chat agent', 'Retail', 'Cebu', 'English', 'day', 10) RETURNING id`,
      )) as { id: string }[];
      jobId = rows[0]?.id ?? '';
    });

    const fullCandidate = () => ({
      name: 'Paolo Reyes',
      email: 'paolo@example.com',
      jobId,
      source: 'referral',
      languages: [
        { language: 'English', level: 'C1' },
        { language: 'Tagalog', level: 'C2' },
      ],
      shiftAvailability: ['night', 'rotating'],
      typingWpm: 52,
      notes: 'Two years in telco billing.',
    });

    it('stores the brief’s fields and starts the stage history', async () => {
      const created = (await create(fullCandidate())).body as Candidate;
      expect(created).toMatchObject({ ...fullCandidate(), stage: 'applied', score: null });

      const detail = (await t.http.get(`/api/v1/candidates/${created.id}`)).body as CandidateDetail;
      expect(detail.stageHistory).toEqual([
        expect.objectContaining({ fromStage: null, toStage: 'applied', reason: null }),
      ]);
    });

    it('patches fields, keeping the rest, refusing a taken email and an unknown job', async () => {
      const created = (await create(fullCandidate())).body as Candidate;
      await create({ name: 'Other', email: 'other@example.com' });

      const patched = await t.http
        .patch(`/api/v1/candidates/${created.id}`)
        .set('if-match', '"1"')
        .send({ typingWpm: 61, phone: null });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({
        typingWpm: 61,
        phone: null,
        languages: fullCandidate().languages,
        version: 2,
      });

      const taken = await t.http
        .patch(`/api/v1/candidates/${created.id}`)
        .set('if-match', '"2"')
        .send({ email: 'OTHER@example.com' });
      expect(taken.status).toBe(409);
      expect(taken.body).toMatchObject({ code: 'CANDIDATE_EMAIL_TAKEN' });
      const unknownJob = await t.http
        .patch(`/api/v1/candidates/${created.id}`)
        .set('if-match', '"2"')
        .send({ jobId: '00000000-0000-4000-8000-000000000000' });
      expect(unknownJob.status).toBe(400);
      expect(unknownJob.body).toMatchObject({
        details: [{ path: ['jobId'], code: 'unknown_job' }],
      });
      const badLevel = await t.http
        .patch(`/api/v1/candidates/${created.id}`)
        .set('if-match', '"2"')
        .send({ languages: [{ language: 'Spanish', level: 'B9' }] });
      expect(badLevel.status).toBe(400);
    });

    it('never overwrites a change made since the editor opened the candidate', async () => {
      const created = (await create(fullCandidate())).body as Candidate;
      const edit = (version: string | undefined, notes: string) => {
        const request = t.http.patch(`/api/v1/candidates/${created.id}`);
        return (version === undefined ? request : request.set('if-match', version)).send({ notes });
      };

      const first = await edit('"1"', 'Strong on empathy');
      expect(first.status).toBe(200);
      expect(first.headers.etag).toBe('"2"');
      // A second editor who also opened version 1: refused, shown what is there now.
      const stale = await edit('"1"', 'Weak on empathy');
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({
        code: 'CANDIDATE_VERSION_CONFLICT',
        details: { version: 2, current: { notes: 'Strong on empathy' } },
      });
      expect((await edit(undefined, 'x')).status).toBe(428);
      expect((await edit('soon', 'x')).status).toBe(400);
      const stored = (await t.http.get(`/api/v1/candidates/${created.id}`)).body as Candidate;
      expect(stored).toMatchObject({ notes: 'Strong on empathy', version: 2 });
    });

    it('moves a candidate between stages with the history kept, asking a reason to reject', async () => {
      const created = (await create(fullCandidate())).body as Candidate;
      const stage = (body: object) =>
        t.http.post(`/api/v1/candidates/${created.id}/stage`).send(body);

      expect((await stage({ stage: 'screening' })).status).toBe(200);
      const noReason = await stage({ stage: 'rejected' });
      expect(noReason.status).toBe(400);
      expect(noReason.body).toMatchObject({
        details: [{ path: ['reason'], message: 'Give a reason for rejecting.' }],
      });
      const same = await stage({ stage: 'screening' });
      expect(same.status).toBe(400);
      const rejected = await stage({ stage: 'rejected', reason: 'Typing speed under 25 WPM' });
      expect(rejected.status).toBe(200);

      const detail = rejected.body as CandidateDetail;
      expect(detail.stage).toBe('rejected');
      expect(detail.stageHistory.map((e) => [e.fromStage, e.toStage, e.reason])).toEqual([
        [null, 'applied', null],
        ['applied', 'screening', null],
        ['screening', 'rejected', 'Typing speed under 25 WPM'],
      ]);
      const audit = (
        await t.http
          .get('/api/v1/audit-events')
          .query({ entityType: 'candidate', entityId: created.id })
      ).body as AuditEventPage;
      expect(audit.items[0]).toMatchObject({
        action: 'candidate.stage_changed',
        before: { stage: 'screening' },
        after: { stage: 'rejected' },
      });
    });

    it('filters by job and stage', async () => {
      const inJob = (await create(fullCandidate())).body as Candidate;
      await create({ name: 'No job', email: 'nojob@example.com' });
      await t.http.post(`/api/v1/candidates/${inJob.id}/stage`).send({ stage: 'interviewing' });

      const byJob = (await t.http.get('/api/v1/candidates').query({ jobId })).body as CandidatePage;
      const byStage = (await t.http.get('/api/v1/candidates').query({ stage: 'interviewing' }))
        .body as CandidatePage;
      const none = (await t.http.get('/api/v1/candidates').query({ jobId, stage: 'hired' }))
        .body as CandidatePage;
      expect(byJob.items.map((c) => c.name)).toEqual(['Paolo Reyes']);
      expect(byStage.items.map((c) => c.name)).toEqual(['Paolo Reyes']);
      expect(none.items).toEqual([]);
    });

    it('filters by source, language (any case), shift and score range, and counts per stage', async () => {
      const paolo = (await create(fullCandidate())).body as Candidate;
      const ana = (
        await create({
          name: 'Ana Cruz',
          email: 'ana@example.com',
          jobId,
          source: 'job_board',
          languages: [{ language: 'Spanish', level: 'B2' }],
          shiftAvailability: ['day'],
        })
      ).body as Candidate;
      await create({ name: 'Elsewhere', email: 'elsewhere@example.com', source: 'referral' });
      await t.dataSource.query(`UPDATE candidates SET score = 72.5 WHERE id = $1`, [paolo.id]);
      await t.dataSource.query(`UPDATE candidates SET score = 48 WHERE id = $1`, [ana.id]);
      await t.http.post(`/api/v1/candidates/${ana.id}/stage`).send({ stage: 'screening' });

      const names = async (query: object) => {
        const response = await t.http.get('/api/v1/candidates').query(query);
        expect(response.status).toBe(200);
        return (response.body as CandidatePage).items.map((c) => c.name);
      };
      expect(await names({ jobId, source: 'referral' })).toEqual(['Paolo Reyes']);
      expect(await names({ language: 'tagalog' })).toEqual(['Paolo Reyes']);
      expect(await names({ language: 'Spanish', jobId })).toEqual(['Ana Cruz']);
      expect(await names({ shift: 'day' })).toEqual(['Ana Cruz']);
      expect(await names({ minScore: 50 })).toEqual(['Paolo Reyes']);
      expect(await names({ maxScore: 50 })).toEqual(['Ana Cruz']);
      expect(await names({ minScore: 48, maxScore: 72.5, sort: 'score' })).toEqual([
        'Paolo Reyes',
        'Ana Cruz',
      ]);

      const counts = await t.http.get('/api/v1/candidates/stage-counts').query({ jobId });
      expect(counts.status).toBe(200);
      expect(counts.body).toEqual({
        applied: 1,
        screening: 1,
        interviewing: 0,
        offer: 0,
        hired: 0,
        rejected: 0,
        withdrawn: 0,
      });
      const scoredAbove50 = await t.http
        .get('/api/v1/candidates/stage-counts')
        .query({ jobId, minScore: 50, stage: 'screening' });
      expect(scoredAbove50.body).toMatchObject({ applied: 1, screening: 0 });

      const reversed = await t.http.get('/api/v1/candidates').query({ minScore: 80, maxScore: 20 });
      expect(reversed.status).toBe(400);
      expect(reversed.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [
          { path: ['minScore'], message: 'The lowest score must not be above the highest.' },
        ],
      });
      const badShift = await t.http.get('/api/v1/candidates/stage-counts').query({ shift: 'noon' });
      expect(badShift.status).toBe(400);
    });

    it('walks a filtered, score-sorted list once each while candidates are added', async () => {
      await insertCandidates(t.dataSource, 8);
      // Even-numbered candidates are referrals, scored 10, 20, … by number.
      await t.dataSource.query(
        `UPDATE candidates SET source = 'referral', score = substring(name from 11)::int * 10
          WHERE substring(name from 11)::int % 2 = 0`,
      );
      const query = { source: 'referral', minScore: 20, sort: 'score', limit: 2 };
      const first = (await t.http.get('/api/v1/candidates').query(query)).body as CandidatePage;
      // Between pages: a new referral scored above the cursor, and one below it.
      await t.dataSource.query(
        `INSERT INTO candidates (name, email, source, score) VALUES
           ('Late High', 'late.high@example.com', 'referral', 95),
           ('Late Low', 'late.low@example.com', 'referral', 30)`,
      );
      const names = first.items.map((c) => c.name);
      let cursor = first.nextCursor;
      while (cursor) {
        const page = (await t.http.get('/api/v1/candidates').query({ ...query, cursor }))
          .body as CandidatePage;
        names.push(...page.items.map((c) => c.name));
        cursor = page.nextCursor;
      }
      // Nothing repeated or skipped; the newcomer above the cursor is not seen, the one below is.
      expect(names).toEqual([
        'Candidate 008',
        'Candidate 006',
        'Candidate 004',
        'Late Low',
        'Candidate 002',
      ]);
    });

    it('sorts by score, highest first and unscored last, across pages', async () => {
      await insertCandidates(t.dataSource, 7);
      // Scores: 001 → 90, 002 → 40, 003 → 90, 004 and 005 → 65.5; 006, 007 unscored.
      await t.dataSource.query(`
        UPDATE candidates SET score = CASE name
          WHEN 'Candidate 001' THEN 90 WHEN 'Candidate 002' THEN 40 WHEN 'Candidate 003' THEN 90
          WHEN 'Candidate 004' THEN 65.5 WHEN 'Candidate 005' THEN 65.5 END`);
      const byIdDesc = (await t.dataSource.query(
        `SELECT name FROM candidates ORDER BY score DESC NULLS LAST, id DESC`,
      )) as { name: string }[];

      const names: string[] = [];
      let cursor: string | null = null;
      do {
        const page = (
          await t.http
            .get('/api/v1/candidates')
            .query({ sort: 'score', limit: 2, ...(cursor ? { cursor } : {}) })
        ).body as CandidatePage;
        names.push(...page.items.map((c) => c.name));
        cursor = page.nextCursor;
      } while (cursor);

      expect(names).toEqual(byIdDesc.map((row) => row.name));
      expect(names.slice(0, 2).sort()).toEqual(['Candidate 001', 'Candidate 003']);
      expect(names.slice(5).sort()).toEqual(['Candidate 006', 'Candidate 007']);
    });

    it('answers 404 for an unknown candidate', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      const responses = await Promise.all([
        t.http.get(`/api/v1/candidates/${missing}`),
        t.http.patch(`/api/v1/candidates/${missing}`).set('if-match', '"1"').send({ notes: 'x' }),
        t.http.post(`/api/v1/candidates/${missing}/stage`).send({ stage: 'screening' }),
      ]);
      expect(responses.map((r) => r.status)).toEqual([404, 404, 404]);
    });
  });
});
