import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';

import {
  CreatedWebhookEndpoint,
  WebhookDeliveryPage,
  WebhookEndpoint,
  WebhookEnvelope,
} from '@calibrate/contracts';

import { CalibrationService } from '../src/modules/calibration/calibration.service';
import { JobQueue } from '../src/modules/job-queue/job-queue.service';
import { WebhookDispatcher } from '../src/modules/webhooks/webhook-dispatcher';
import { insertUser } from './fixtures';
import {
  answer,
  buildScoringWorld,
  scheduleRound,
  ScoringWorld,
  setRecommendation,
  submit,
} from './scoring-setup';
import { resetData, startTestApp, TestApp } from './test-app';

/** What a receiver got: the raw body, its headers, and whether the signature checked out. */
interface Received {
  headers: http.IncomingHttpHeaders;
  raw: string;
  event: WebhookEnvelope<Record<string, unknown>>;
  verified: boolean;
}

/**
 * A receiver as a customer would write one: it recomputes the HMAC over "<t>.<raw body>",
 * compares in constant time and refuses a timestamp older than five minutes.
 */
function verifySignature(secret: string, header: string | undefined, raw: string): boolean {
  const parts = Object.fromEntries(
    (header ?? '').split(',').map((part) => part.split('=') as [string, string]),
  );
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${raw}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

class Receiver {
  readonly received: Received[] = [];
  /** Answer with this status for the next N requests, then 200. */
  failNext = 0;
  failStatus = 500;
  /** Which requests `failNext` applies to (all by default). */
  failOnly: (event: Received['event']) => boolean = () => true;
  secret = '';
  private server?: http.Server;

  async start(): Promise<void> {
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        this.received.push({
          headers: request.headers,
          raw,
          event: JSON.parse(raw) as Received['event'],
          verified: verifySignature(
            this.secret,
            request.headers['calibrate-signature'] as string,
            raw,
          ),
        });
        if (this.failNext > 0 && this.failOnly(JSON.parse(raw) as Received['event'])) {
          this.failNext--;
          response.writeHead(this.failStatus).end('x'.repeat(5000));
          return;
        }
        response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  get port(): number {
    return (this.server?.address() as AddressInfo).port;
  }

  url(path = '/hooks/calibrate'): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  ofType(type: string): Received[] {
    return this.received.filter((r) => r.event.type === type);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe('Webhooks', () => {
  let t: TestApp;
  let dispatcher: WebhookDispatcher;
  let receiver: Receiver;

  beforeAll(async () => {
    t = await startTestApp();
    dispatcher = t.app.get(WebhookDispatcher);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await resetData(t);
    receiver = new Receiver();
    await receiver.start();
    dispatcher.allowPrivateTargets = true;
    dispatcher.resolve = undefined;
    dispatcher.random = () => 1;
  });
  afterEach(async () => {
    await receiver.stop();
  });

  async function register(events: string[], url = receiver.url()): Promise<CreatedWebhookEndpoint> {
    const response = await t.http
      .post('/api/v1/webhooks')
      .send({ url, events, description: 'ATS sync' });
    expect(response.status).toBe(201);
    const created = response.body as CreatedWebhookEndpoint;
    receiver.secret = created.secret;
    return created;
  }

  const deliveries = async (endpointId: string) =>
    ((await t.http.get(`/api/v1/webhooks/${endpointId}/deliveries`)).body as WebhookDeliveryPage)
      .items;

  /** A submitted scorecard (A) and a draft one (B) with answers, on one round. */
  async function submittedAndDraft(world: ScoringWorld) {
    const round = await scheduleRound(t, world);
    const [a, b] = world.interviewers.map(
      (id) => round.scorecards.find((s) => s.interviewerId === id)?.id ?? '',
    );
    for (const [question, rating] of [
      [world.q.q1, 4],
      [world.q.q2, 3],
      [world.q.q3, 2],
    ] as const) {
      expect((await answer(t, a ?? '', question, { rating, note: `A on ${rating}` })).status).toBe(
        200,
      );
      expect(
        (await answer(t, b ?? '', question, { rating: 5, note: 'DRAFT-SECRET note' })).status,
      ).toBe(200);
    }
    await setRecommendation(t, a ?? '', 'yes');
    await setRecommendation(t, b ?? '', 'strong_no');
    return { round, a: a ?? '', b: b ?? '' };
  }

  it('registers an endpoint, shows its secret once, and audits it', async () => {
    const created = await register(['scorecard.submitted', 'candidate.created']);
    expect(created).toMatchObject({
      url: receiver.url(),
      description: 'ATS sync',
      events: ['scorecard.submitted', 'candidate.created'],
      enabled: true,
      disabledReason: null,
      lastDelivery: null,
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);

    const list = (await t.http.get('/api/v1/webhooks')).body as { items: WebhookEndpoint[] };
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).not.toHaveProperty('secret');
    const one = (await t.http.get(`/api/v1/webhooks/${created.id}`)).body as WebhookEndpoint;
    expect(one).not.toHaveProperty('secret');
    expect(JSON.stringify(one)).not.toContain(created.secret);

    const audit = (await t.dataSource.query(
      `SELECT action, actor_id, after FROM audit_events WHERE entity_id = $1`,
      [created.id],
    )) as { action: string; actor_id: string; after: Record<string, unknown> }[];
    expect(audit).toEqual([
      {
        action: 'webhook_endpoint.created',
        actor_id: t.adminId,
        after: {
          url: receiver.url(),
          description: 'ATS sync',
          events: ['scorecard.submitted', 'candidate.created'],
          enabled: true,
        },
      },
    ]);
    expect(JSON.stringify(audit)).not.toContain(created.secret);
  });

  it('answers 400 in the error format for bad URLs and events', async () => {
    for (const [url, message] of [
      ['ftp://example.com/hook', 'Use an http or https URL.'],
      ['https://user:pw@example.com/hook', 'Leave the user name and password out of the URL.'],
      ['not a url', 'Enter a full URL, such as https://example.com/hooks/calibrate.'],
    ]) {
      const response = await t.http
        .post('/api/v1/webhooks')
        .send({ url, events: ['candidate.created'] });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ path: ['url'], message })],
      });
      expect(typeof response.body.requestId).toBe('string');
    }
    const noEvents = await t.http
      .post('/api/v1/webhooks')
      .send({ url: receiver.url(), events: [] });
    expect(noEvents.status).toBe(400);
    expect(noEvents.body.details).toEqual([
      expect.objectContaining({ path: ['events'], message: 'Choose at least one event.' }),
    ]);
    const unknownEvent = await t.http
      .post('/api/v1/webhooks')
      .send({ url: receiver.url(), events: ['scorecard.saved'] });
    expect(unknownEvent.status).toBe(400);
  });

  it('is for admins only: 403 for a recruiter and an interviewer', async () => {
    const created = await register(['candidate.created']);
    for (const role of ['recruiter', 'interviewer'] as const) {
      const client = await t.signInAs(await insertUser(t.dataSource, role));
      for (const response of [
        await client.get('/api/v1/webhooks'),
        await client.post('/api/v1/webhooks').send({ url: receiver.url(), events: ['ping'] }),
        await client.get(`/api/v1/webhooks/${created.id}/deliveries`),
        await client.post(`/api/v1/webhooks/${created.id}/test`),
        await client.delete(`/api/v1/webhooks/${created.id}`),
      ]) {
        expect(response.status).toBe(403);
        expect(response.body.code).toBe('FORBIDDEN');
      }
    }
  });

  it('posts a verifiable scorecard.submitted after a real submit, with no draft data', async () => {
    const world = await buildScoringWorld(t);
    const endpoint = await register(['scorecard.submitted']);
    const { round, a, b } = await submittedAndDraft(world);
    // Saving drafts records nothing.
    expect(await t.dataSource.query(`SELECT type FROM webhook_events`)).toEqual([]);

    expect((await submit(t, a)).status).toBe(200);
    expect(await dispatcher.deliverDue()).toBe(1);

    expect(receiver.received).toHaveLength(1);
    const [got] = receiver.received;
    expect(got?.verified).toBe(true);
    expect(got?.headers['calibrate-event-type']).toBe('scorecard.submitted');
    expect(got?.headers['calibrate-event-id']).toBe(got?.event.id);
    expect(got?.headers['user-agent']).toBe('Calibrate-Webhooks/1');
    expect(got?.headers['content-type']).toBe('application/json');
    expect(got?.event).toMatchObject({
      type: 'scorecard.submitted',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      data: {
        scorecard: { id: a, status: 'submitted', recommendation: 'yes' },
        round: { id: round.id, name: 'Mock call', jobId: world.job.id },
        candidate: { id: world.candidate.id, name: 'Ana Cruz' },
        interviewer: { id: world.interviewers[0], name: 'Ivy Interviewer' },
        ratings: [
          expect.objectContaining({ questionId: world.q.q1, rating: 4, note: 'A on 4' }),
          expect.objectContaining({ questionId: world.q.q2, rating: 3, note: 'A on 3' }),
          expect.objectContaining({ questionId: world.q.q3, rating: 2, note: 'A on 2' }),
        ],
      },
    });
    // The other panel member's draft (ratings, notes, recommendation) never leaves.
    expect(got?.raw).not.toContain(b);
    expect(got?.raw).not.toContain('DRAFT-SECRET');
    expect(got?.raw).not.toContain('strong_no');
    // A tampered body does not verify with the same header.
    expect(
      verifySignature(
        endpoint.secret,
        got?.headers['calibrate-signature'] as string,
        got?.raw.replace('"yes"', '"no"') ?? '',
      ),
    ).toBe(false);
    // …nor with another secret.
    expect(
      verifySignature('whsec_other', got?.headers['calibrate-signature'] as string, got?.raw ?? ''),
    ).toBe(false);

    const log = await deliveries(endpoint.id);
    expect(log).toEqual([
      expect.objectContaining({
        eventId: got?.event.id,
        eventType: 'scorecard.submitted',
        status: 'delivered',
        attempts: 1,
        statusCode: 200,
        responseBody: 'ok',
        error: null,
        nextAttemptAt: null,
      }),
    ]);
    const list = (await t.http.get('/api/v1/webhooks')).body as { items: WebhookEndpoint[] };
    expect(list.items[0]?.lastDelivery).toMatchObject({ status: 'delivered', statusCode: 200 });
  });

  it('retries failures with backoff, later, and in order per subject', async () => {
    const endpoint = await register(['candidate.stage_changed']);
    const candidate = (
      await t.http.post('/api/v1/candidates').send({ name: 'Bo Reyes', email: 'bo@example.com' })
    ).body as { id: string };
    const other = (
      await t.http.post('/api/v1/candidates').send({ name: 'Cy Lim', email: 'cy@example.com' })
    ).body as { id: string };
    expect(
      (await t.http.post(`/api/v1/candidates/${candidate.id}/stage`).send({ stage: 'screening' }))
        .status,
    ).toBe(200);
    expect(
      (
        await t.http
          .post(`/api/v1/candidates/${candidate.id}/stage`)
          .send({ stage: 'interviewing' })
      ).status,
    ).toBe(200);
    receiver.failNext = 2;
    receiver.failOnly = (event) => (event.data.candidate as { id: string }).id === candidate.id;
    const start = Date.now();

    // First run: the first move fails; the second waits behind it (same candidate).
    expect(await dispatcher.deliverDue()).toBe(1);
    const [first] = await deliveries(endpoint.id).then((items) =>
      items.filter((item) => item.status === 'pending' && item.attempts === 1),
    );
    expect(first).toMatchObject({
      statusCode: 500,
      attempts: 1,
      error: 'The endpoint answered 500.',
    });
    expect(first?.responseBody).toHaveLength(2048);
    // Backoff: 30 s for the first retry (random() = 1: the full, unjittered delay).
    const retryIn = new Date(first?.nextAttemptAt ?? 0).getTime() - start;
    expect(retryIn).toBeGreaterThanOrEqual(29_000);
    expect(retryIn).toBeLessThan(40_000);
    // Not due yet: nothing is sent.
    expect(await dispatcher.deliverDue()).toBe(0);

    // A move of another candidate is not held up by the failing one.
    expect(
      (await t.http.post(`/api/v1/candidates/${other.id}/stage`).send({ stage: 'screening' }))
        .status,
    ).toBe(200);
    expect(await dispatcher.deliverDue()).toBe(1);

    // Later: the retry fails again (a minute of backoff), then succeeds, then the second goes.
    expect(await dispatcher.deliverDue(new Date(Date.now() + 31_000))).toBe(1);
    expect(await dispatcher.deliverDue(new Date(Date.now() + 10 * 60_000))).toBe(2);

    const moves = receiver.received.map((r) => [
      (r.event.data.candidate as { id: string }).id === candidate.id ? 'bo' : 'cy',
      r.event.data.toStage,
    ]);
    expect(moves).toEqual([
      ['bo', 'screening'],
      ['cy', 'screening'],
      ['bo', 'screening'],
      ['bo', 'screening'],
      ['bo', 'interviewing'],
    ]);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    // Every attempt of one event carries the same event id (receivers de-duplicate on it).
    const boIds = receiver.received.filter((_, i) => i !== 1).map((r) => r.event.id);
    expect(new Set(boIds.slice(0, 3)).size).toBe(1);
    expect(boIds[3]).not.toBe(boIds[0]);

    const log = await deliveries(endpoint.id);
    expect(log.map((d) => [d.status, d.attempts, d.statusCode])).toEqual(
      expect.arrayContaining([
        ['delivered', 3, 200],
        ['delivered', 1, 200],
        ['delivered', 1, 200],
      ]),
    );
    const [state] = (await t.dataSource.query(
      `SELECT failing_since FROM webhook_endpoints WHERE id = $1`,
      [endpoint.id],
    )) as { failing_since: Date | null }[];
    expect(state?.failing_since).toBeNull();
  });

  it('sends nothing for unsubscribed types or to disabled endpoints', async () => {
    const subscribed = await register(['candidate.created']);
    const disabled = await register(['candidate.created']);
    const otherType = await register(['candidate.stage_changed']);
    const patched = await t.http.patch(`/api/v1/webhooks/${disabled.id}`).send({ enabled: false });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ enabled: false, disabledReason: 'manual' });

    await t.http.post('/api/v1/candidates').send({ name: 'Di Tan', email: 'di@example.com' });
    const rows = (await t.dataSource.query(`SELECT endpoint_id FROM webhook_deliveries`)) as {
      endpoint_id: string;
    }[];
    expect(rows.map((row) => row.endpoint_id)).toEqual([subscribed.id]);
    expect(await dispatcher.deliverDue()).toBe(1);
    expect(receiver.received.map((r) => r.event.type)).toEqual(['candidate.created']);
    expect(receiver.received[0]?.event.data).toEqual({
      candidate: expect.objectContaining({
        name: 'Di Tan',
        email: 'di@example.com',
        stage: 'applied',
      }),
    });
    expect(await deliveries(otherType.id)).toEqual([]);

    // Nobody subscribed: a change records no event at all.
    await t.http.delete(`/api/v1/webhooks/${subscribed.id}`).expect(204);
    await t.http.post('/api/v1/candidates').send({ name: 'Ed Go', email: 'ed@example.com' });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM webhook_events`)).toEqual([
      { n: 1 },
    ]);
    // Sending a test or redelivering to a disabled endpoint is refused.
    const test = await t.http.post(`/api/v1/webhooks/${disabled.id}/test`);
    expect(test.status).toBe(409);
    expect(test.body.code).toBe('WEBHOOK_ENDPOINT_DISABLED');
  });

  it('sends a test ping, and redelivers a delivery with the same event id', async () => {
    const endpoint = await register(['calibration.fitted']);
    const queued = await t.http.post(`/api/v1/webhooks/${endpoint.id}/test`);
    expect(queued.status).toBe(202);
    expect(queued.body).toMatchObject({ eventType: 'ping', status: 'pending', attempts: 0 });
    expect(await dispatcher.deliverDue()).toBe(1);
    expect(receiver.received[0]).toMatchObject({
      verified: true,
      event: { type: 'ping', data: { endpointId: endpoint.id } },
    });

    const again = await t.http.post(`/api/v1/webhook-deliveries/${queued.body.id}/redeliver`);
    expect(again.status).toBe(202);
    expect(again.body.id).not.toBe(queued.body.id);
    expect(await dispatcher.deliverDue()).toBe(1);
    expect(receiver.received.map((r) => r.event.id)).toEqual([
      queued.body.eventId,
      queued.body.eventId,
    ]);
    expect(receiver.received[1]?.verified).toBe(true);
    const log = await deliveries(endpoint.id);
    expect(log).toHaveLength(2);
    expect(log.every((d) => d.status === 'delivered' && d.statusCode === 200)).toBe(true);

    const missing = await t.http.post(
      `/api/v1/webhook-deliveries/00000000-0000-4000-8000-000000000000/redeliver`,
    );
    expect(missing.status).toBe(404);
    const actions = (await t.dataSource.query(
      `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`,
      [endpoint.id],
    )) as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual([
      'webhook_endpoint.created',
      'webhook_endpoint.tested',
      'webhook_endpoint.redelivered',
    ]);
  });

  it('disables an endpoint after a day of failures and notifies the admins', async () => {
    const endpoint = await register(['candidate.created']);
    receiver.failNext = 1000;
    const otherAdmin = await insertUser(t.dataSource, 'admin');
    await t.http.post(`/api/v1/webhooks/${endpoint.id}/test`).expect(202);
    expect(await dispatcher.deliverDue()).toBe(1);
    let state = (await t.http.get(`/api/v1/webhooks/${endpoint.id}`)).body as WebhookEndpoint;
    expect(state).toMatchObject({ enabled: true, failingSince: expect.any(String) });
    // A later event queued behind nothing (another subject) while the endpoint keeps failing.
    await t.http.post('/api/v1/candidates').send({ name: 'Fe Uy', email: 'fe@example.com' });

    // 25 hours on: the ping's day is over (given up) and the endpoint has failed for a day.
    const later = new Date(Date.now() + 25 * 60 * 60_000);
    await dispatcher.deliverDue(later);
    state = (await t.http.get(`/api/v1/webhooks/${endpoint.id}`)).body as WebhookEndpoint;
    expect(state).toMatchObject({ enabled: false, disabledReason: 'failing' });
    const log = await deliveries(endpoint.id);
    expect(log.every((d) => d.status === 'failed' && d.nextAttemptAt === null)).toBe(true);

    const notified = (await t.dataSource.query(
      `SELECT user_id, title, link FROM notifications ORDER BY user_id`,
    )) as { user_id: string; title: string; link: string }[];
    expect(notified.map((n) => n.user_id).sort()).toEqual([t.adminId, otherAdmin].sort());
    expect(notified[0]).toMatchObject({
      title: 'Webhook endpoint disabled',
      link: `/webhooks?endpoint=${endpoint.id}`,
    });
    // Nothing is sent to a disabled endpoint, and it is disabled (and notified) once.
    const before = receiver.received.length;
    expect(await dispatcher.deliverDue(new Date(later.getTime() + 60 * 60_000))).toBe(0);
    expect(receiver.received).toHaveLength(before);

    // Enabling it again starts a new count.
    const enabled = await t.http.patch(`/api/v1/webhooks/${endpoint.id}`).send({ enabled: true });
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
  });

  it('refuses private targets in production, at registration and after DNS at delivery', async () => {
    dispatcher.allowPrivateTargets = false;
    const refused = await t.http
      .post('/api/v1/webhooks')
      .send({ url: receiver.url(), events: ['candidate.created'] });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      statusCode: 422,
      code: 'WEBHOOK_TARGET_FORBIDDEN',
      message: expect.stringContaining('127.0.0.1'),
    });
    for (const address of ['10.1.2.3', '169.254.169.254', '::1', '::ffff:192.168.0.1']) {
      dispatcher.resolve = async () => [{ address, family: address.includes(':') ? 6 : 4 }];
      const response = await t.http
        .post('/api/v1/webhooks')
        .send({ url: 'https://hooks.example.test/in', events: ['candidate.created'] });
      expect(response.status).toBe(422);
    }

    // DNS rebinding: public when registered, loopback when delivering. The check after
    // resolution refuses it, and nothing reaches the receiver.
    dispatcher.resolve = async () => [{ address: '93.184.216.34', family: 4 }];
    const endpoint = await register(
      ['candidate.created'],
      `http://hooks.example.test:${receiver.port}/in`,
    );
    dispatcher.resolve = async () => [{ address: '127.0.0.1', family: 4 }];
    await t.http.post('/api/v1/candidates').send({ name: 'Gi Ko', email: 'gi@example.com' });
    expect(await dispatcher.deliverDue()).toBe(1);
    expect(receiver.received).toEqual([]);
    const [attempt] = await deliveries(endpoint.id);
    expect(attempt).toMatchObject({ status: 'pending', statusCode: null });
    expect(attempt?.error).toMatch(/private or reserved address \(127\.0\.0\.1\)/);

    // Allowed again (development): the socket goes to the vetted address, not to a new DNS
    // answer (hooks.example.test has none outside this resolver).
    dispatcher.allowPrivateTargets = true;
    expect(await dispatcher.deliverDue(new Date(Date.now() + 60_000))).toBe(1);
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.headers.host).toBe(`hooks.example.test:${receiver.port}`);
  });

  it('reports candidates imported, rounds scheduled and no-shows, amendments and fits', async () => {
    const world = await buildScoringWorld(t);
    const endpoint = await register([
      'candidate.created',
      'round.scheduled',
      'round.no_show',
      'scorecard.amended',
      'calibration.fitted',
    ]);
    const imported = await t.http.post(`/api/v1/jobs/${world.job.id}/candidate-imports`).send({
      rows: [
        { row: 2, name: 'Ha Im', email: 'ha@example.com' },
        { row: 3, name: 'Jo Ka', email: 'jo@example.com' },
      ],
    });
    expect(imported.status).toBe(200);
    expect(imported.body.created).toBe(2);

    const { round, a } = await submittedAndDraft(world);
    expect((await submit(t, a)).status).toBe(200);
    const scorecard = (
      await (await t.signInAs(world.interviewers[0])).get(`/api/v1/scorecards/${a}`)
    ).body as { version: number };
    const amended = await (
      await t.signInAs(world.interviewers[0])
    )
      .post(`/api/v1/scorecards/${a}/amendments`)
      .set('if-match', `"${scorecard.version}"`)
      .send({
        reason: 'Typo on the refund question',
        scores: [{ questionId: world.q.q3, rating: 3 }],
      });
    expect(amended.status).toBe(201);

    const past = await scheduleRound(t, world, {
      name: 'Mock call',
      // Fixed and in the past: a time relative to now collided with the default round's
      // 2026-12-01 09:00 on that morning (ROUND_DUPLICATE).
      scheduledAt: '2026-11-20T14:00:00.000Z',
    });
    const noShow = await t.http
      .patch(`/api/v1/interview-rounds/${past.id}`)
      .send({ status: 'no_show' });
    expect(noShow.status).toBe(200);

    const calibration = t.app.get(CalibrationService);
    await calibration.start('manual', t.adminId);
    await calibration.settled();

    await dispatcher.deliverDue();
    const types = receiver.received.map((r) => r.event.type);
    expect(types.filter((type) => type === 'candidate.created')).toHaveLength(2);
    expect(types.filter((type) => type === 'round.scheduled')).toHaveLength(2);
    expect(types).toContain('round.no_show');
    expect(types).toContain('scorecard.amended');
    expect(types).toContain('calibration.fitted');
    expect(types).not.toContain('scorecard.submitted');
    expect(receiver.received.every((r) => r.verified)).toBe(true);

    const data = (type: string) => receiver.ofType(type).map((r) => r.event.data);
    expect(
      data('candidate.created')
        .map((d) => (d.candidate as { name: string }).name)
        .sort(),
    ).toEqual(['Ha Im', 'Jo Ka']);
    expect(
      data('round.scheduled').find((d) => (d.round as { id: string }).id === round.id),
    ).toMatchObject({
      round: { id: round.id, status: 'scheduled', jobId: world.job.id },
      candidate: { id: world.candidate.id },
      panel: expect.arrayContaining([
        { id: world.interviewers[0], name: 'Ivy Interviewer' },
        { id: world.interviewers[1], name: 'Hugo Manager' },
      ]),
    });
    expect(data('round.no_show')[0]).toMatchObject({ round: { id: past.id, status: 'no_show' } });
    expect(data('scorecard.amended')[0]).toMatchObject({
      scorecard: { id: a, status: 'submitted' },
      amendment: { reason: 'Typo on the refund question' },
      ratings: expect.arrayContaining([
        expect.objectContaining({ questionId: world.q.q3, rating: 3 }),
      ]),
    });
    expect(data('calibration.fitted')[0]).toMatchObject({
      fit: { trigger: 'manual', submittedScorecards: 1 },
    });
    expect((await deliveries(endpoint.id)).every((d) => d.status === 'delivered')).toBe(true);
  });

  it('delivers through the job queue on its own once the change commits, retries included', async () => {
    const queue = t.app.get(JobQueue);
    await queue.start();
    try {
      await register(['candidate.created']);
      receiver.failNext = 1;
      dispatcher.random = () => 0; // the first retry after 15 s
      const created = (
        await t.http.post('/api/v1/candidates').send({ name: 'Ki Lo', email: 'ki@example.com' })
      ).body as { id: string };
      const deadline = Date.now() + 25_000;
      while (receiver.received.length < 2 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 200));
      expect(receiver.received.map((r) => (r.event.data.candidate as { id: string }).id)).toEqual([
        created.id,
        created.id,
      ]);
      expect(receiver.received.every((r) => r.verified)).toBe(true);
    } finally {
      await queue.stop();
    }
  }, 40_000);
});
