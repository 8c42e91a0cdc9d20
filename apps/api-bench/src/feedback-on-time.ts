import { REMINDER_SWEEP_QUEUE } from '@calibrate/api/modules/reminders/reminders.service';
import { Pool } from 'pg';
import PgBoss from 'pg-boss';

import { Login } from './fixtures';

/** Background work the save scenario runs beside: started before, stopped after, with its figures. */
export interface Background<Figures> {
  stop(): Promise<Figures>;
}

export interface ReminderLoadFigures {
  /** Owed scorecards made due at once, each time. */
  scorecards: number;
  /** Sweeps the API finished while the load ran (each looked at every one of them). */
  sweeps: number;
  /** Notifications the sweeps wrote (interviewers, then hiring managers and recruiters). */
  notifications: number;
  /** Mean time from queueing a sweep to its last scorecard rescheduled. */
  secondsPerSweep: number | null;
}

/**
 * 10,000 owed scorecards due a reminder at once, again and again: their reminders are cleared and
 * their next look set to now, a sweep is queued on pg-boss (as the API's own schedule does), and
 * when the API has looked at all of them the next round starts. What the API does meanwhile is
 * what it does on a BPO floor's Monday morning: find what is due (indexed), plan, notify, escalate.
 */
export async function startReminderLoad(
  pool: Pool,
  databaseUrl: string,
  scorecards: number,
  /** Scorecards the save scenario writes to: left alone. */
  busy: string[],
  log: (line: string) => void,
): Promise<Background<ReminderLoadFigures>> {
  // The bench data's open scorecards are of rounds still to come: their rounds are moved three
  // days back for the while (and put back after), which makes each of them overdue.
  const { rows } = await pool.query<{ id: string; round_id: string; scheduled_at: Date }>(
    `SELECT s.id, r.id AS round_id, r.scheduled_at
       FROM scorecards s
       JOIN interview_rounds r ON r.id = s.round_id AND r.status = 'scheduled'
      WHERE s.status = 'draft' AND s.id <> ALL($2::uuid[])
      LIMIT $1`,
    [scorecards, busy],
  );
  const ids = rows.map((row) => row.id);
  const rounds = [...new Map(rows.map((row) => [row.round_id, row.scheduled_at])).entries()];
  if (ids.length < scorecards) log(`  only ${ids.length} open scorecards (wanted ${scorecards})`);
  await pool.query(
    `UPDATE interview_rounds SET scheduled_at = now() - interval '3 days' WHERE id = ANY($1::uuid[])`,
    [rounds.map(([id]) => id)],
  );
  await pool.query(
    `INSERT INTO scorecard_reminders (scorecard_id, next_at) SELECT unnest($1::uuid[]), now()
     ON CONFLICT (scorecard_id) DO NOTHING`,
    [ids],
  );
  const loadStartedAt = new Date();
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: 'pgboss',
    // Only to queue jobs: the API's instance supervises, schedules and migrates.
    supervise: false,
    schedule: false,
    migrate: false,
  });
  await boss.start();
  let stopping = false;
  let sweeps = 0;
  let notifications = 0;
  let sweepMs = 0;
  const countNotifications = async () =>
    Number(
      (
        await pool.query<{ n: string }>(
          `SELECT count(*) AS n FROM notifications WHERE scorecard_id = ANY($1::uuid[])`,
          [ids],
        )
      ).rows[0]?.n ?? 0,
    );
  const oneSweep = async () => {
    await pool.query(
      `DELETE FROM notifications WHERE scorecard_id = ANY($1::uuid[]) AND kind IN ('reminder', 'escalation')`,
      [ids],
    );
    await pool.query(
      `UPDATE scorecard_reminders SET next_at = now() - interval '1 second', last_reminded_at = NULL
        WHERE scorecard_id = ANY($1::uuid[])`,
      [ids],
    );
    const started = Date.now();
    await boss.send(REMINDER_SWEEP_QUEUE, {});
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { rows: due } = await pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM scorecard_reminders
          WHERE scorecard_id = ANY($1::uuid[]) AND next_at <= now()`,
        [ids],
      );
      if (Number(due[0]?.n ?? 0) === 0) break;
      if (Date.now() - started > 120_000) throw new Error('A reminder sweep took over 2 minutes');
    }
    sweepMs += Date.now() - started;
    sweeps += 1;
    notifications += await countNotifications();
  };
  // The first sweep is waited for: the load is on from the first measured round.
  const running = (async () => {
    while (!stopping) await oneSweep();
  })();
  return {
    async stop() {
      stopping = true;
      await running;
      await boss.stop({ graceful: false, close: true });
      await pool.query(
        `UPDATE interview_rounds r SET scheduled_at = x.scheduled_at
           FROM unnest($1::uuid[], $2::timestamptz[]) AS x(id, scheduled_at) WHERE r.id = x.id`,
        [rounds.map(([id]) => id), rounds.map(([, at]) => at)],
      );
      await pool.query(
        `UPDATE scorecard_reminders SET next_at = now(), last_reminded_at = NULL
          WHERE scorecard_id = ANY($1::uuid[])`,
        [ids],
      );
      await pool.query(
        `DELETE FROM notifications WHERE scorecard_id = ANY($1::uuid[]) AND kind IN ('reminder', 'escalation')`,
        [ids],
      );
      // Their e-mails too (the bench has no SMTP server: they stay queued), or each run adds its own.
      await pool.query(
        `DELETE FROM email_outbox WHERE kind = 'notification' AND created_at >= $1`,
        [loadStartedAt],
      );
      return {
        scorecards: ids.length,
        sweeps,
        notifications,
        secondsPerSweep: sweeps > 0 ? Math.round(sweepMs / sweeps / 100) / 10 : null,
      };
    },
  };
}

export interface LiveStreamFigures {
  streams: number;
  /** Stage changes made while the streams were open (one a second). */
  events: number;
  /** Deliveries of those to the streams that may see them (recruiters see every one). */
  deliveries: number;
  /** Deliveries expected and not received within 5 s of the change. */
  missed: number;
  /** From the change's response to its event on a stream, over every delivery. */
  p50Ms: number | null;
  p95Ms: number | null;
}

/**
 * `count` open event streams (the interviewers of the save scenario and, one in ten, recruiters,
 * who see every change), and one stage change a second made through the API, whose arrival on
 * each recruiter stream is timed. Every event also costs the instance one access query for the
 * streams of those who see only some candidates (`LiveEventsHub.dispatch`).
 */
export async function startLiveStreams(options: {
  baseUrl: string;
  pool: Pool;
  interviewers: Login[];
  recruiter: Login;
  count: number;
}): Promise<Background<LiveStreamFigures>> {
  const { baseUrl, pool, interviewers, recruiter, count } = options;
  const controller = new AbortController();
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let deliveries = 0;
  let opened = 0;
  const recruiterStreams = Math.max(1, Math.round(count / 10));
  const { rows: movable } = await pool.query<{ id: string; stage: string; version: number }>(
    `SELECT id, stage, version FROM candidates WHERE stage IN ('screening', 'interviewing')
      ORDER BY created_at DESC LIMIT 20`,
  );
  const readStream = async (login: Login, timed: boolean) => {
    const response = await fetch(`${baseUrl}/api/v1/events`, {
      headers: { ...login.headers, accept: 'text/event-stream' },
      signal: controller.signal,
    });
    if (!response.ok || !response.body) throw new Error(`events answered ${response.status}`);
    opened += 1;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = message.split('\n').find((line) => line.startsWith('data: '));
          if (!timed || !data) continue;
          const event = JSON.parse(data.slice(6)) as { kind?: string; candidateId?: string };
          const key = `${event.candidateId}`;
          const at = sentAt.get(key);
          if (event.kind === 'candidate.stage_changed' && at !== undefined) {
            deliveries += 1;
            latencies.push(Date.now() - at);
          }
        }
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    }
  };
  const readers = Array.from({ length: count }, (_, i) => {
    const timed = i < recruiterStreams;
    const login = timed ? recruiter : interviewers[i % interviewers.length];
    return login ? readStream(login, timed).catch(() => undefined) : Promise.resolve();
  });
  const deadline = Date.now() + 30_000;
  while (opened < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (opened < count) throw new Error(`only ${opened} of ${count} event streams opened`);

  let events = 0;
  let moving = true;
  const mover = (async () => {
    while (moving) {
      const candidate = movable[events % movable.length];
      if (!candidate) break;
      const stage = candidate.stage === 'screening' ? 'interviewing' : 'screening';
      const started = Date.now();
      // The event may reach a stream before the response reaches the bench: time from the request.
      sentAt.set(candidate.id, started);
      const response = await fetch(`${baseUrl}/api/v1/candidates/${candidate.id}/stage`, {
        method: 'POST',
        headers: { ...recruiter.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ stage }),
      });
      if (response.ok) {
        candidate.stage = stage;
        events += 1;
      }
      await response.arrayBuffer();
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, 1000 - (Date.now() - started))),
      );
    }
  })();
  return {
    async stop() {
      moving = false;
      await mover;
      // The last change's events have 5 s to arrive.
      await new Promise((resolve) => setTimeout(resolve, 5000));
      controller.abort();
      await Promise.all(readers);
      const sorted = [...latencies].sort((a, b) => a - b);
      const at = (p: number) =>
        sorted.length
          ? (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? null)
          : null;
      return {
        streams: opened,
        events,
        deliveries,
        missed: Math.max(0, events * recruiterStreams - deliveries),
        p50Ms: at(0.5),
        p95Ms: at(0.95),
      };
    },
  };
}

/**
 * Waits for the API's first reminder sweep after start-up to arm and send what is owed. On a
 * freshly generated database that is every owed scorecard at once (hundreds of thousands at 1M),
 * minutes of work once, which no later start repeats: measured beside it, saves told of it
 * rather than of the API.
 */
export async function waitForStartupSweep(
  pool: Pool,
  since: Date,
  log: (line: string) => void,
): Promise<void> {
  const started = Date.now();
  let told = false;
  for (;;) {
    const { rows } = await pool.query<{ armed: boolean; due: string }>(
      `SELECT EXISTS (SELECT 1 FROM reminder_sweeps WHERE armed_through >= $1) AS armed,
              (SELECT count(*) FROM scorecard_reminders WHERE next_at <= now()) AS due`,
      [since],
    );
    const row = rows[0];
    if (row?.armed && Number(row.due) === 0) break;
    if (!told && Date.now() - started > 5000) {
      told = true;
      log(
        `  waiting for the API's first reminder sweep (${Number(row?.due ?? 0).toLocaleString('en')} due)…`,
      );
    }
    if (Date.now() - started > 30 * 60_000) throw new Error('The start-up sweep took 30 minutes');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  if (told) log(`  first reminder sweep done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
