import { EmailMessage, EmailOutboxPage, NotificationPage } from '@calibrate/contracts';

import { DailyDigestService } from '../src/modules/reminders/daily-digest.service';
import { RoundRemindersService } from '../src/modules/reminders/round-reminders.service';
import { buildScoringWorld, scheduleRound, ScoringWorld } from './scoring-setup';
import { resetData, startTestApp, TestApp } from './test-app';

const HOUR = 3_600_000;

describe('round reminders and the daily digest', () => {
  let t: TestApp;
  let world: ScoringWorld;
  let rounds: RoundRemindersService;

  beforeAll(async () => {
    t = await startTestApp();
    rounds = t.app.get(RoundRemindersService);
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    await resetData(t);
    world = await buildScoringWorld(t);
  });

  const noticesOf = async (userId: string) =>
    (
      (await t.dataSource.query(
        `SELECT title FROM notifications WHERE user_id = $1 AND kind = 'round_reminder' ORDER BY created_at, title`,
        [userId],
      )) as { title: string }[]
    ).map((row) => row.title);
  const mailsOf = async (kind: string) =>
    (
      (await t.dataSource.query(
        `SELECT subject FROM email_outbox WHERE kind = $1 ORDER BY created_at, subject`,
        [kind],
      )) as { subject: string }[]
    ).map((row) => row.subject);

  it('reminds the panel a day before and an hour before, once each, in the app and by e-mail', async () => {
    const base = Date.now();
    const startsAt = new Date(base + 30 * HOUR);
    const round = await scheduleRound(t, world, { scheduledAt: startsAt.toISOString() });
    const [ivyId, hugoId] = world.interviewers;

    expect(await rounds.remind(new Date(base))).toBe(0);
    expect(await rounds.remind(new Date(base + 6 * HOUR + 60_000))).toBe(2);
    expect(await rounds.remind(new Date(base + 6 * HOUR + 120_000))).toBe(0);
    expect(await noticesOf(ivyId)).toEqual(['Tomorrow: Mock call with Ana Cruz']);

    expect(await rounds.remind(new Date(base + 12 * HOUR))).toBe(0);
    expect(await rounds.remind(new Date(base + 29 * HOUR + 60_000))).toBe(2);
    expect(await rounds.remind(new Date(base + 29 * HOUR + 90_000))).toBe(0);
    expect(await noticesOf(hugoId)).toEqual([
      'Tomorrow: Mock call with Ana Cruz',
      'In an hour: Mock call with Ana Cruz',
    ]);

    const ivy = await t.signInAs(ivyId);
    const page = (await ivy.get('/api/v1/notifications')).body as NotificationPage;
    const ivyScorecard = round.scorecards.find((s) => s.interviewerId === ivyId);
    expect(page.items[0]).toMatchObject({
      kind: 'round_reminder',
      title: 'In an hour: Mock call with Ana Cruz',
      link: `/interviews/${ivyScorecard?.id}`,
      scorecardId: ivyScorecard?.id,
    });
    expect(page.items[0]?.body).toMatch(
      /^Inbound customer service agent, \w{3} \d+ \w{3} \d{4}, \d\d:\d\d UTC\.$/,
    );
    // E-mail is on by default: each reminder is also in the outbox.
    expect(await mailsOf('notification')).toEqual([
      'Tomorrow: Mock call with Ana Cruz',
      'Tomorrow: Mock call with Ana Cruz',
      'In an hour: Mock call with Ana Cruz',
      'In an hour: Mock call with Ana Cruz',
    ]);
  });

  it('reminds of a moved round at its new time, and never of a cancelled one', async () => {
    const base = Date.now();
    const moved = await scheduleRound(t, world, {
      scheduledAt: new Date(base + 20 * HOUR).toISOString(),
      interviewerIds: [world.interviewers[0]],
    });
    const cancelled = await scheduleRound(t, world, {
      scheduledAt: new Date(base + 10 * HOUR).toISOString(),
      interviewerIds: [world.interviewers[1]],
    });
    expect(await rounds.remind(new Date(base))).toBe(2);
    await t.http
      .patch(`/api/v1/interview-rounds/${moved.id}`)
      .send({ scheduledAt: new Date(base + 40 * HOUR).toISOString() });
    await t.http.patch(`/api/v1/interview-rounds/${cancelled.id}`).send({ status: 'cancelled' });

    expect(await rounds.remind(new Date(base + 9.5 * HOUR))).toBe(0);
    expect(await rounds.remind(new Date(base + 16 * HOUR + 60_000))).toBe(1);
    expect(await noticesOf(world.interviewers[0])).toEqual([
      'Tomorrow: Mock call with Ana Cruz',
      'Tomorrow: Mock call with Ana Cruz',
    ]);
    expect(await noticesOf(world.interviewers[1])).toEqual(['Tomorrow: Mock call with Ana Cruz']);
  });

  it('finds upcoming rounds and queued e-mail through their indexes', async () => {
    const plan = async (sql: string) => {
      const runner = t.dataSource.createQueryRunner();
      try {
        await runner.startTransaction();
        await runner.query(`SET LOCAL enable_seqscan = off`);
        const rows = (await runner.query(`EXPLAIN ${sql}`)) as { 'QUERY PLAN': string }[];
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    // Either index reads only the hour's range (status first, or the time): on a near-empty
    // table the planner's pick between them follows when autovacuum last analyzed it (it picked
    // the time index in 2 of 7 full runs).
    const upcoming = await plan(
      `SELECT id FROM interview_rounds WHERE status = 'scheduled' AND scheduled_at > now() AND scheduled_at <= now() + interval '1 hour'`,
    );
    expect(upcoming).toMatch(/interview_rounds_(status_)?scheduled_idx/);
    expect(upcoming).not.toContain('Seq Scan');
    expect(
      await plan(
        `SELECT id FROM email_outbox WHERE status = 'queued' AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT 20`,
      ),
    ).toContain('email_outbox_queued_idx');
  });

  it('writes one digest a day to those who asked, with what they owe and have not read', async () => {
    const [ivyId, hugoId] = world.interviewers;
    const round = await scheduleRound(t, world);
    await t.dataSource.query(
      `UPDATE interview_rounds SET scheduled_at = now() - interval '30 hours' WHERE id = $1`,
      [round.id],
    );
    const ivyScorecard = round.scorecards.find((s) => s.interviewerId === ivyId);
    expect((await t.http.post(`/api/v1/scorecards/${ivyScorecard?.id}/remind`)).status).toBe(200);
    const ivy = await t.signInAs(ivyId);
    await ivy
      .put('/api/v1/notification-preferences')
      .send({ inApp: true, email: false, dailyDigest: true });

    const digests = t.app.get(DailyDigestService);
    const now = new Date();
    expect(await digests.send(now)).toBe(1);
    expect(await digests.send(now)).toBe(0);
    expect(await digests.send(new Date(now.getTime() + 24 * HOUR))).toBe(1);

    const page = (await t.http.get('/api/v1/email-outbox?limit=100')).body as EmailOutboxPage;
    const sent = page.items.filter((item) => item.kind === 'digest');
    expect(sent).toHaveLength(2);
    expect(new Set(sent.map((item) => item.recipient)).size).toBe(1);
    expect(sent[0]?.subject).toBe('Your Calibrate day: 1 scorecard owed, 1 unread');
    const message = (await t.http.get(`/api/v1/email-outbox/${sent[0]?.id}`)).body as EmailMessage;
    expect(message.textBody).toContain('Good morning, Ivy Interviewer.');
    expect(message.textBody).toContain(`Scorecards you owe (1):\n  - Ana Cruz, Mock call (`);
    expect(message.textBody).toContain(`/interviews/${ivyScorecard?.id}`);
    expect(message.textBody).toContain(
      'Unread notifications (1):\n  - Test Admin reminds you: scorecard for Ana Cruz (Mock call)',
    );
    // Hugo owes a scorecard too, but did not ask for a digest.
    const hugoDigests = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM email_outbox WHERE kind = 'digest' AND user_id = $1`,
      [hugoId],
    )) as { n: number }[];
    expect(hugoDigests[0]?.n).toBe(0);
  });
});
