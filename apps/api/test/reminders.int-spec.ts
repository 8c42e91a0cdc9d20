import { FeedbackOwed, NotificationPage, ReminderSent } from '@calibrate/contracts';

import { JobQueue } from '../src/modules/job-queue/job-queue.service';
import { RemindersService } from '../src/modules/reminders/reminders.service';
import { insertUser } from './fixtures';
import {
  answer,
  buildScoringWorld,
  scheduleRound,
  ScoringWorld,
  setRecommendation,
  submit,
} from './scoring-setup';
import { Client, resetData, startTestApp, TestApp } from './test-app';

describe('feedback reminders and escalation', () => {
  let t: TestApp;
  let world: ScoringWorld;
  let recruiter: Client;
  let managerId: string;
  let recruiterId: string;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    await resetData(t);
    world = await buildScoringWorld(t);
    managerId = await insertUser(t.dataSource, 'hiring_manager', 'Maya Manager');
    await t.http.patch(`/api/v1/jobs/${world.job.id}`).send({ hiringManagerIds: [managerId] });
    recruiterId = await insertUser(t.dataSource, 'recruiter', 'Rita Recruiter');
    recruiter = await t.signInAs(recruiterId);
  });

  /** A round that started `hoursAgo` hours ago, with Ivy's and Hugo's scorecards. */
  async function roundStarted(hoursAgo: number) {
    // Booked far in the past, then moved: at the default time, the next round of the candidate
    // was a duplicate when the last one was moved within the hour of it (96 h ago on 2026-12-05).
    const round = await scheduleRound(t, world, { scheduledAt: '2020-06-01T09:00:00.000Z' });
    await t.dataSource.query(
      `UPDATE interview_rounds SET scheduled_at = now() - $2 * interval '1 hour', updated_at = now() WHERE id = $1`,
      [round.id, hoursAgo],
    );
    const scorecardOf = (name: string) =>
      round.scorecards.find((s) => s.interviewerName === name)?.id ?? '';
    return { id: round.id, ivy: scorecardOf('Ivy Interviewer'), hugo: scorecardOf('Hugo Manager') };
  }

  const notificationsOf = async (userId: string) =>
    (
      (await t.dataSource.query(
        `SELECT kind, scorecard_id, dedupe_key, link FROM notifications WHERE user_id = $1 ORDER BY dedupe_key`,
        [userId],
      )) as { kind: string; scorecard_id: string; dedupe_key: string | null; link: string }[]
    ).map((row) => `${row.kind} ${row.dedupe_key ?? ''}`.trim());

  it('a recruiter reminds an interviewer from Feedback owed: notified, audited, rate-limited', async () => {
    const round = await roundStarted(30);
    const ivy = await t.signInAs(world.interviewers[0]);

    const reminded = await recruiter.post(`/api/v1/scorecards/${round.ivy}/remind`);
    expect(reminded.status).toBe(200);
    expect((reminded.body as ReminderSent).scorecardIds).toEqual([round.ivy]);

    const list = (await ivy.get('/api/v1/notifications')).body as NotificationPage;
    expect(list.unreadCount).toBe(1);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      kind: 'manual_reminder',
      title: 'Rita Recruiter reminds you: scorecard for Ana Cruz (Mock call)',
      body: `${world.job.title}. It was due 6 hours ago.`,
      link: `/interviews/${round.ivy}`,
      scorecardId: round.ivy,
      readAt: null,
    });

    const [audit] = (await t.dataSource.query(
      `SELECT actor_id, action, entity_type, after FROM audit_events WHERE entity_id = $1 AND action = 'scorecard.reminded'`,
      [round.ivy],
    )) as { actor_id: string; action: string; entity_type: string; after: object }[];
    expect(audit).toEqual({
      actor_id: recruiterId,
      action: 'scorecard.reminded',
      entity_type: 'scorecard',
      after: { interviewerId: world.interviewers[0], notificationId: list.items[0]?.id },
    });

    // Once an hour per scorecard: the second click is a 429 in the one error format.
    const again = await recruiter.post(`/api/v1/scorecards/${round.ivy}/remind`);
    expect(again.status).toBe(429);
    expect(again.body).toMatchObject({
      statusCode: 429,
      code: 'REMINDER_TOO_SOON',
      details: { retryAfterSeconds: expect.any(Number) as number },
    });
    const retryAfter = Number(again.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);

    // Feedback owed shows when it was last reminded.
    const owed = (await recruiter.get('/api/v1/feedback-owed')).body as FeedbackOwed;
    expect(owed.owed.find((o) => o.scorecardId === round.ivy)?.lastRemindedAt).toEqual(
      expect.any(String),
    );
    expect(owed.owed.find((o) => o.scorecardId === round.hugo)?.lastRemindedAt).toBeNull();
  });

  it('"Remind all overdue" sends one notification naming the overdue scorecards only', async () => {
    const old = await roundStarted(50);
    await t.dataSource.query(`UPDATE candidates SET name = 'Ben Old' WHERE id = $1`, [
      world.candidate.id,
    ]);
    world.candidate = (
      await t.http
        .post('/api/v1/candidates')
        .send({ name: 'Cora New', email: `cora.${Date.now()}@example.com` })
    ).body as ScoringWorld['candidate'];
    const recent = await roundStarted(30);
    world.candidate = (
      await t.http
        .post('/api/v1/candidates')
        .send({ name: 'Dan Today', email: `dan.${Date.now()}@example.com` })
    ).body as ScoringWorld['candidate'];
    const notDue = await roundStarted(2);

    const response = await recruiter
      .post('/api/v1/feedback-owed/remind')
      .send({ interviewerId: world.interviewers[0], jobId: world.job.id });
    expect(response.status).toBe(200);
    expect((response.body as ReminderSent).scorecardIds).toEqual([old.ivy, recent.ivy]);
    expect((response.body as ReminderSent).scorecardIds).not.toContain(notDue.ivy);

    const ivy = await t.signInAs(world.interviewers[0]);
    const [item] = ((await ivy.get('/api/v1/notifications')).body as NotificationPage).items;
    expect(item).toMatchObject({
      title: 'Rita Recruiter reminds you: 2 overdue scorecards',
      body: 'Ben Old (Mock call), Cora New (Mock call).',
      link: '/interviews',
      scorecardId: null,
    });

    const again = await recruiter
      .post('/api/v1/feedback-owed/remind')
      .send({ interviewerId: world.interviewers[0] });
    expect(again.status).toBe(429);
    // Someone who owes nothing overdue: nothing to remind.
    const nobody = await recruiter
      .post('/api/v1/feedback-owed/remind')
      .send({ interviewerId: recruiterId });
    expect(nobody.body).toMatchObject({ statusCode: 409, code: 'NOTHING_TO_REMIND' });
  });

  it('lets hiring managers remind on their own jobs only, and interviewers not at all', async () => {
    const round = await roundStarted(30);
    const manager = await t.signInAs(managerId);
    const other = await t.signInAs(await insertUser(t.dataSource, 'hiring_manager', 'Other HM'));
    const ivy = await t.signInAs(world.interviewers[0]);

    expect((await other.post(`/api/v1/scorecards/${round.ivy}/remind`)).status).toBe(404);
    expect((await ivy.post(`/api/v1/scorecards/${round.hugo}/remind`)).status).toBe(403);
    expect((await manager.post(`/api/v1/scorecards/${round.ivy}/remind`)).status).toBe(200);
  });

  it('the due-finder reminds at due, escalates to managers then recruiters, exactly once across runs, and stops on submit', async () => {
    const reminders = t.app.get(RemindersService);
    // Ivy's and Hugo's scorecards: due 24 h after the start, so 4 days ago is 72 h overdue.
    const late = await roundStarted(24 + 72);
    const justDue = await roundStarted(25);
    world.candidate = (
      await t.http
        .post('/api/v1/candidates')
        .send({ name: 'Not Due', email: `nd.${Date.now()}@example.com` })
    ).body as ScoringWorld['candidate'];
    const notDue = await roundStarted(3);

    const first = await reminders.sweep();
    const second = await reminders.sweep();
    expect(first.reminded).toBe(4);
    expect(second.reminded).toBe(0);

    // Ivy: one reminder per owed, due scorecard, keyed by the step (72 h overdue = step 3).
    expect(await notificationsOf(world.interviewers[0])).toEqual(
      [`reminder reminder:${late.ivy}:3`, `reminder reminder:${justDue.ivy}:0`].sort(),
    );
    // 72 h overdue: the job's hiring manager (48 h) and every recruiter (72 h) are told once.
    expect(await notificationsOf(managerId)).toEqual(
      [
        `escalation escalation:managers:${late.hugo}`,
        `escalation escalation:managers:${late.ivy}`,
      ].sort(),
    );
    expect(await notificationsOf(recruiterId)).toEqual(
      [
        `escalation escalation:recruiters:${late.hugo}`,
        `escalation escalation:recruiters:${late.ivy}`,
      ].sort(),
    );

    // Ivy submits the late one; Hugo's is a no-show round. A sweep a day later reminds neither.
    for (const question of Object.values(world.q)) {
      await answer(t, late.ivy, question, { rating: 3 });
    }
    await setRecommendation(t, late.ivy, 'yes');
    expect((await submit(t, late.ivy)).status).toBe(200);
    await t.dataSource.query(`UPDATE interview_rounds SET status = 'no_show' WHERE id = $1`, [
      justDue.id,
    ]);
    const dayLater = await reminders.sweep(new Date(Date.now() + 25 * 3_600_000));
    // Hugo's late scorecard reaches its next step (4); the round of 3 hours ago is now due.
    expect(dayLater.reminded).toBe(3);
    expect(await notificationsOf(world.interviewers[1])).toEqual(
      [
        `reminder reminder:${late.hugo}:3`,
        `reminder reminder:${late.hugo}:4`,
        `reminder reminder:${justDue.hugo}:0`,
        `reminder reminder:${notDue.hugo}:0`,
      ].sort(),
    );
    expect(await notificationsOf(world.interviewers[0])).toEqual(
      [
        `reminder reminder:${late.ivy}:3`,
        `reminder reminder:${justDue.ivy}:0`,
        `reminder reminder:${notDue.ivy}:0`,
      ].sort(),
    );
    const [state] = (await t.dataSource.query(
      `SELECT next_at FROM scorecard_reminders WHERE scorecard_id = $1`,
      [late.ivy],
    )) as { next_at: Date | null }[];
    expect(state?.next_at).toBeNull();
  });

  it('two sweeps at once notify once', async () => {
    await roundStarted(24 + 72);
    const reminders = t.app.get(RemindersService);
    const [a, b] = await Promise.all([reminders.sweep(), reminders.sweep()]);
    // Ivy's and Hugo's reminders, whichever sweep sent them.
    expect(a.reminded + b.reminded).toBe(2);
    const [count] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM notifications`)) as {
      n: number;
    }[];
    // 2 reminders, 2 manager escalations, 2 recruiter escalations (Rita).
    expect(count?.n).toBe(6);
  });

  it('a user who turned in-app notifications off gets none', async () => {
    const round = await roundStarted(30);
    const ivy = await t.signInAs(world.interviewers[0]);
    const saved = await ivy
      .put('/api/v1/notification-preferences')
      .send({ inApp: false, email: true, dailyDigest: true });
    expect(saved.body).toEqual({ inApp: false, email: true, dailyDigest: true });
    await t.app.get(RemindersService).sweep();
    expect(await notificationsOf(world.interviewers[0])).toEqual([]);
    expect(await notificationsOf(world.interviewers[1])).toEqual([
      `reminder reminder:${round.hugo}:0`,
    ]);
  });
});

describe('the job queue', () => {
  const queue = 'h5-test-once';

  it('runs a job queued before a restart once, on the next app', async () => {
    const first = await startTestApp();
    await resetData(first);
    await first.dataSource.query(`DROP TABLE IF EXISTS h5_job_runs`);
    await first.dataSource.query(`CREATE TABLE h5_job_runs (job_id text, payload text)`);
    await first.app.get(JobQueue).start();
    // Queued to start in 2 s: the first app is gone by then.
    const jobId = await first.app
      .get(JobQueue)
      .send(queue, { payload: 'hello' }, { startAfter: 2 });
    expect(jobId).toEqual(expect.any(String));
    await first.close();

    const second = await startTestApp();
    try {
      const ran: string[] = [];
      await second.app.get(JobQueue).work<{ payload: string }>(queue, async (data, id) => {
        ran.push(id);
        // Idempotent: a second delivery of the same job would insert nothing.
        await second.dataSource.query(
          `INSERT INTO h5_job_runs (job_id, payload) SELECT $1, $2
            WHERE NOT EXISTS (SELECT 1 FROM h5_job_runs WHERE job_id = $1)`,
          [id, data.payload],
        );
      });
      await second.app.get(JobQueue).start();
      const deadline = Date.now() + 15_000;
      while (ran.length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // Give a duplicate delivery the chance to show.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(ran).toEqual([jobId]);
      expect(await second.dataSource.query(`SELECT job_id, payload FROM h5_job_runs`)).toEqual([
        { job_id: jobId, payload: 'hello' },
      ]);
    } finally {
      await second.dataSource.query(`DROP TABLE IF EXISTS h5_job_runs`);
      await second.close();
    }
    // Closed cleanly: pg-boss's connections are gone with the app.
    expect(second.app.get(JobQueue).started).toBe(false);
  });
});
