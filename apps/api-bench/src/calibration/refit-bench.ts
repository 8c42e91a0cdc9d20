/**
 * The calibration refit at scale, through the production API as an admin starts it
 * (`POST /api/v1/calibration/fits`): its wall time and the API process's peak memory; then the
 * save and comparison scenarios without a refit and during one, in the same run; and how well the
 * fit recovered the leniency `bench:data` injected (bench_* truth tables).
 */
import { readFileSync } from 'node:fs';

import { Pool } from 'pg';

import {
  BenchCategory,
  benchLatentModel,
  LatentModel,
  ratingScaleLeniency,
  recoveryStats,
} from '../data/latent-model';
import { Login } from '../fixtures';
import { LoadRequest, runLoad } from '../http-load';

/**
 * The API's fit lock (`FIT_LOCK_KEY` in calibration.repository.ts, a session advisory lock): held
 * from the fit's start to its end; the stored corrected scores are rewritten after it, on
 * background connections named `BACKGROUND_APPLICATION` (calibration/background-connection.ts).
 */
const FIT_LOCK_KEY = 7_240_601;
const BACKGROUND_APPLICATION = 'calibrate-background';

/** Interviewers whose recovery is scored: as the simulator's proof, ≥ 50 linked scorecards. */
export const RECOVERY_MIN_LINKED = 50;

/** The targets for one refit at 1,000,000 candidates. */
export const REFIT_SECONDS_AT_1M = 120;
export const REFIT_MEMORY_BYTES = 2 ** 30;

export interface MemorySample {
  rssBytes: number;
  hwmBytes: number;
}

/** VmRSS and VmHWM of a process from /proc (null where there is no /proc, or it has exited). */
export function readProcessMemory(pid: number): MemorySample | null {
  try {
    return parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return null;
  }
}

export function parseProcStatus(status: string): MemorySample | null {
  const kb = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : null;
  };
  const rss = kb('VmRSS');
  const hwm = kb('VmHWM');
  return rss === null || hwm === null ? null : { rssBytes: rss, hwmBytes: hwm };
}

export interface RefitRun {
  fitId: string;
  status: string;
  error: string | null;
  /** Submitted scorecards the fit read. */
  scorecards: number;
  /** From the POST until the fit lock was released: the fit (input, model, results). */
  wallSeconds: number;
  /** The fit row's own span. */
  modelSeconds: number | null;
  /** Then the background rewrite of the candidates' stored corrected scores. */
  rewriteSeconds: number;
  startedAtMs: number;
  /** When all of the refit's background work ended (the rewrite included). */
  endedAtMs: number;
  /** API process memory: RSS before, highest RSS sampled during, and VmHWM after. */
  rssBeforeBytes: number | null;
  peakRssBytes: number | null;
  hwmBytes: number | null;
}

interface FitRowState {
  status: string;
  error: string | null;
  seconds: number | null;
  scorecards: number | null;
}

async function fitRow(pool: Pool, fitId: string): Promise<FitRowState | undefined> {
  const { rows } = await pool.query<FitRowState>(
    `SELECT status, error, extract(epoch FROM finished_at - started_at)::float8 AS seconds,
            (inputs->>'scorecards')::int AS scorecards
       FROM calibration_fits WHERE id::text = $1`,
    [fitId],
  );
  return rows[0];
}

async function backgroundWorkRunning(pool: Pool): Promise<boolean> {
  const { rows } = await pool.query<{ running: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = $1) AS running`,
    [BACKGROUND_APPLICATION],
  );
  return rows[0]?.running ?? false;
}

async function fitLockHeld(pool: Pool): Promise<boolean> {
  const { rows } = await pool.query<{ held: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted) AS held`,
    [FIT_LOCK_KEY],
  );
  return rows[0]?.held ?? false;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One refit as an admin starts it: POST, then GET /api/v1/calibration (every `pollMs`, when
 * `pollApi`) until the fit has succeeded or failed, then the fit lock until its release. The API
 * process's memory is sampled every 100 ms meanwhile.
 */
export async function runRefit(options: {
  baseUrl: string;
  admin: Login;
  pool: Pool;
  apiPid: number;
  pollApi: boolean;
  pollMs?: number;
}): Promise<RefitRun> {
  const { baseUrl, admin, pool, apiPid } = options;
  const before = readProcessMemory(apiPid);
  let peak = before?.rssBytes ?? null;
  const sampler = setInterval(() => {
    const now = readProcessMemory(apiPid);
    if (now && (peak === null || now.rssBytes > peak)) peak = now.rssBytes;
  }, 100);
  const startedAtMs = Date.now();
  try {
    const response = await fetch(`${baseUrl}/api/v1/calibration/fits`, {
      method: 'POST',
      headers: admin.headers,
    });
    if (response.status !== 202) {
      throw new Error(
        `POST /api/v1/calibration/fits answered ${response.status}: ${await response.text()}`,
      );
    }
    const fitId = ((await response.json()) as { id: string }).id;
    const pollMs = options.pollMs ?? 1000;
    // The fit's own status, as the Calibration page sees it.
    for (;;) {
      if (options.pollApi) {
        const report = await fetch(`${baseUrl}/api/v1/calibration`, { headers: admin.headers });
        const body = (await report.json()) as {
          fit: { id: string } | null;
          running: { id: string } | null;
        };
        if (body.running?.id !== fitId) break;
      } else {
        const row = await fitRow(pool, fitId);
        if (row?.status !== 'running') break;
      }
      await sleep(pollMs);
    }
    // Then its end (the lock's release), then the rewrite of the stored corrected scores.
    while (await fitLockHeld(pool)) await sleep(100);
    const fitEndedAtMs = Date.now();
    while (await backgroundWorkRunning(pool)) await sleep(250);
    const endedAtMs = Date.now();
    const row = await fitRow(pool, fitId);
    const after = readProcessMemory(apiPid);
    if (after && (peak === null || after.rssBytes > peak)) peak = after.rssBytes;
    return {
      fitId,
      status: row?.status ?? 'unknown',
      error: row?.error ?? null,
      scorecards: row?.scorecards ?? 0,
      wallSeconds: (fitEndedAtMs - startedAtMs) / 1000,
      modelSeconds: row?.seconds ?? null,
      rewriteSeconds: (endedAtMs - fitEndedAtMs) / 1000,
      startedAtMs,
      endedAtMs,
      rssBeforeBytes: before?.rssBytes ?? null,
      peakRssBytes: peak,
      hwmBytes: after?.hwmBytes ?? null,
    };
  } finally {
    clearInterval(sampler);
  }
}

export interface LoadPhase {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Share of the phase's load time with a refit running (during phases only). */
  refitCoverage?: number;
}

/** Percentile of sorted values (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Pools several windows' latencies and requests into one phase figure. */
export function poolWindows(
  windows: { latencies: number[]; seconds: number; errors: number }[],
): LoadPhase {
  const all = windows.flatMap((w) => w.latencies).sort((a, b) => a - b);
  const seconds = windows.reduce((sum, w) => sum + w.seconds, 0);
  const round2 = (x: number) => Math.round(x * 100) / 100;
  return {
    requests: all.length,
    seconds: round2(seconds),
    requestsPerSecond: seconds > 0 ? Math.round(all.length / seconds) : 0,
    p50: round2(percentile(all, 50)),
    p95: round2(percentile(all, 95)),
    p99: round2(percentile(all, 99)),
    errors: windows.reduce((sum, w) => sum + w.errors, 0),
  };
}

/** Share of [from, to] covered by the union of intervals. */
export function coverage(from: number, to: number, intervals: readonly [number, number][]): number {
  if (to <= from) return 0;
  const clipped = intervals
    .map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as [number, number])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let covered = 0;
  let end = from;
  for (const [a, b] of clipped) {
    const start = Math.max(a, end);
    if (b > start) covered += b - start;
    end = Math.max(end, b);
  }
  return covered / (to - from);
}

export interface LoadScenario {
  name: string;
  connections: number;
  next: () => LoadRequest;
}

export interface RefitLoadResult {
  scenario: string;
  connections: number;
  without: LoadPhase;
  during: LoadPhase;
  /** during / without. */
  p95Ratio: number;
  throughputRatio: number;
}

export interface RefitUnderLoad {
  results: RefitLoadResult[];
  /** Refits started during the load (more than one when a refit ended before the load did). */
  refits: RefitRun[];
  /** The first refit ended before the load windows did (so refits were restarted). */
  restarted: boolean;
}

/**
 * Each scenario without a refit (one window before and one after, pooled: the database grows
 * during the run), then during one: a refit is started and the scenarios' windows run in turn
 * until it has ended (at least one window each); if it ends before the first round of windows
 * does, refits are restarted back to back until that round ends. Coverage says how much of the
 * "during" load time had a refit running.
 */
export async function measureUnderRefit(options: {
  baseUrl: string;
  admin: Login;
  pool: Pool;
  apiPid: number;
  scenarios: LoadScenario[];
  durationSeconds: number;
  log: (line: string) => void;
}): Promise<RefitUnderLoad> {
  const { scenarios, durationSeconds, log } = options;
  const window = async (scenario: LoadScenario) => {
    const latencies: number[] = [];
    const started = Date.now();
    const result = await runLoad({
      baseUrl: options.baseUrl,
      connections: scenario.connections,
      durationSeconds,
      next: scenario.next,
      onLatency: (ms) => latencies.push(ms),
    });
    const ended = Date.now();
    return {
      latencies,
      seconds: (ended - started) / 1000,
      errors: result.errors,
      from: started,
      to: ended,
    };
  };
  type Window = Awaited<ReturnType<typeof window>>;
  const without = new Map<string, Window[]>(scenarios.map((s) => [s.name, []]));
  const during = new Map<string, Window[]>(scenarios.map((s) => [s.name, []]));

  for (const scenario of scenarios) {
    await runLoad({
      baseUrl: options.baseUrl,
      connections: scenario.connections,
      durationSeconds: 2,
      next: scenario.next,
    });
    without.get(scenario.name)?.push(await window(scenario));
  }

  const refits: RefitRun[] = [];
  let stopRestarting = false;
  let restarted = false;
  const first = runRefit({ ...options, pollApi: false, pollMs: 250 });
  let firstDone = false;
  // Back-to-back refits for as long as the first round of windows runs.
  const keeper = (async () => {
    refits.push(await first);
    firstDone = true;
    while (!stopRestarting) {
      restarted = true;
      refits.push(await runRefit({ ...options, pollApi: false, pollMs: 250 }));
    }
  })();
  let rounds = 0;
  do {
    for (const scenario of scenarios) during.get(scenario.name)?.push(await window(scenario));
    rounds += 1;
    stopRestarting = true;
  } while (!firstDone && rounds < 1000);
  await keeper;
  const intervals = refits.map((r) => [r.startedAtMs, r.endedAtMs] as [number, number]);
  log(
    `  refit under load: ${refits.length} refit(s), ${rounds} round(s) of windows` +
      (restarted ? ' (the first refit ended before the load did: restarted back to back)' : ''),
  );

  for (const scenario of scenarios) {
    await runLoad({
      baseUrl: options.baseUrl,
      connections: scenario.connections,
      durationSeconds: 1,
      next: scenario.next,
    });
    without.get(scenario.name)?.push(await window(scenario));
  }

  const results = scenarios.map((scenario) => {
    const off = poolWindows(without.get(scenario.name) ?? []);
    const onWindows = during.get(scenario.name) ?? [];
    const on = poolWindows(onWindows);
    const loadMs = onWindows.reduce((sum, w) => sum + (w.to - w.from), 0);
    const coveredMs = onWindows.reduce(
      (sum, w) => sum + coverage(w.from, w.to, intervals) * (w.to - w.from),
      0,
    );
    on.refitCoverage = loadMs > 0 ? Math.round((coveredMs / loadMs) * 1000) / 1000 : 0;
    return {
      scenario: scenario.name,
      connections: scenario.connections,
      without: off,
      during: on,
      p95Ratio: Math.round((on.p95 / off.p95) * 1000) / 1000,
      throughputRatio: Math.round((on.requestsPerSecond / off.requestsPerSecond) * 1000) / 1000,
    };
  });
  return { results, refits, restarted };
}

export interface LeniencyRecovery {
  /** Interviewers with ≥ RECOVERY_MIN_LINKED linked scorecards and a figure. */
  interviewers: number;
  correlation: number;
  rmse: number;
  withinShare: number;
  /** The same against the injected latent leniency (before range restriction and clipping). */
  latentCorrelation: number;
}

interface RecoveryRow {
  leniency: number;
  linked_scorecards: number;
  scorecards: number;
  true_leniency: number;
  category_leniency: number[];
  slope: number;
  halo: number;
  shares: Record<string, number> | null;
}

/** Whether the database carries the bench truth (a `bench:data` from before it did not). */
export async function hasBenchTruth(pool: Pool): Promise<boolean> {
  const { rows } = await pool.query<{ ok: boolean }>(
    `SELECT to_regclass('bench_interviewers') IS NOT NULL AND to_regclass('bench_settings') IS NOT NULL AS ok`,
  );
  return rows[0]?.ok ?? false;
}

/**
 * A fit's leniencies against the truth: each interviewer's traits turned into what they do on the
 * 1–5 scale over their own mix of rubrics (`ratingScaleLeniency`), centred like the fit's (the
 * average scorecard's interviewer at 0), for interviewers with ≥ 50 linked scorecards.
 */
export async function leniencyRecovery(pool: Pool, fitId: string): Promise<LeniencyRecovery> {
  const [{ rows: settings }, { rows: categories }, { rows }] = await Promise.all([
    pool.query<{ model: LatentModel }>(`SELECT model FROM bench_settings LIMIT 1`),
    pool.query<{ idx: number; rubric_id: string; base: number; weight: number }>(
      `SELECT idx, rubric_id, base, weight FROM bench_categories ORDER BY idx`,
    ),
    pool.query<RecoveryRow>(
      `SELECT ci.leniency, ci.linked_scorecards, ci.scorecards, bi.leniency AS true_leniency,
              bi.category_leniency, bi.slope, bi.halo, mix.shares
         FROM calibration_interviewers ci
         JOIN bench_interviewers bi ON bi.interviewer_id = ci.interviewer_id
         LEFT JOIN LATERAL (
           SELECT jsonb_object_agg(rubric_id, n) AS shares
             FROM (SELECT v.rubric_id, count(*)::float8 AS n
                     FROM scorecards s
                     JOIN interview_rounds r ON r.id = s.round_id
                     JOIN rubric_versions v ON v.id = r.rubric_version_id
                    WHERE s.interviewer_id = ci.interviewer_id AND s.status = 'submitted'
                    GROUP BY v.rubric_id) per_rubric) mix ON TRUE
        WHERE ci.fit_id::text = $1 AND ci.leniency IS NOT NULL AND ci.comparable`,
      [fitId],
    ),
  ]);
  const model = { ...benchLatentModel, ...settings[0]?.model };
  const cats: BenchCategory[] = categories.map((c) => ({
    index: c.idx,
    rubricId: c.rubric_id,
    base: c.base,
    weight: c.weight,
  }));
  const effect = rows.map((row) =>
    ratingScaleLeniency(
      {
        leniency: row.true_leniency,
        categoryLeniency: row.category_leniency,
        slope: row.slope,
        halo: row.halo,
      },
      cats,
      new Map(Object.entries(row.shares ?? {})),
      model,
    ),
  );
  // Centred as the fit centres: the average scorecard's interviewer is 0.
  const total = rows.reduce((sum, row) => sum + row.scorecards, 0);
  const centre =
    total > 0 ? rows.reduce((sum, row, j) => sum + row.scorecards * effect[j]!, 0) / total : 0;
  const kept = rows
    .map((row, j) => ({ row, truth: effect[j]! - centre }))
    .filter(({ row }) => row.linked_scorecards >= RECOVERY_MIN_LINKED);
  const stats = recoveryStats(
    kept.map((k) => k.row.leniency),
    kept.map((k) => k.truth),
  );
  const latent = recoveryStats(
    kept.map((k) => k.row.leniency),
    kept.map((k) => k.row.true_leniency),
  );
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    interviewers: stats.n,
    correlation: r3(stats.correlation),
    rmse: r3(stats.rmse),
    withinShare: r3(stats.withinShare),
    latentCorrelation: r3(latent.correlation),
  };
}

/**
 * Spearman correlations of candidates' stored raw and corrected scores with their true ability
 * (bench truth), when corrected scores are stored; null otherwise.
 */
export async function abilityRanking(
  pool: Pool,
): Promise<{ candidates: number; raw: number; corrected: number } | null> {
  const { rows: column } = await pool.query(
    `SELECT 1 FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'candidates' AND column_name = 'corrected_score'`,
  );
  if (column.length === 0) return null;
  const { rows } = await pool.query<{ n: number; raw: number | null; corrected: number | null }>(
    `SELECT count(*)::int AS n, corr(ra, rt)::float8 AS raw, corr(rc, rt)::float8 AS corrected
       FROM (SELECT rank() OVER (ORDER BY c.score) AS ra, rank() OVER (ORDER BY c.corrected_score) AS rc,
                    rank() OVER (ORDER BY bc.ability) AS rt
               FROM candidates c JOIN bench_candidates bc ON bc.candidate_id = c.id
              WHERE c.score IS NOT NULL AND c.corrected_score IS NOT NULL) ranks`,
  );
  const row = rows[0];
  if (!row || row.n === 0 || row.raw === null || row.corrected === null) return null;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return { candidates: row.n, raw: r3(row.raw), corrected: r3(row.corrected) };
}
