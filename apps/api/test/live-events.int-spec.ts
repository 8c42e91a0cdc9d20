import http from 'node:http';

import { LiveEvent, Rubric, RubricVersion } from '@calibrate/contracts';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';

import { createApp } from '../src/bootstrap/create-app';
import { parseEnv } from '../src/config/env';
import { SESSION_COOKIE } from '../src/modules/auth/session-cookies';
import { SessionsRepository } from '../src/modules/auth/sessions.repository';
import { LiveEventsHub } from '../src/modules/live/live-events.hub';
import { insertUser, jobFields, twoCategoryRubric } from './fixtures';
import { answer, scheduleRound, ScoringWorld, setRecommendation, submit } from './scoring-setup';
import { resetData, startTestApp, TestApp } from './test-app';

/** Instance B listens here (the helper's port range); instance A is the usual test app. */
const PORT_B = 3251;

/** What a stream received: events with their id, and the named ones (resync, session-ended). */
interface Received {
  id?: string;
  event?: string;
  data: string;
}

/** An open event stream on instance B, as a browser's EventSource would read it. */
class StreamReader {
  readonly received: Received[] = [];
  comments = 0;
  status = 0;
  ended = false;
  private buffer = '';
  private waiters: (() => void)[] = [];
  private request?: http.ClientRequest;

  static async open(sessionId: string, lastEventId?: string, query = ''): Promise<StreamReader> {
    const reader = new StreamReader();
    await new Promise<void>((resolve, reject) => {
      reader.request = http.get(
        {
          host: '127.0.0.1',
          port: PORT_B,
          path: `/api/v1/events${query}`,
          headers: {
            cookie: `${SESSION_COOKIE}=${sessionId}`,
            accept: 'text/event-stream',
            ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
          },
        },
        (response) => {
          reader.status = response.statusCode ?? 0;
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => reader.take(chunk));
          response.on('end', () => {
            reader.ended = true;
            reader.wake();
          });
          response.on('error', () => undefined);
          resolve();
        },
      );
      reader.request.on('error', reject);
    });
    return reader;
  }

  events(): LiveEvent[] {
    return this.received
      .filter((message) => message.event === undefined)
      .map((message) => JSON.parse(message.data) as LiveEvent);
  }

  /** Waits until a received message matches (or fails after `ms`). */
  async waitFor(match: (message: Received) => boolean, ms = 8000): Promise<Received> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.received.find(match);
      if (found) return found;
      if (this.ended) throw new Error('The stream ended first.');
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`Not received; got ${JSON.stringify(this.received.map((m) => m.data))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  waitForEvent(match: (event: LiveEvent) => boolean, ms?: number): Promise<Received> {
    return this.waitFor(
      (message) => message.event === undefined && match(JSON.parse(message.data) as LiveEvent),
      ms,
    );
  }

  close(): void {
    this.request?.destroy();
  }

  private take(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const message: Received = { data: '' };
      let isComment = true;
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        isComment = false;
        const [field, ...rest] = line.split(':');
        const value = rest.join(':').replace(/^ /, '');
        if (field === 'id') message.id = value;
        if (field === 'event') message.event = value;
        if (field === 'data') message.data = value;
      }
      if (isComment) this.comments += 1;
      else if (message.data) this.received.push(message);
    }
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

/** Polls until `condition` holds (or fails after `ms`). */
async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Condition not met in time.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every field an event may carry: ids, a status and counts; no rating, note or recommendation. */
const allowedKeys = new Set([
  'id',
  'kind',
  'roundId',
  'candidateId',
  'jobId',
  'scorecardId',
  'interviewerId',
  'status',
  'answered',
  'questions',
]);

describe('live events across two API instances', () => {
  let a: TestApp;
  let b: NestFastifyApplication;
  const readers: StreamReader[] = [];

  beforeAll(async () => {
    a = await startTestApp();
    // Instance B with short HTTP deadlines: a request must arrive within 1 s and a socket may
    // be quiet for 1.5 s, so a stream that outlives them shows those limits do not cut it.
    const config = parseEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      HTTP_HEADERS_TIMEOUT_MS: '500',
      HTTP_REQUEST_TIMEOUT_MS: '1000',
      HTTP_IDLE_TIMEOUT_MS: '1500',
    });
    b = await createApp({
      config,
      databaseUrl: process.env.CALIBRATE_TEST_DATABASE_URL ?? '',
      logger: pino({ level: 'silent' }),
    });
    await b.listen(PORT_B, '127.0.0.1');
  });
  afterAll(async () => {
    for (const reader of readers) reader.close();
    await b.close();
    await a.close();
  });
  beforeEach(() => resetData(a));
  afterEach(() => {
    for (const reader of readers.splice(0)) reader.close();
  });

  const sessionFor = async (userId: string) =>
    (await a.app.get(SessionsRepository).create(userId, 24)).id;
  const openStreamOf = async (sessionId: string, lastEventId?: string, query?: string) => {
    const reader = await StreamReader.open(sessionId, lastEventId, query);
    readers.push(reader);
    return reader;
  };
  const openStream = async (userId: string, lastEventId?: string) =>
    openStreamOf(await sessionFor(userId), lastEventId);

  /** A job managed by Hana, a candidate, and a round on which Alice and Bob sit. */
  async function panelRound() {
    const alice = await insertUser(a.dataSource, 'interviewer', 'Alice Panel');
    const bob = await insertUser(a.dataSource, 'interviewer', 'Bob Panel');
    const hana = await insertUser(a.dataSource, 'hiring_manager', 'Hana Manager');
    const outsider = await insertUser(a.dataSource, 'interviewer', 'Oscar Outsider');
    const otherManager = await insertUser(a.dataSource, 'hiring_manager', 'Omar Manager');
    const rubric = (
      await a.http.post('/api/v1/rubrics').send({ name: 'Mock call', content: twoCategoryRubric() })
    ).body as Rubric;
    const version = (await a.http.post(`/api/v1/rubric-versions/${rubric.versions[0]?.id}/publish`))
      .body as RubricVersion;
    const newJob = async (managers: string[]) =>
      (
        await a.http.post('/api/v1/jobs').send({
          ...jobFields,
          hiringManagerIds: managers,
          interviewPlan: [{ name: 'Mock call', rubricId: rubric.id }],
        })
      ).body as { id: string };
    const job = await newJob([hana]);
    const otherJob = await newJob([otherManager]);
    const candidateIn = async (jobId: string, name: string) =>
      (
        await a.http
          .post('/api/v1/candidates')
          .send({ name, email: `${name.split(' ')[0]?.toLowerCase()}@example.com`, jobId })
      ).body as { id: string };
    const candidate = await candidateIn(job.id, 'Dee Santos');
    const round = await scheduleRound(a, {
      job,
      candidate,
      interviewers: [alice, bob],
    } as unknown as ScoringWorld);
    const questions = version.categories.flatMap((c) => c.questions.map((q) => q.id));
    const scorecardOf = (user: string) =>
      round.scorecards.find((s) => s.interviewerId === user)?.id ?? '';
    /** An event the outsider may see: a round of their own on another job. */
    const outsiderSentinel = async () => {
      const other = await candidateIn(otherJob.id, 'Eli Other');
      return scheduleRound(a, {
        job: otherJob,
        candidate: other,
        interviewers: [outsider],
      } as unknown as ScoringWorld);
    };
    return {
      alice,
      bob,
      hana,
      outsider,
      otherManager,
      job: job.id,
      candidate: candidate.id,
      round: round.id,
      questions,
      scorecardA: scorecardOf(alice),
      scorecardB: scorecardOf(bob),
      outsiderSentinel,
    };
  }

  it('brings a submission on instance A to a panel member streaming from instance B, counts only', async () => {
    const p = await panelRound();
    const bob = await openStream(p.bob);
    const hana = await openStream(p.hana);
    expect(bob.status).toBe(200);

    for (const question of p.questions)
      expect(
        (await answer(a, p.scorecardA, question, { rating: 5, note: 'evidence' })).status,
      ).toBe(200);
    // Progress is throttled to one event a second per scorecard, the last count always follows.
    const progress = await bob.waitForEvent(
      (e) =>
        e.kind === 'scorecard.progress' &&
        e.scorecardId === p.scorecardA &&
        e.answered === p.questions.length,
    );
    expect(JSON.parse(progress.data)).toEqual({
      id: progress.id,
      kind: 'scorecard.progress',
      roundId: p.round,
      candidateId: p.candidate,
      jobId: p.job,
      scorecardId: p.scorecardA,
      interviewerId: p.alice,
      status: 'draft',
      answered: p.questions.length,
      questions: p.questions.length,
    });

    await setRecommendation(a, p.scorecardA, 'strong_yes');
    expect((await submit(a, p.scorecardA)).status).toBe(200);
    const submitted = await bob.waitForEvent(
      (e) => e.kind === 'scorecard.submitted' && e.scorecardId === p.scorecardA,
    );
    expect(JSON.parse(submitted.data)).toMatchObject({
      roundId: p.round,
      status: 'submitted',
      answered: p.questions.length,
    });
    // The job's hiring manager follows the panel too.
    await hana.waitForEvent(
      (e) => e.kind === 'scorecard.submitted' && e.scorecardId === p.scorecardA,
    );

    // Bob's own card is a draft: nothing he received names a rating, note, recommendation or score.
    for (const message of bob.received)
      for (const key of Object.keys(JSON.parse(message.data) as object))
        expect(allowedKeys.has(key) ? key : `unexpected field ${key}`).toBe(key);
    // Ids are increasing and each event has one.
    const ids = bob.received.map((message) => BigInt(message.id ?? '0'));
    expect(ids.every((id, i) => id > 0n && (i === 0 || id > (ids[i - 1] ?? 0n)))).toBe(true);
  });

  it('tells someone who may not see the round nothing about it', async () => {
    const p = await panelRound();
    const outsider = await openStream(p.outsider);
    const otherManager = await openStream(p.otherManager);
    const admin = await openStream(a.adminId);

    await answer(a, p.scorecardA, p.questions[0] ?? '', { rating: 3 });
    await a.http.post(`/api/v1/candidates/${p.candidate}/stage`).send({ stage: 'screening' });
    await a.http
      .patch(`/api/v1/interview-rounds/${p.round}`)
      .send({ scheduledAt: '2026-12-02T09:00:00.000Z' });
    // Events are handed out in commit order: once the sentinel arrives, the others were decided.
    const sentinel = await p.outsiderSentinel();
    await outsider.waitForEvent((e) => e.kind === 'round.scheduled' && e.roundId === sentinel.id);
    await otherManager.waitForEvent(
      (e) => e.kind === 'round.scheduled' && e.roundId === sentinel.id,
    );
    await admin.waitForEvent((e) => e.kind === 'round.scheduled' && e.roundId === sentinel.id);
    // Progress goes out once a second, after the sentinel: the admin's copy is handed out to
    // every stream of the instance in the same pass.
    await admin.waitForEvent((e) => e.kind === 'scorecard.progress');

    for (const reader of [outsider, otherManager]) {
      const about = reader
        .events()
        .filter(
          (e) =>
            e.candidateId === p.candidate ||
            ('roundId' in e && e.roundId === p.round) ||
            e.jobId === p.job,
        );
      expect(about).toEqual([]);
    }
    // An admin sees everything: the progress, the stage change and the reschedule.
    expect(admin.events().map((e) => e.kind)).toEqual(
      expect.arrayContaining(['scorecard.progress', 'candidate.stage_changed', 'round.updated']),
    );
  });

  it('replays what a reconnecting client missed, filtered by its access, from its Last-Event-ID', async () => {
    const p = await panelRound();
    const first = await openStream(p.bob);
    await answer(a, p.scorecardB, p.questions[0] ?? '', { rating: 2 });
    const seen = await first.waitForEvent(
      (e) => 'scorecardId' in e && e.scorecardId === p.scorecardB,
    );
    first.close();

    // While Bob is away: Alice submits, the candidate moves, and an unrelated round is booked.
    for (const question of p.questions)
      await answer(a, p.scorecardA, question, { rating: 4, note: 'evidence' });
    await setRecommendation(a, p.scorecardA, 'yes');
    expect((await submit(a, p.scorecardA)).status).toBe(200);
    await a.http.post(`/api/v1/candidates/${p.candidate}/stage`).send({ stage: 'interviewing' });
    const unrelated = await p.outsiderSentinel();

    const again = await openStream(p.bob, seen.id);
    await again.waitForEvent((e) => e.kind === 'candidate.stage_changed');
    const kinds = again.events().map((e) => e.kind);
    expect(kinds).toContain('scorecard.submitted');
    expect(again.events().some((e) => 'roundId' in e && e.roundId === unrelated.id)).toBe(false);
    expect(again.events().every((e) => BigInt(e.id) > BigInt(seen.id ?? '0'))).toBe(true);

    // The same from the query, as the page sends it when it opens a new EventSource.
    const fromQuery = await openStreamOf(
      await sessionFor(p.bob),
      undefined,
      `?lastEventId=${seen.id}`,
    );
    await fromQuery.waitForEvent((e) => e.kind === 'scorecard.submitted');

    // An id this server never gave out (or pruned long ago): refetch everything.
    const lost = await openStream(p.bob, '999999999');
    await lost.waitFor((message) => message.event === 'resync');
  });

  it('keeps a quiet stream open past the request and idle timeouts, and ends it with its session', async () => {
    const p = await panelRound();
    b.get(LiveEventsHub).heartbeatMs = 300;
    const session = await sessionFor(p.bob);
    const reader = await openStreamOf(session);
    // Longer than HTTP_REQUEST_TIMEOUT_MS (1 s) and HTTP_IDLE_TIMEOUT_MS (1.5 s) on instance B.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(reader.ended).toBe(false);
    expect(reader.comments).toBeGreaterThan(3);
    await answer(a, p.scorecardA, p.questions[0] ?? '', { rating: 3 });
    await reader.waitForEvent((e) => e.kind === 'scorecard.progress');

    // A client that hangs up is forgotten by the instance.
    const hub = b.get(LiveEventsHub);
    const open = hub.openStreams;
    const leaving = await openStream(p.hana);
    await until(() => hub.openStreams === open + 1);
    leaving.close();
    await until(() => hub.openStreams === open);

    await a.dataSource.query(`DELETE FROM sessions WHERE user_id = $1`, [p.bob]);
    await reader.waitFor((message) => message.event === 'session-ended');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reader.ended).toBe(true);
    b.get(LiveEventsHub).heartbeatMs = 750;
  });

  it('refuses GET /events without a session (401) and ends the response', async () => {
    const reader = await openStreamOf('no-such-session');
    expect(reader.status).toBe(401);
    await reader.waitFor(() => false, 2000).catch(() => undefined);
    expect(reader.ended).toBe(true);
  });

  it('hands a second’s progress of several scorecards to each stream that may see them, each as its own event', async () => {
    const p = await panelRound();
    const hana = await openStream(p.hana);
    const admin = await openStream(a.adminId);
    const outsider = await openStream(p.outsider);
    // Saved within one second: their progress goes out in one batch, written to each stream at once.
    await answer(a, p.scorecardA, p.questions[0] ?? '', { rating: 4 });
    await answer(a, p.scorecardB, p.questions[0] ?? '', { rating: 2 });
    await answer(a, p.scorecardB, p.questions[1] ?? '', { rating: 3 });
    for (const reader of [hana, admin]) {
      await reader.waitForEvent(
        (e) => e.kind === 'scorecard.progress' && e.scorecardId === p.scorecardA,
      );
      await reader.waitForEvent(
        (e) =>
          e.kind === 'scorecard.progress' && e.scorecardId === p.scorecardB && e.answered === 2,
      );
      const progress = reader.received.filter(
        (m) => (JSON.parse(m.data) as LiveEvent).kind === 'scorecard.progress',
      );
      const ids = progress.map((m) => BigInt(m.id ?? '0'));
      expect(ids.every((id, i) => id > 0n && (i === 0 || id > (ids[i - 1] ?? 0n)))).toBe(true);
      expect(progress.map((m) => JSON.parse(m.data) as { id: string }).map((e) => e.id)).toEqual(
        progress.map((m) => m.id),
      );
    }
    const sentinel = await p.outsiderSentinel();
    await outsider.waitForEvent((e) => e.kind === 'round.scheduled' && e.roundId === sentinel.id);
    expect(outsider.events().filter((e) => e.candidateId === p.candidate)).toEqual([]);
  });

  it('shows a round’s panel progress to whoever may see the round, without ratings', async () => {
    const p = await panelRound();
    await answer(a, p.scorecardA, p.questions[0] ?? '', { rating: 5, note: 'evidence' });
    const hana = await a.signInAs(p.hana);
    const response = await hana.get(`/api/v1/interview-rounds/${p.round}/progress`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      roundId: p.round,
      roundStatus: 'scheduled',
      panel: [
        {
          scorecardId: p.scorecardA,
          interviewerId: p.alice,
          interviewerName: 'Alice Panel',
          status: 'draft',
          answered: 1,
          questions: p.questions.length,
        },
        {
          scorecardId: p.scorecardB,
          interviewerId: p.bob,
          interviewerName: 'Bob Panel',
          status: 'draft',
          answered: 0,
          questions: p.questions.length,
        },
      ],
    });
    const outsider = await a.signInAs(p.outsider);
    expect((await outsider.get(`/api/v1/interview-rounds/${p.round}/progress`)).status).toBe(404);
  });
});
