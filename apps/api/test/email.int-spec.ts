import { EmailMessage, EmailOutboxPage, InterviewRound } from '@calibrate/contracts';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';

import { createApp } from '../src/bootstrap/create-app';
import { parseEnv } from '../src/config/env';
import { EmailOutboxRepository } from '../src/modules/email/email-outbox.repository';
import {
  EMAIL_LEASE_SECONDS,
  EMAIL_MAX_ATTEMPTS,
  EmailSender,
} from '../src/modules/email/email-sender.service';
import { JobQueue } from '../src/modules/job-queue/job-queue.service';
import { insertUser } from './fixtures';
import { MailCatcher, parseMail } from './mail-catcher';
import { buildScoringWorld, scheduleRound, ScoringWorld } from './scoring-setup';
import { resetData, startTestApp, TestApp } from './test-app';

const APP_URL = 'http://calibrate.test';

describe('e-mail: the outbox, the SMTP sender and round invitations', () => {
  let t: TestApp;
  let catcher: MailCatcher;
  let smtpUrl: string;
  /** A second API instance on the same database, this one with SMTP settings: the sender. */
  let mailer: NestFastifyApplication;
  let world: ScoringWorld;

  const startMailer = async () =>
    createApp({
      config: parseEnv({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        SMTP_URL: smtpUrl,
        MAIL_FROM: 'Calibrate <hiring@calibrate.test>',
        APP_URL,
      }),
      databaseUrl: process.env.CALIBRATE_TEST_DATABASE_URL ?? '',
      logger: pino({ level: 'silent' }),
    });

  beforeAll(async () => {
    catcher = new MailCatcher();
    smtpUrl = await catcher.start();
    t = await startTestApp();
    mailer = await startMailer();
  });
  afterAll(async () => {
    await mailer.close();
    await t.close();
    await catcher.stop();
  });

  beforeEach(async () => {
    catcher.received.length = 0;
    catcher.failNext = 0;
    await resetData(t);
    world = await buildScoringWorld(t);
  });

  const outbox = async (query = '') => {
    const response = await t.http.get(`/api/v1/email-outbox${query}`);
    expect(response.status).toBe(200);
    return response.body as EmailOutboxPage;
  };
  const emailOf = async (userId: string) => {
    const [row] = (await t.dataSource.query(`SELECT email FROM users WHERE id = $1`, [userId])) as {
      email: string;
    }[];
    return row?.email ?? '';
  };
  const rows = async () =>
    (await t.dataSource.query(
      `SELECT kind, recipient, subject, status, attempts, last_error, sent_at FROM email_outbox ORDER BY created_at, recipient`,
    )) as {
      kind: string;
      recipient: string;
      subject: string;
      status: string;
      attempts: number;
      last_error: string | null;
      sent_at: Date | null;
    }[];
  const send = (now?: Date) => mailer.get(EmailSender).sendDue(now);

  it('without SMTP settings keeps invitations queued, and admins read them with their .ics', async () => {
    const round = await scheduleRound(t, world);
    expect(await t.app.get(EmailSender).sendDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    const page = await outbox();
    expect(page.smtpConfigured).toBe(false);
    expect(page.nextCursor).toBeNull();
    expect(page.items).toHaveLength(2);
    const ivyEmail = await emailOf(world.interviewers[0]);
    const ivyItem = page.items.find((item) => item.recipient === ivyEmail);
    expect(ivyItem).toMatchObject({
      kind: 'invitation',
      status: 'queued',
      attempts: 0,
      lastError: null,
      sentAt: null,
      subject: 'Interview: Mock call with Ana Cruz, Tue 1 Dec 2026, 09:00 UTC',
      attachmentNames: ['invite.ics'],
    });

    const message = (await t.http.get(`/api/v1/email-outbox/${ivyItem?.id}`)).body as EmailMessage;
    const ivyScorecard = round.scorecards.find((s) => s.interviewerId === world.interviewers[0]);
    expect(message.textBody).toContain(`/interviews/${ivyScorecard?.id}`);
    expect(message.attachments).toHaveLength(1);
    const ics = message.attachments[0]?.content ?? '';
    expect(message.attachments[0]?.contentType).toBe(
      'text/calendar; charset=utf-8; method=REQUEST',
    );
    expect(ics).toContain('\r\nMETHOD:REQUEST\r\n');
    expect(ics).toContain(`\r\nUID:round-${round.id}@calibrate\r\n`);
    expect(ics).toContain('\r\nSEQUENCE:0\r\n');
    expect(ics).toContain('\r\nDTSTART:20261201T090000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20261201T100000Z\r\n');
    expect(ics.replace(/\r\n /g, '')).toContain(`ATTENDEE;CN="Ivy Interviewer";`);
    expect((await rows()).every((row) => row.status === 'queued')).toBe(true);
  });

  it('sends over SMTP: recipient, subject, text and the .ics arrive, once', async () => {
    const round = await scheduleRound(t, world);
    expect(await send()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(await send()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(catcher.received).toHaveLength(2);

    const ivyEmail = await emailOf(world.interviewers[0]);
    const caught = catcher.received.find((mail) => mail.to.includes(ivyEmail));
    expect(caught?.to).toEqual([ivyEmail]);
    const mail = parseMail(caught?.raw ?? '');
    expect(mail.headers.get('subject')).toBe(
      'Interview: Mock call with Ana Cruz, Tue 1 Dec 2026, 09:00 UTC',
    );
    expect(mail.headers.get('from')).toBe('Calibrate <hiring@calibrate.test>');
    expect(mail.headers.get('to')).toBe(ivyEmail);
    expect(mail.headers.get('message-id')).toMatch(/^<[0-9a-f]{32}@calibrate\.local>$/);
    const text = mail.parts.find((part) =>
      part.headers.get('content-type')?.startsWith('text/plain'),
    );
    // Written by the instance without APP_URL: links lead to the API's own address.
    const ivyScorecard = round.scorecards.find((s) => s.interviewerId === world.interviewers[0]);
    expect(text?.body).toContain(
      `Your scorecard: http://127.0.0.1:3000/interviews/${ivyScorecard?.id}`,
    );
    const attachment = mail.parts.find((part) =>
      part.headers.get('content-type')?.startsWith('text/calendar'),
    );
    expect(attachment?.headers.get('content-disposition')).toMatch(
      /attachment; filename=invite\.ics/,
    );
    const ics = attachment?.body ?? '';
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain(`\r\nUID:round-${round.id}@calibrate\r\n`);
    expect(ics).toContain('\r\nORGANIZER;CN="Calibrate":mailto:calibrate@localhost\r\n');
    expect(ics.replace(/\r\n /g, '')).toContain(`RSVP=TRUE:mailto:${ivyEmail}`);

    const page = await outbox('?status=sent');
    expect(page.items).toHaveLength(2);
    expect(page.items.every((item) => item.sentAt !== null && item.attempts === 1)).toBe(true);
    expect((await outbox('?status=queued')).items).toHaveLength(0);
  });

  it('sends an update when a round moves and a cancellation when it is cancelled', async () => {
    const round = await scheduleRound(t, world);
    const moved = await t.http
      .patch(`/api/v1/interview-rounds/${round.id}`)
      .send({ scheduledAt: '2026-12-02T10:30:00.000Z' });
    expect(moved.status).toBe(200);
    const cancelled = await t.http
      .patch(`/api/v1/interview-rounds/${round.id}`)
      .send({ status: 'cancelled' });
    expect((cancelled.body as InterviewRound).status).toBe('cancelled');

    expect((await send()).sent).toBe(6);
    const ivyEmail = await emailOf(world.interviewers[0]);
    const ivyMails = catcher.received
      .filter((mail) => mail.to.includes(ivyEmail))
      .map((mail) => parseMail(mail.raw));
    const bySubject = new Map(
      ivyMails.map((mail) => [
        mail.headers.get('subject')?.split(':')[0],
        mail.parts.find((p) => p.headers.get('content-type')?.startsWith('text/calendar'))?.body ??
          '',
      ]),
    );
    expect([...bySubject.keys()].sort()).toEqual(['Cancelled', 'Interview', 'Moved']);
    expect(bySubject.get('Moved')).toContain('\r\nSEQUENCE:1\r\n');
    expect(bySubject.get('Moved')).toContain('\r\nDTSTART:20261202T103000Z\r\n');
    expect(bySubject.get('Moved')).toContain('\r\nMETHOD:REQUEST\r\n');
    expect(bySubject.get('Cancelled')).toContain('\r\nMETHOD:CANCEL\r\n');
    expect(bySubject.get('Cancelled')).toContain('\r\nSEQUENCE:2\r\n');
    expect(bySubject.get('Cancelled')).toContain('\r\nSTATUS:CANCELLED\r\n');
    for (const ics of bySubject.values()) expect(ics).toContain(`UID:round-${round.id}@calibrate`);
  });

  it('retries after a temporary SMTP failure (451), then sends', async () => {
    await scheduleRound(t, world, { interviewerIds: [world.interviewers[0]] });
    catcher.failNext = 1;

    expect(await send()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const [failed] = await rows();
    expect(failed).toMatchObject({ status: 'queued', attempts: 1 });
    expect(failed?.last_error).toMatch(/451/);
    // Not due again until the backoff (a minute) has passed.
    expect(await send()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    expect(await send(new Date(Date.now() + 61_000))).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(catcher.received).toHaveLength(1);
    expect(await rows()).toEqual([
      expect.objectContaining({ status: 'sent', attempts: 2, last_error: null }),
    ]);
  });

  it('gives up after the last attempt and says why', async () => {
    await scheduleRound(t, world, { interviewerIds: [world.interviewers[0]] });
    await t.dataSource.query(`UPDATE email_outbox SET attempts = $1`, [EMAIL_MAX_ATTEMPTS - 1]);
    catcher.failNext = 1;
    expect(await send()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const page = await outbox('?status=failed');
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ attempts: EMAIL_MAX_ATTEMPTS, nextAttemptAt: null });
    expect(page.items[0]?.lastError).toMatch(/451/);
    expect(await send(new Date(Date.now() + 86_400_000))).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
  });

  it('loses nothing when a sender dies between claiming and sending, and sends it once', async () => {
    await scheduleRound(t, world, { interviewerIds: [world.interviewers[0]] });
    // A sender claims the mail, then dies before sending it: its lease holds the row.
    const claimed = await mailer
      .get(EmailOutboxRepository)
      .claimDue(new Date(), 20, EMAIL_LEASE_SECONDS);
    expect(claimed).toHaveLength(1);
    await mailer.close();
    mailer = await startMailer();

    // The restarted instance leaves it alone while the lease runs, then sends it.
    expect(await send()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(catcher.received).toHaveLength(0);
    const later = new Date(Date.now() + (EMAIL_LEASE_SECONDS + 1) * 1000);
    expect(await send(later)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await send(later)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(catcher.received).toHaveLength(1);
    expect(await rows()).toEqual([expect.objectContaining({ status: 'sent', attempts: 2 })]);
  });

  it('two senders at once send each e-mail once', async () => {
    await scheduleRound(t, world);
    const other = await startMailer();
    try {
      const results = await Promise.all([send(), other.get(EmailSender).sendDue()]);
      expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(2);
    } finally {
      await other.close();
    }
    expect(catcher.received).toHaveLength(2);
  });

  it('e-mails a notification to users who keep e-mail on, in the reminder’s transaction', async () => {
    const round = await scheduleRound(t, world);
    await t.dataSource.query(
      `UPDATE interview_rounds SET scheduled_at = now() - interval '30 hours' WHERE id = $1`,
      [round.id],
    );
    const [ivyId, hugoId] = world.interviewers;
    const hugo = await t.signInAs(hugoId);
    expect(
      (
        await hugo
          .put('/api/v1/notification-preferences')
          .send({ inApp: true, email: false, dailyDigest: false })
      ).status,
    ).toBe(200);
    await t.dataSource.query(`DELETE FROM email_outbox`);

    for (const scorecard of round.scorecards) {
      expect((await t.http.post(`/api/v1/scorecards/${scorecard.id}/remind`)).status).toBe(200);
    }
    const page = await outbox();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      kind: 'notification',
      recipient: await emailOf(ivyId),
      subject: 'Test Admin reminds you: scorecard for Ana Cruz (Mock call)',
      attachmentNames: [],
    });
    const message = (await t.http.get(`/api/v1/email-outbox/${page.items[0]?.id}`))
      .body as EmailMessage;
    const ivyScorecard = round.scorecards.find((s) => s.interviewerId === ivyId);
    expect(message.textBody).toContain(
      `It was due 6 hours ago.\n\nOpen it: http://127.0.0.1:3000/interviews/${ivyScorecard?.id}`,
    );
    const hugoNotices = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`,
      [hugoId],
    )) as { n: number }[];
    expect(hugoNotices[0]?.n).toBe(1);
  });

  it('lists newest first with a keyset cursor', async () => {
    await scheduleRound(t, world);
    await scheduleRound(t, world, { scheduledAt: '2026-12-05T09:00:00.000Z' });
    const first = await outbox('?limit=3');
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await outbox(`?limit=3&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((item) => item.id)).size).toBe(4);
    const created = all.map((item) => item.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
  });

  it('sends on its own once the job queue runs (every minute, and at start)', async () => {
    await scheduleRound(t, world);
    const queue = mailer.get(JobQueue);
    await queue.start();
    try {
      const deadline = Date.now() + 20_000;
      const invitationsSent = async () =>
        (await rows()).filter((row) => row.kind === 'invitation' && row.status === 'sent').length;
      while ((await invitationsSent()) < 2 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(await invitationsSent()).toBe(2);
      expect(
        catcher.received.filter((mail) => mail.raw.includes('Subject: Interview: Mock call')),
      ).toHaveLength(2);
    } finally {
      await queue.stop();
    }
  });

  it('is for admins only, and answers bad input with 400 and unknown ids with 404', async () => {
    await scheduleRound(t, world);
    const [id] = (await outbox()).items.map((item) => item.id);
    for (const role of ['recruiter', 'hiring_manager', 'interviewer'] as const) {
      const client = await t.signInAs(await insertUser(t.dataSource, role));
      const list = await client.get('/api/v1/email-outbox');
      expect(list.status).toBe(403);
      expect(list.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
      expect((await client.get(`/api/v1/email-outbox/${id}`)).status).toBe(403);
    }
    expect((await t.anonymous.get('/api/v1/email-outbox')).body).toMatchObject({
      statusCode: 401,
      code: 'UNAUTHENTICATED',
    });

    const badStatus = await t.http.get('/api/v1/email-outbox?status=lost');
    expect(badStatus.status).toBe(400);
    expect(badStatus.body).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ path: ['status'] })],
    });
    expect((await t.http.get('/api/v1/email-outbox?cursor=forged')).body).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
    });
    expect((await t.http.get('/api/v1/email-outbox/not-an-id')).body).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(
      (await t.http.get('/api/v1/email-outbox/00000000-0000-4000-8000-000000000000')).body,
    ).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });
});
