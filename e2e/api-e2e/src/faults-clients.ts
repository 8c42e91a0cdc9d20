/**
 * Simulated interviewers autosaving the way the web app's save queue does
 * (apps/web/src/features/scorecards/autosave): one request at a time per interviewer, each save
 * a PUT of one answer with If-Match (the answer's version last seen) and a fresh Idempotency-Key;
 * a request whose outcome is unknown (no response, a 5xx) is resent unchanged, same key, until
 * it is answered. Every save is kept in a ledger that `verifyExactlyOnce` checks against the
 * database.
 */
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';

import { Client } from 'pg';

import { contractViolation } from './contract';
import { DrillInterviewer, sleep } from './faults-stack';

export interface Save {
  interviewer: number;
  scorecardId: string;
  questionId: string;
  key: string;
  /** Sent as If-Match: the answer's version before this save. */
  expected: number;
  rating: number;
  /** Unique per save (it holds the key), so that the audit trail tells the saves apart. */
  note: string;
  attempts: number;
  /** The version of the 200 the client got; undefined while unacknowledged. */
  ackedVersion?: number;
  /** How long the attempt that got the 200 took. */
  latencyMs?: number;
  /**
   * The 200 was a replay: the save had been applied by an earlier attempt whose answer was lost
   * (the answer's updatedAt is older than the attempt that got it).
   */
  replayed?: boolean;
  /** Why a request was refused for good (a 4xx): the drill fails on any. */
  refused?: string;
}

/** A request that got no 2xx: what the client saw. */
export interface Failure {
  at: number;
  ms: number;
  status?: number;
  body?: string;
  error?: string;
}

export interface InterviewersOptions {
  /** Where requests go (the API, or a proxy in front of it); read for every request. */
  baseUrl: () => string;
  /** Pause between two saves of one interviewer. */
  thinkMs: [number, number];
  /** A request not answered by then is abandoned and resent. */
  timeoutMs?: number;
  maxBackoffMs?: number;
}

interface Response {
  status: number;
  body: string;
  contentType: string | null;
  /** Set by the API on every answer: absent when the answer did not come from it. */
  requestId: string | null;
}

/** The save's operation in the API's OpenAPI document, which every answer must match. */
const SAVE_OPERATION = '/api/v1/scorecards/{scorecardId}/scores/{questionId}';

function put(
  agent: Agent,
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
) {
  return new Promise<Response>((resolve, reject) => {
    const req = request(url, {
      method: 'PUT',
      agent,
      headers: { ...headers, 'content-type': 'application/json' },
      timeout: timeoutMs,
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: text,
          contentType: res.headers['content-type'] ?? null,
          requestId: (res.headers['x-request-id'] as string | undefined) ?? null,
        }),
      );
      res.on('error', reject);
      res.on('aborted', () => reject(new Error('response aborted')));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

const between = ([low, high]: [number, number]) => low + Math.random() * (high - low);

export class Interviewers {
  readonly saves: Save[] = [];
  readonly failures: Failure[] = [];
  private running = false;
  /** Set when a drill failed midway: unanswered saves stop being resent. */
  private abandoned = false;
  private loops: Promise<void>[] = [];
  /** Keep-alive connections, as browsers hold them; enough sockets for every interviewer. */
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 512 });
  private readonly versions = new Map<string, number>();

  constructor(
    private readonly people: DrillInterviewer[],
    private readonly options: InterviewersOptions,
  ) {}

  get acknowledged(): number {
    return this.saves.filter((save) => save.ackedVersion !== undefined).length;
  }

  start(): void {
    this.running = true;
    this.abandoned = false;
    this.loops = this.people.map((person) => this.autosave(person));
  }

  /** No new saves; resolves when every save made so far is acknowledged (or refused). */
  async drain(timeoutMs: number): Promise<void> {
    this.running = false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const open = this.saves.filter((s) => s.ackedVersion === undefined && !s.refused).length;
        reject(new Error(`${open} saves still unacknowledged after ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      await Promise.race([Promise.all(this.loops), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Stops at once, answered or not (after a failure, so that nothing keeps the run alive). */
  async abandon(): Promise<void> {
    this.running = false;
    this.abandoned = true;
    await Promise.all(this.loops);
  }

  /** Closes the kept-alive connections. */
  close(): void {
    this.agent.destroy();
  }

  private async autosave(person: DrillInterviewer): Promise<void> {
    // Interviewers start at different moments, as they do.
    await sleep(between(this.options.thinkMs));
    let turn = 0;
    while (this.running) {
      const questionId = person.questionIds[turn++ % person.questionIds.length] ?? '';
      const target = `${person.scorecardId}/${questionId}`;
      const key = randomUUID();
      const save: Save = {
        interviewer: person.index,
        scorecardId: person.scorecardId,
        questionId,
        key,
        expected: this.versions.get(target) ?? 0,
        rating: 1 + Math.floor(Math.random() * 5),
        note: `save ${key}`,
        attempts: 0,
      };
      this.saves.push(save);
      await this.deliver(person, save);
      if (save.refused) return;
      this.versions.set(target, save.ackedVersion ?? save.expected);
      await sleep(between(this.options.thinkMs));
    }
  }

  private contractViolationOf(response: Response): string | undefined {
    let body: unknown;
    try {
      body = response.body === '' ? undefined : JSON.parse(response.body);
    } catch {
      return `${response.status} with a body that is not JSON: ${response.body.slice(0, 200)}`;
    }
    return contractViolation('PUT', SAVE_OPERATION, response.status, response.contentType, body);
  }

  /** Sends one save until it is answered with a 200 (or refused), retrying it unchanged. */
  private async deliver(person: DrillInterviewer, save: Save): Promise<void> {
    const { timeoutMs = 15_000, maxBackoffMs = 1000 } = this.options;
    const headers = {
      ...person.headers,
      'if-match': `"${save.expected}"`,
      'idempotency-key': save.key,
    };
    const body = JSON.stringify({ rating: save.rating, notAsked: false, note: save.note });
    while (!this.abandoned) {
      save.attempts++;
      const started = Date.now();
      const url = `${this.options.baseUrl()}/api/v1/scorecards/${save.scorecardId}/scores/${save.questionId}`;
      let response: Response | undefined;
      try {
        response = await put(this.agent, url, headers, body, timeoutMs);
      } catch (error) {
        this.failures.push({ at: started, ms: Date.now() - started, error: String(error) });
      }
      // Faults or not, whatever the API answers is what its document declares (a 503 while the
      // database is away included); a violation fails the drill like a refused save.
      const violation = response?.requestId ? this.contractViolationOf(response) : undefined;
      if (violation) {
        save.refused = `the answer differs from the OpenAPI document: ${violation}`;
        return;
      }
      if (response?.status === 200) {
        save.latencyMs = Date.now() - started;
        const answer = JSON.parse(response.body) as { version: number; updatedAt: string };
        save.ackedVersion = answer.version;
        save.replayed = Date.parse(answer.updatedAt) < started;
        return;
      }
      if (response && response.status < 500) {
        save.refused = `${response.status} ${response.body}`;
        return;
      }
      if (response) this.failures.push({ at: started, ms: Date.now() - started, ...response });
      // Backoff with jitter, shorter than the web app's (1 s … 30 s) to keep the drill quick.
      const backoff = Math.min(maxBackoffMs, 50 * 2 ** Math.min(save.attempts, 10));
      await sleep(backoff * (0.5 + Math.random()));
    }
  }
}

/**
 * Exactly once, from the database: per answer, the saves the clients got acknowledged have the
 * versions 1…n with no gap; the answer is at version n with the last save's rating and note; the
 * audit trail holds n "answer saved" rows, one per version, each the save acknowledged at that
 * version; every key is stored once with the response its client got. A save applied twice would
 * add a version and an audit row; a lost one would leave a gap or a shorter trail.
 */
export async function verifyExactlyOnce(databaseUrl: string, saves: Save[]): Promise<string[]> {
  const problems: string[] = [];
  for (const save of saves) {
    if (save.refused) problems.push(`save ${save.key} was refused: ${save.refused}`);
    else if (save.ackedVersion === undefined)
      problems.push(`save ${save.key} was never acknowledged`);
  }
  const byTarget = new Map<string, Save[]>();
  for (const save of saves) {
    if (save.ackedVersion === undefined) continue;
    const target = `${save.scorecardId}/${save.questionId}`;
    byTarget.set(target, [...(byTarget.get(target) ?? []), save]);
  }
  const scorecardIds = [...new Set(saves.map((save) => save.scorecardId))];
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const answers = await db.query<{
      target: string;
      version: number;
      rating: number;
      note: string;
    }>(
      `SELECT scorecard_id || '/' || question_id AS target, version, rating, note
         FROM scorecard_answers WHERE scorecard_id = ANY($1::uuid[])`,
      [scorecardIds],
    );
    const audit = await db.query<{ target: string; version: number; note: string }>(
      `SELECT entity_id || '/' || (after->>'questionId') AS target, (after->>'version')::int AS version,
              after->>'note' AS note
         FROM audit_events
        WHERE action = 'scorecard.answer_saved' AND entity_type = 'scorecard' AND entity_id = ANY($1::uuid[])`,
      [scorecardIds],
    );
    const keys = await db.query<{ key: string; version: number; note: string; status: number }>(
      `SELECT key, (response_body->>'version')::int AS version, response_body->>'note' AS note,
              status_code AS status
         FROM idempotency_keys WHERE key = ANY($1::text[])`,
      [saves.map((save) => save.key)],
    );
    const answerOf = new Map(answers.rows.map((row) => [row.target, row]));
    const auditOf = new Map<string, { version: number; note: string }[]>();
    for (const row of audit.rows)
      auditOf.set(row.target, [...(auditOf.get(row.target) ?? []), row]);
    if (answers.rows.length !== byTarget.size)
      problems.push(`${answers.rows.length} answers stored, ${byTarget.size} saved`);

    for (const [target, targetSaves] of byTarget) {
      const ordered = [...targetSaves].sort(
        (a, b) => (a.ackedVersion ?? 0) - (b.ackedVersion ?? 0),
      );
      ordered.forEach((save, i) => {
        if (save.ackedVersion !== i + 1 || save.expected !== i)
          problems.push(
            `${target}: save ${save.key} (If-Match ${save.expected}) acknowledged at version ${save.ackedVersion}, expected ${i + 1}`,
          );
      });
      const last = ordered[ordered.length - 1];
      const stored = answerOf.get(target);
      if (!stored || stored.version !== ordered.length || stored.note !== last?.note)
        problems.push(
          `${target}: stored ${JSON.stringify(stored)}, expected version ${ordered.length} with "${last?.note}"`,
        );
      const trail = (auditOf.get(target) ?? [])
        .sort((a, b) => a.version - b.version)
        .map((row) => ({ version: row.version, note: row.note }));
      const expectedTrail = ordered.map((save) => ({
        version: save.ackedVersion,
        note: save.note,
      }));
      if (JSON.stringify(trail) !== JSON.stringify(expectedTrail))
        problems.push(
          `${target}: audit trail ${JSON.stringify(trail)}, expected ${JSON.stringify(expectedTrail)}`,
        );
    }
    const keyOf = new Map(keys.rows.map((row) => [row.key, row]));
    for (const save of saves) {
      if (save.ackedVersion === undefined) continue;
      const stored = keyOf.get(save.key);
      if (
        stored?.version !== save.ackedVersion ||
        stored.note !== save.note ||
        stored.status !== 200
      )
        problems.push(`key ${save.key}: stored ${JSON.stringify(stored)}`);
    }
  } finally {
    await db.end();
  }
  // Enough to see what went wrong without burying the test report.
  return problems.length > 20
    ? [...problems.slice(0, 20), `… and ${problems.length - 20} more`]
    : problems;
}

/** The p-th percentile (0–100) of a list of milliseconds. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
