import { Candidate, CandidatePage, candidatePageSchema } from '@calibrate/contracts';

import { insertCandidates } from './fixtures';
import { resetData, startTestApp, TestApp } from './test-app';

describe('candidates API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => resetData(t));

  const create = (body: object) => t.http.post('/api/v1/candidates').send(body);

  describe('POST /api/v1/candidates', () => {
    it('creates a candidate, normalising the email, and stores it', async () => {
      const response = await create({
        name: ' Maria Santos ',
        email: 'Maria@Example.com',
        phone: '+63 917 555 0101',
      });

      expect(response.status).toBe(201);
      const candidate = response.body as Candidate;
      expect(candidate).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
        name: 'Maria Santos',
        email: 'maria@example.com',
        phone: '+63 917 555 0101',
        jobId: null,
        stage: 'applied',
        stageChangedAt: expect.any(String) as string,
        source: null,
        languages: [],
        shiftAvailability: [],
        typingWpm: null,
        notes: '',
        score: null,
        correctedScore: null,
        panelSplit: false,
        scoreHidden: false,
        knockOuts: [],
        version: 1,
        createdAt: expect.any(String) as string,
      });
      const rows = await t.dataSource.query(
        'SELECT name, email, phone FROM candidates WHERE id = $1',
        [candidate.id],
      );
      expect(rows).toEqual([
        { name: 'Maria Santos', email: 'maria@example.com', phone: '+63 917 555 0101' },
      ]);
    });

    it('stores no phone as null', async () => {
      const response = await create({ name: 'Jose Reyes', email: 'jose@example.com' });
      expect(response.status).toBe(201);
      expect((response.body as Candidate).phone).toBeNull();
    });

    it('refuses invalid fields with 400 VALIDATION_FAILED, one issue per field, and writes nothing', async () => {
      const response = await create({ name: '', email: 'not-an-email', phone: 'call me' });

      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'The request has invalid fields.',
        details: [
          { path: ['name'], code: 'too_small', message: 'Enter the candidate’s name.' },
          { path: ['email'], code: 'invalid_format', message: 'Enter a valid email address.' },
          {
            path: ['phone'],
            code: 'invalid_format',
            message: 'Enter a phone number of digits, spaces or dashes.',
          },
        ],
        requestId: response.headers['x-request-id'],
      });
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM candidates')).toEqual([
        { n: 0 },
      ]);
    });

    it('refuses a duplicate email (whatever its case) with 409 and keeps the first candidate', async () => {
      const first = await create({ name: 'Maria Santos', email: 'maria@example.com' });
      const second = await create({ name: 'Another Maria', email: 'MARIA@example.com' });

      expect(second.status).toBe(409);
      expect(second.body).toEqual({
        statusCode: 409,
        code: 'CANDIDATE_EMAIL_TAKEN',
        message: 'A candidate with this email already exists.',
        details: { email: 'maria@example.com' },
        requestId: second.headers['x-request-id'],
      });
      const rows = await t.dataSource.query('SELECT id, name FROM candidates');
      expect(rows).toEqual([{ id: (first.body as Candidate).id, name: 'Maria Santos' }]);
    });

    it('refuses a body that is not JSON with 400 MALFORMED_REQUEST in the same format', async () => {
      const response = await t.http
        .post('/api/v1/candidates')
        .set('content-type', 'application/json')
        .send('{"name": "Maria"');
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        statusCode: 400,
        code: 'MALFORMED_REQUEST',
        message: 'The request could not be read.',
        requestId: response.headers['x-request-id'],
      });
    });
  });

  describe('GET /api/v1/candidates', () => {
    it('returns an empty page when there are no candidates', async () => {
      const response = await t.http.get('/api/v1/candidates');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ items: [], nextCursor: null });
    });

    it('keeps the name sort key opaque to the planner, so its index lends no statistics to name searches', async () => {
      // Inlined, name_sort_key(name) is search_text(name) COLLATE "C": the name-sort index then
      // lent its statistics to every name search when the planner met it first, and "santos"
      // (47,000 of 1M bench names) was estimated at 100 rows and read in full: 85 ms, against
      // 1.8 ms when the planner walks the newest candidates (migration 1764040000000).
      const [plan] = (await t.dataSource.query(
        `EXPLAIN (VERBOSE, FORMAT JSON) SELECT name_sort_key(c.name) FROM candidates c`,
      )) as { 'QUERY PLAN': { Plan: { Output: string[] } }[] }[];
      expect(plan?.['QUERY PLAN'][0]?.Plan.Output).toEqual(['name_sort_key(name)']);
    });

    it('answers exactly the contract, which the route does not parse (see UnparsedZodResponse)', async () => {
      await insertCandidates(t.dataSource, 3);
      await create({ name: 'Ana Cruz', email: 'ana.cruz@example.com', phone: '+63 917 555 0102' });

      const page = (await t.http.get('/api/v1/candidates').query({ limit: 2 }))
        .body as CandidatePage;

      expect(page.items).toHaveLength(2);
      // Parsing strips unknown keys: equal means nothing beyond the contract was sent.
      expect(candidatePageSchema.parse(page)).toEqual(page);
    });

    it('computes the name sort key under the search path PostgreSQL 17+ gives ANALYZE and CREATE INDEX', async () => {
      // Maintenance runs index expressions with only pg_catalog on the path: an unqualified call
      // inside the function failed there, and with it every ANALYZE of candidates.
      await insertCandidates(t.dataSource, 2);
      const keys = (await t.dataSource.transaction(async (db) => {
        await db.query(`SET LOCAL search_path = pg_catalog, pg_temp`);
        return db.query(`SELECT public.name_sort_key('Ánä Cruz') AS key`);
      })) as { key: string }[];
      expect(keys).toEqual([{ key: 'ana cruz' }]);
      await t.dataSource.query(`ANALYZE candidates`);
    });

    it('walks every candidate exactly once, newest first, across pages', async () => {
      await insertCandidates(t.dataSource, 23);

      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const response = await t.http
          .get('/api/v1/candidates')
          .query({ limit: 10, ...(cursor ? { cursor } : {}) });
        expect(response.status).toBe(200);
        const page = response.body as CandidatePage;
        seen.push(...page.items.map((c) => c.name));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);

      expect(pages).toBe(3);
      expect(seen).toHaveLength(23);
      expect(seen[0]).toBe('Candidate 023');
      expect(seen[22]).toBe('Candidate 001');
      expect(new Set(seen).size).toBe(23);
    });

    it('keeps its place when candidates are added between pages', async () => {
      await insertCandidates(t.dataSource, 6);
      const first = (await t.http.get('/api/v1/candidates').query({ limit: 3 }))
        .body as CandidatePage;
      await create({ name: 'Newcomer', email: 'new@example.com' });
      const second = (
        await t.http.get('/api/v1/candidates').query({ limit: 3, cursor: first.nextCursor })
      ).body as CandidatePage;

      expect(first.items.map((c) => c.name)).toEqual([
        'Candidate 006',
        'Candidate 005',
        'Candidate 004',
      ]);
      expect(second.items.map((c) => c.name)).toEqual([
        'Candidate 003',
        'Candidate 002',
        'Candidate 001',
      ]);
      expect(second.nextCursor).toBeNull();
    });

    it('orders candidates created in the same millisecond without skipping any', async () => {
      // Same created_at down to the microsecond: the id breaks the tie.
      await t.dataSource.query(
        `INSERT INTO candidates (name, email, created_at)
         SELECT 'Twin ' || i, 'twin' || i || '@example.com', '2026-03-01T10:00:00.123456Z'
           FROM generate_series(1, 5) AS i`,
      );
      const firstPage = (await t.http.get('/api/v1/candidates').query({ limit: 2 }))
        .body as CandidatePage;
      const rest = (
        await t.http.get('/api/v1/candidates').query({ limit: 10, cursor: firstPage.nextCursor })
      ).body as CandidatePage;
      const names = [...firstPage.items, ...rest.items].map((c) => c.name).sort();
      expect(names).toEqual(['Twin 1', 'Twin 2', 'Twin 3', 'Twin 4', 'Twin 5']);
    });

    it('finds a name containing the term or an email with a word starting with it, whatever its case and accents, % and _ literally', async () => {
      await create({ name: 'Maria Santos', email: 'maria.santos@example.com' });
      await create({ name: 'Jose Reyes', email: 'jreyes@callcenter.ph' });
      await create({ name: 'Ana 100%_Cruz', email: 'ana@example.com' });

      const byName = (await t.http.get('/api/v1/candidates').query({ q: 'SANTOS' }))
        .body as CandidatePage;
      const byEmail = (await t.http.get('/api/v1/candidates').query({ q: 'JReyes@Call' }))
        .body as CandidatePage;
      const insideEmail = (await t.http.get('/api/v1/candidates').query({ q: 'callcenter' }))
        .body as CandidatePage;
      const literal = (await t.http.get('/api/v1/candidates').query({ q: '%_' }))
        .body as CandidatePage;
      const none = (await t.http.get('/api/v1/candidates').query({ q: 'zzz' }))
        .body as CandidatePage;

      expect(byName.items.map((c) => c.name)).toEqual(['Maria Santos']);
      expect(byEmail.items.map((c) => c.name)).toEqual(['Jose Reyes']);
      expect(insideEmail.items.map((c) => c.name)).toEqual(['Jose Reyes']);
      expect(literal.items.map((c) => c.name)).toEqual(['Ana 100%_Cruz']);
      expect(none).toEqual({ items: [], nextCursor: null });
    });

    it('finds an email by the start of any of its words, not by the middle of one', async () => {
      await create({ name: 'Carlo O.', email: 'carlo.ocampo@bpo.example.com' });
      await create({ name: 'Dana K.', email: 'dana_kim-lee+jobs@mail.example.org' });
      await create({ name: 'Lee Park', email: 'lpark@example.org' });
      const names = async (q: string) =>
        ((await t.http.get('/api/v1/candidates').query({ q })).body as CandidatePage).items
          .map((c) => c.name)
          .sort();

      expect(await names('ocampo')).toEqual(['Carlo O.']);
      expect(await names('OCA')).toEqual(['Carlo O.']);
      expect(await names('kim')).toEqual(['Dana K.']);
      // "lee" starts a word of Dana's address and Lee Park's name.
      expect(await names('lee')).toEqual(['Dana K.', 'Lee Park']);
      expect(await names('jobs@mail')).toEqual(['Dana K.']);
      // Words past the fourth ("mail.example.org" is the fifth of Dana's) and mid-word parts are not indexed.
      expect(await names('mail.example')).toEqual([]);
      expect(await names('campo')).toEqual([]);
      expect(
        (await t.http.get('/api/v1/candidates/stage-counts').query({ q: 'ocampo' })).body,
      ).toMatchObject({ applied: 1 });
    });

    it('ignores accents both ways, in one word and in a full name', async () => {
      await create({ name: 'José Rodríguez', email: 'jose.rodriguez@example.com' });
      await create({ name: 'Carlo Ocampo', email: 'carlo.ocampo@bpo.example.com' });
      await create({ name: 'Ana Rodriguez', email: 'ana.r@example.com' });
      const names = async (q: string) =>
        ((await t.http.get('/api/v1/candidates').query({ q })).body as CandidatePage).items
          .map((c) => c.name)
          .sort();

      expect(await names('rodriguez')).toEqual(['Ana Rodriguez', 'José Rodríguez']);
      expect(await names('RODRÍGUEZ')).toEqual(['Ana Rodriguez', 'José Rodríguez']);
      expect(await names('jose rodriguez')).toEqual(['José Rodríguez']);
      expect(await names('Jösé')).toEqual(['José Rodríguez']);
      // The start of an email or of any of its words, an @ or not.
      expect(await names('bpo.example')).toEqual(['Carlo Ocampo']);
      expect(await names('Carlo.Ocampo@BPO.example.com')).toEqual(['Carlo Ocampo']);
      expect(await names('ocampo@bpo')).toEqual(['Carlo Ocampo']);
      expect(
        (await t.http.get('/api/v1/candidates/stage-counts').query({ q: 'rodríguez' })).body,
      ).toMatchObject({ applied: 2 });
    });

    it('finds a full name from its start, and lists a candidate matching two ways once', async () => {
      await create({ name: 'Maria Santos Cruz', email: 'msc@example.com' });
      await create({ name: 'Ana Maria Santos', email: 'ams@example.com' });
      await create({ name: 'Santos Rivera', email: 'santos.rivera@example.com' });

      const fullName = (await t.http.get('/api/v1/candidates').query({ q: '  maria   SANTOS ' }))
        .body as CandidatePage;
      // "Santos Rivera" matches by name and by email: listed once.
      const surname = (await t.http.get('/api/v1/candidates').query({ q: 'santos', limit: 2 }))
        .body as CandidatePage;
      const rest = (
        await t.http
          .get('/api/v1/candidates')
          .query({ q: 'santos', limit: 2, cursor: surname.nextCursor })
      ).body as CandidatePage;
      const counts = (
        await t.http.get('/api/v1/candidates/stage-counts').query({ q: 'maria santos' })
      ).body as Record<string, number>;

      expect(fullName.items.map((c) => c.name)).toEqual(['Maria Santos Cruz']);
      expect([...surname.items, ...rest.items].map((c) => c.name)).toEqual([
        'Santos Rivera',
        'Ana Maria Santos',
        'Maria Santos Cruz',
      ]);
      expect(rest.nextCursor).toBeNull();
      expect(counts.applied).toBe(1);
    });

    it('searches by a prefix the same way whether few or thousands of candidates share it', async () => {
      // 2,500 candidates, the newest last in table and index order: "x1…" starts 1,000 emails
      // (read through the prefix index), "x" all of them (the newest-first walk); "Candidate
      // Agent 1" starts 1,000 names, "candidate agent" all.
      await t.dataSource.query(
        `INSERT INTO candidates (name, email, created_at)
         SELECT 'Candidate Agent ' || lpad(i::text, 4, '0'), 'x' || lpad(i::text, 4, '0') || '@example.com',
                timestamptz '2026-01-01' + (i || ' minutes')::interval
           FROM generate_series(1, 2500) AS i`,
      );
      const expected = (await t.dataSource.query(
        `SELECT name, email FROM candidates ORDER BY created_at DESC, id DESC`,
      )) as { name: string; email: string }[];
      const search = async (q: string) => {
        const first = (await t.http.get('/api/v1/candidates').query({ q, limit: 5 }))
          .body as CandidatePage;
        const second = (
          await t.http.get('/api/v1/candidates').query({ q, limit: 5, cursor: first.nextCursor })
        ).body as CandidatePage;
        return [...first.items, ...second.items].map((c) => c.name);
      };
      const newest = (match: (row: { name: string; email: string }) => boolean) =>
        expected
          .filter(match)
          .slice(0, 10)
          .map((row) => row.name);

      expect(await search('x1')).toEqual(newest((row) => row.email.startsWith('x1')));
      expect(await search('X')).toEqual(newest(() => true));
      expect(await search('Candidate Agent 1')).toEqual(
        newest((row) => row.name.startsWith('Candidate Agent 1')),
      );
      expect(await search(' candidate  AGENT ')).toEqual(newest(() => true));
    });

    it('paginates a search', async () => {
      await insertCandidates(t.dataSource, 7);
      await create({ name: 'Someone Else', email: 'else@example.org' });
      const first = (await t.http.get('/api/v1/candidates').query({ q: 'candidate', limit: 4 }))
        .body as CandidatePage;
      const second = (
        await t.http
          .get('/api/v1/candidates')
          .query({ q: 'candidate', limit: 4, cursor: first.nextCursor })
      ).body as CandidatePage;
      expect([...first.items, ...second.items].map((c) => c.name)).toHaveLength(7);
      expect(second.nextCursor).toBeNull();
    });

    it('sorts by name A to Z, case and accents aside, across pages, and in a search', async () => {
      const names = [
        'Zoe Villanueva',
        'ángel Bautista',
        'Andrea Cruz',
        'Élodie Martin',
        'andrés Ocampo',
        'Eduardo Reyes',
        'Bea Santos',
      ];
      for (const [i, name] of names.entries()) {
        expect((await create({ name, email: `person${i}@example.com` })).status).toBe(201);
      }
      // Twins by name: the id breaks the tie, so no page repeats or skips one.
      await create({ name: 'Andrea Cruz', email: 'andrea.two@example.com' });

      const walk = async (query: object) => {
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const response = await t.http
            .get('/api/v1/candidates')
            .query({ ...query, sort: 'name', limit: 3, ...(cursor ? { cursor } : {}) });
          expect(response.status).toBe(200);
          const page = response.body as CandidatePage;
          seen.push(...page.items.map((c) => c.name));
          cursor = page.nextCursor;
          pages += 1;
        } while (cursor && pages < 10);
        return seen;
      };

      expect(await walk({})).toEqual([
        'Andrea Cruz',
        'Andrea Cruz',
        'andrés Ocampo',
        'ángel Bautista',
        'Bea Santos',
        'Eduardo Reyes',
        'Élodie Martin',
        'Zoe Villanueva',
      ]);
      expect(await walk({ q: 'an' })).toEqual([
        'Andrea Cruz',
        'Andrea Cruz',
        'andrés Ocampo',
        'ángel Bautista',
        'Bea Santos',
        'Zoe Villanueva',
      ]);
      const foreign = encodeURIComponent(
        Buffer.from(JSON.stringify(['2026-01-01', 'x'])).toString('base64url'),
      );
      const refused = await t.http.get(`/api/v1/candidates?sort=name&cursor=${foreign}`);
      expect(refused.status).toBe(400);
    });

    it.each([
      [{ limit: '0' }, ['limit']],
      [{ limit: '500' }, ['limit']],
      [{ limit: 'ten' }, ['limit']],
      [{ cursor: 'not-a-cursor' }, ['cursor']],
    ])('refuses bad query %j with 400 on %j', async (query, path) => {
      const response = await t.http.get('/api/v1/candidates').query(query);
      expect(response.status).toBe(400);
      const body = response.body as { code: string; details: { path: string[] }[] };
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.details.map((issue) => issue.path)).toEqual([path]);
    });
  });
});
