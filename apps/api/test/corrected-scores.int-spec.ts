import {
  Candidate,
  CandidateSummary,
  Comparison,
  Job,
  Page,
  Rubric,
  RubricVersion,
} from '@calibrate/contracts';
import Papa from 'papaparse';

import { CalibrationService } from '../src/modules/calibration/calibration.service';
import { ScoringRepository } from '../src/modules/scorecards/scoring.repository';
import { insertPanelRound, insertUser, jobFields, twoCategoryRubric } from './fixtures';
import { Client, resetData, startTestApp, TestApp } from './test-app';

/**
 * The stored leniency-corrected score that pipelines sort and filter by: written at submission
 * from the latest fit, rewritten after each refit, the same figure as the candidate summary's.
 */
describe('corrected scores in candidate lists', () => {
  let t: TestApp;
  let job: Job;
  /** Who scored each candidate, by interviewer name. */
  let scorers: Map<string, string[]>;

  beforeAll(async () => {
    t = await startTestApp();
    await resetData(t);
    ({ job, scorers } = await scorePanels());
  });
  afterAll(() => t.close());

  /**
   * 60 candidates, each scored by two of three interviewers on a panel (written into the tables,
   * then stored the way a submission stores them): Lena rates a point above the truth, Hal 0.8
   * below, Nia on it.
   */
  async function scorePanels(): Promise<{ job: Job; scorers: Map<string, string[]> }> {
    const rubric = (
      await t.http.post('/api/v1/rubrics').send({ name: 'Mock call', content: twoCategoryRubric() })
    ).body as Rubric;
    const version = (
      await t.http.post(`/api/v1/rubric-versions/${rubric.versions[0]?.id ?? ''}/publish`)
    ).body as RubricVersion;
    const questions = version.categories.flatMap((category) => category.questions);
    const created = (
      await t.http.post('/api/v1/jobs').send({
        ...jobFields,
        interviewPlan: [{ name: 'Mock call', rubricId: rubric.id }],
      })
    ).body as Job;
    const panel = [
      { name: 'Lena Lenient', leniency: 1 },
      { name: 'Hal Harsh', leniency: -0.8 },
      { name: 'Nia Neutral', leniency: 0 },
    ];
    const ids = await Promise.all(
      panel.map((interviewer) => insertUser(t.dataSource, 'interviewer', interviewer.name)),
    );
    const scoring = t.app.get(ScoringRepository);
    const byCandidate = new Map<string, string[]>();
    for (let c = 0; c < 60; c++) {
      // Abilities spread evenly, rating noise from a fixed pattern: the same world on every run.
      const ability = 1.6 + (((c * 37) % 60) / 60) * 2.8;
      const pair = [c % 3, (c + 1 + (c % 2)) % 3];
      const { candidateId } = await insertPanelRound(
        t.dataSource,
        {
          jobId: created.id,
          rubricVersionId: version.id,
          name: 'Mock call',
          candidate: { name: `Candidate ${c}`, email: `candidate.${c}@example.com` },
        },
        pair.map((index) => ids[index] ?? ''),
        questions.map((question) => question.id),
        (member, q) => {
          const index = pair[member] ?? 0;
          const noise = (((c + q * 7 + index * 3) % 5) - 2) * 0.2;
          return Math.min(
            5,
            Math.max(1, Math.round(ability + (panel[index]?.leniency ?? 0) + noise)),
          );
        },
      );
      byCandidate.set(
        candidateId,
        pair.map((index) => panel[index]?.name ?? ''),
      );
      await scoring.refreshCandidateScore(t.dataSource.manager, candidateId);
    }
    return { job: created, scorers: byCandidate };
  }

  const list = async (query: Record<string, string | number>, client: Client = t.http) => {
    const response = await client
      .get('/api/v1/candidates')
      .query({ jobId: job.id, limit: 100, ...query });
    expect(response.status).toBe(200);
    return response.body as Page<Candidate>;
  };

  async function fitNow(): Promise<void> {
    expect((await t.http.post('/api/v1/calibration/fits')).status).toBe(202);
    for (let attempt = 0; attempt < 100; attempt++) {
      const report = (await t.http.get('/api/v1/calibration')).body as {
        running: unknown;
        fit: unknown;
      };
      // The stored corrected scores are rewritten after the fit, in the background: wait for it.
      if (!report.running && report.fit) return t.app.get(CalibrationService).settled();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The fit did not finish.');
  }

  it('equals the raw score before any fit (no leniency is known)', async () => {
    const { items } = await list({ sort: 'score', scoreBasis: 'corrected' });
    expect(items).toHaveLength(60);
    for (const candidate of items) expect(candidate.correctedScore).toBe(candidate.score);
  });

  it('is rewritten by a fit: lenient interviewers’ candidates go down, harsh ones’ up', async () => {
    await fitNow();
    const { items } = await list({ sort: 'score', scoreBasis: 'corrected' });
    const drift = (name: string) =>
      items
        .filter((candidate) => scorers.get(candidate.id)?.includes(name))
        .map((candidate) => (candidate.correctedScore ?? 0) - (candidate.score ?? 0));
    // Scored by Lena (+1 point): taken down; by Hal (−0.8) with someone else: taken up unless Lena.
    expect(Math.max(...drift('Lena Lenient'))).toBeLessThan(0);
    const halWithNia = items.filter(
      (candidate) =>
        scorers.get(candidate.id)?.includes('Hal Harsh') &&
        scorers.get(candidate.id)?.includes('Nia Neutral'),
    );
    expect(halWithNia.length).toBeGreaterThan(5);
    for (const candidate of halWithNia)
      expect(candidate.correctedScore ?? 0).toBeGreaterThan(candidate.score ?? 100);
  });

  it('is the candidate summary’s corrected score, to the stored precision', async () => {
    const { items } = await list({ sort: 'score', scoreBasis: 'corrected' });
    for (const candidate of items.slice(0, 12)) {
      const summary = (await t.http.get(`/api/v1/candidates/${candidate.id}/summary`))
        .body as CandidateSummary;
      expect(candidate.correctedScore).toBeCloseTo(summary.overall.correctedScore100 ?? -1, 3);
      expect(candidate.score).toBeCloseTo(summary.overall.weightedScore100 ?? -1, 3);
    }
  });

  it('sorts and pages by the corrected score, and the raw sort is another order', async () => {
    const corrected = (await list({ sort: 'score', scoreBasis: 'corrected' })).items;
    const values = corrected.map((candidate) => candidate.correctedScore ?? -1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const raw = (await list({ sort: 'score' })).items;
    expect(raw.map((candidate) => candidate.id)).not.toEqual(
      corrected.map((candidate) => candidate.id),
    );

    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list({
        sort: 'score',
        scoreBasis: 'corrected',
        limit: 7,
        ...(cursor ? { cursor } : {}),
      });
      paged.push(...page.items.map((candidate) => candidate.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(corrected.map((candidate) => candidate.id));
  });

  it('filters by the corrected score when asked, by the raw one otherwise', async () => {
    const all = (await list({})).items;
    const bound = 50;
    const byCorrected = (await list({ minScore: bound, scoreBasis: 'corrected' })).items;
    const byRaw = (await list({ minScore: bound })).items;
    expect(byCorrected.map((c) => c.id).sort()).toEqual(
      all
        .filter((c) => (c.correctedScore ?? -1) >= bound)
        .map((c) => c.id)
        .sort(),
    );
    expect(byRaw.map((c) => c.id).sort()).toEqual(
      all
        .filter((c) => (c.score ?? -1) >= bound)
        .map((c) => c.id)
        .sort(),
    );
    expect(byCorrected.length).not.toBe(byRaw.length);
    expect(
      (await t.http.get('/api/v1/candidates').query({ scoreBasis: 'adjusted' })).body,
    ).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('exports the corrected score beside the raw one', async () => {
    const response = await t.http.get('/api/v1/candidates/export').query({ jobId: job.id });
    expect(response.status).toBe(200);
    const rows = Papa.parse<Record<string, string>>(response.text, { header: true }).data;
    const { items } = await list({});
    for (const candidate of items.slice(0, 10)) {
      const row = rows.find((r) => r.Email === candidate.email);
      // One decimal in the file, three in the column: they may round apart by a tenth.
      expect(Math.abs(Number(row?.['Score (0-100)']) - (candidate.score ?? 0))).toBeLessThan(0.11);
      expect(
        Math.abs(Number(row?.['Corrected score (0-100)']) - (candidate.correctedScore ?? 0)),
      ).toBeLessThan(0.11);
      expect(row?.['Corrected score (0-100)']).not.toBe(row?.['Score (0-100)']);
    }
  });

  it('corrects the comparison’s categories and carries each scorer’s leniency to those who see Calibration', async () => {
    const { items } = await list({ sort: 'score' });
    const lenaOnly = items.filter((c) => scorers.get(c.id)?.includes('Lena Lenient'));
    const others = items.filter((c) => !scorers.get(c.id)?.includes('Lena Lenient'));
    const ids = [...lenaOnly.slice(0, 2), ...others.slice(0, 2)].map((c) => c.id);
    const compare = async (client: Client) => {
      const response = await client
        .get(`/api/v1/jobs/${job.id}/comparison`)
        .query({ candidateIds: ids.join(',') });
      expect(response.status).toBe(200);
      return response.body as Comparison;
    };

    const asAdmin = await compare(t.http);
    const [lenaCandidate] = asAdmin.candidates;
    // Lena's +1 is taken out of every category her panel scored.
    for (const category of lenaCandidate?.overall.categories ?? [])
      expect(category.correctedScore ?? 5).toBeLessThan(category.score ?? 0);
    const round = lenaCandidate?.rounds[0];
    expect(round?.interviewers.map((i) => i.interviewerName).sort()).toEqual(
      [...(scorers.get(lenaCandidate?.candidateId ?? '') ?? [])].sort(),
    );
    const lena = round?.interviewers.find((i) => i.interviewerName === 'Lena Lenient');
    expect(lena?.leniency ?? 0).toBeGreaterThan(0.5);
    expect(round?.correctedScore100 ?? 100).toBeLessThan(round?.weightedScore100 ?? 0);

    // A recruiter compares too, but sees no colleague's leniency (as in the summary): the
    // corrected figures and the warnings stay the same.
    const recruiter = await t.signInAs(
      await insertUser(t.dataSource, 'recruiter', 'Rita Recruiter'),
    );
    const asRecruiter = await compare(recruiter);
    expect(asRecruiter.candidates[0]?.rounds[0]?.interviewers.map((i) => i.leniency)).toEqual([
      null,
      null,
    ]);
    expect(asRecruiter.candidates.map((c) => c.overall)).toEqual(
      asAdmin.candidates.map((c) => c.overall),
    );
    expect(asRecruiter.warnings).toEqual(asAdmin.warnings);
  });

  it('fits the same from the category means stored at submission as from the answers', async () => {
    const leniencies = async () =>
      (
        (await t.http.get('/api/v1/calibration')).body as {
          interviewers: { interviewerName: string; leniency: number | null }[];
        }
      ).interviewers
        .map((i) => [i.interviewerName, i.leniency] as const)
        .sort(([a], [b]) => a.localeCompare(b));
    const stored = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM scorecards WHERE status = 'submitted' AND category_lineages IS NOT NULL`,
    )) as { n: number }[];
    expect(stored[0]?.n).toBe(120);
    const fromStored = await leniencies();
    await t.dataSource.query(
      `UPDATE scorecards SET category_lineages = NULL, category_ratings = NULL, category_answered = NULL`,
    );
    await fitNow();
    const fromAnswers = await leniencies();
    expect(fromAnswers.map(([name]) => name)).toEqual(fromStored.map(([name]) => name));
    for (const [index, [, leniency]] of fromAnswers.entries())
      expect(leniency).toBeCloseTo(fromStored[index]?.[1] ?? NaN, 4);
  });
});
