import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { BrowserContext, chromium } from '@playwright/test';
import { Pool } from 'pg';

import { BENCH_PASSWORD } from './data/bench-data';
import { comparisonSets } from './fixtures';
import { freePort } from './servers';

/**
 * Core Web Vitals' "good" thresholds (web.dev/articles/vitals), and Lighthouse's own bar for a
 * good performance score, under its default mobile profile: a mid-range phone (4× CPU slowdown)
 * on slow 4G (150 ms RTT, 1.6 Mbit/s), simulated.
 */
export const WEB_VITALS_TARGETS = {
  performance: 90,
  largestContentfulPaintMs: 2500,
  totalBlockingTimeMs: 200,
  cumulativeLayoutShift: 0.1,
  /** A rating key in interview mode to the next question painted, at 4× CPU slowdown. */
  interactionToNextPaintMs: 100,
} as const;

export interface LighthouseFigures {
  screen: string;
  /** cold: HTTP cache, service worker and Cache Storage cleared first; warm: as a visit before left them. */
  cache: 'cold' | 'warm';
  performance: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  /**
   * Lighthouse's measure of this machine's CPU speed during the run: its 4× slowdown stands for a
   * mid-range phone on a machine of about 1,000–2,000 (a slower machine makes every figure worse).
   */
  benchmarkIndex: number;
  /** The HTML report, under the results directory. */
  report: string;
}

export interface InteractionFigures {
  /** Rating keys pressed (each rates a question and moves to the next). */
  presses: number;
  /** Each press's Event Timing duration (input to the next paint), in order. */
  durationsMs: number[];
  /** The worst of them: INP for a page with fewer than 50 interactions. */
  worstMs: number;
}

export interface WebVitalsReport {
  lighthouse: LighthouseFigures[];
  interaction: InteractionFigures | null;
}

interface WebVitalsOptions {
  baseUrl: string;
  pool: Pool;
  outputDir: string;
  log: (line: string) => void;
}

/** CHROMIUM_PATH, else Debian's Chromium (Playwright cannot download its own here). */
function chromiumPath(): string | undefined {
  return (
    process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  );
}

/**
 * Lighthouse (mobile profile) on the screens a call-center floor starts its day on, signed out
 * (sign-in, cold) and signed in (cold and warm), and interview mode's keyboard rating at 4× CPU
 * slowdown, against the production build the API serves on the bench database.
 */
export async function measureWebVitals(options: WebVitalsOptions): Promise<WebVitalsReport> {
  const { baseUrl, pool, log } = options;
  const reportsDir = path.join(options.outputDir, 'lighthouse');
  mkdirSync(reportsDir, { recursive: true });
  const screens = await benchScreens(pool, baseUrl);
  const port = await freePort();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'calibrate-lighthouse-'));
  // A persistent context is the browser's default one: Lighthouse opens its tab there, so it
  // carries the session cookie the sign-in below sets.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--remote-debugging-port=${port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const { default: lighthouse } = await import('lighthouse');
  const figures: LighthouseFigures[] = [];
  const wanted = screenFilter();
  const run = async (url: string, cache: 'cold' | 'warm') => {
    const result = await lighthouse(url, {
      port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: ['performance'],
      disableStorageReset: cache === 'warm',
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result;
  };
  const audit = async (screen: string, url: string, cache: 'cold' | 'warm') => {
    if (wanted && !wanted.has(slug(screen))) return;
    let result = await run(url, cache);
    // Lighthouse's own advice for a trace it failed to record (NO_NAVSTART, seen once in ten
    // runs on the warm comparison): run it again.
    if (result.lhr.runtimeError?.code === 'NO_NAVSTART') result = await run(url, cache);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    const file = `${slug(screen)}-${cache}.html`;
    writeFileSync(path.join(reportsDir, file), String(result.report));
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const figure: LighthouseFigures = {
      screen,
      cache,
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      firstContentfulPaintMs: Math.round(numeric('first-contentful-paint')),
      largestContentfulPaintMs: Math.round(numeric('largest-contentful-paint')),
      totalBlockingTimeMs: Math.round(numeric('total-blocking-time')),
      cumulativeLayoutShift: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      report: path.join('lighthouse', file),
    };
    figures.push(figure);
    log(
      `  ${`${screen} (${cache})`.padEnd(28)} performance ${String(figure.performance).padStart(3)}  ` +
        `FCP ${figure.firstContentfulPaintMs} ms  LCP ${figure.largestContentfulPaintMs} ms  ` +
        `TBT ${figure.totalBlockingTimeMs} ms  CLS ${figure.cumulativeLayoutShift}  (CPU benchmark ${figure.benchmarkIndex})`,
    );
  };
  try {
    log('Web vitals (Lighthouse 12, mobile profile: simulated slow 4G, 4× CPU slowdown)…');
    await audit('Sign-in', `${baseUrl}/login`, 'cold');
    await signInBrowser(context, baseUrl, screens.interviewer);
    await audit('My interviews', `${baseUrl}/interviews`, 'cold');
    await audit('My interviews', `${baseUrl}/interviews`, 'warm');
    await audit('Interview mode', `${baseUrl}/interviews/${screens.scorecardId}`, 'cold');
    await audit('Interview mode', `${baseUrl}/interviews/${screens.scorecardId}`, 'warm');
    // The interaction last of the interviewer's: it rates questions of that draft.
    const interaction =
      wanted && !wanted.has('rating-keys')
        ? null
        : await measureRatingKeys(
            context,
            `${baseUrl}/interviews/${screens.scorecardId}`,
            reportsDir,
          );
    if (interaction)
      log(
        `  interview mode, rating key → next question painted (4× CPU slowdown): worst ${interaction.worstMs} ms ` +
          `of ${interaction.presses} (${interaction.durationsMs.join(', ')} ms)`,
      );
    await signInBrowser(context, baseUrl, screens.manager);
    await audit('Candidates', `${baseUrl}/candidates`, 'cold');
    await audit('Candidates', `${baseUrl}/candidates`, 'warm');
    await audit('Comparison', `${baseUrl}${screens.comparisonPath}`, 'cold');
    await audit('Comparison', `${baseUrl}${screens.comparisonPath}`, 'warm');
    return { lighthouse: figures, interaction };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const slug = (screen: string) => screen.replace(/\W+/g, '-').toLowerCase();

/**
 * `BENCH_WEB_SCREENS=sign-in,my-interviews,rating-keys`: only those audits, for trying a change
 * on one screen; the pass/fail of a partial run judges only what ran.
 */
function screenFilter(): Set<string> | undefined {
  const list = process.env.BENCH_WEB_SCREENS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list?.length ? new Set(list) : undefined;
}

/** Who opens which screen: an interviewer with a draft scorecard, a hiring manager with a job. */
async function benchScreens(pool: Pool, baseUrl: string) {
  const { rows } = await pool.query<{ id: string; email: string }>(
    `SELECT s.id, u.email
       FROM scorecards s
       JOIN interview_rounds r ON r.id = s.round_id AND r.status = 'scheduled'
       JOIN users u ON u.id = s.interviewer_id
      WHERE s.status = 'draft' AND NOT EXISTS (SELECT 1 FROM scorecard_answers a WHERE a.scorecard_id = s.id)
      LIMIT 1`,
  );
  const draft = rows[0];
  if (!draft) throw new Error('The bench data has no untouched draft scorecard to open.');
  const [set] = await comparisonSets(pool, baseUrl, 1);
  if (!set) throw new Error('The bench data has no job with candidates to compare.');
  return {
    interviewer: draft.email,
    scorecardId: draft.id,
    manager: set.login.email,
    comparisonPath: `/jobs/${set.jobId}/compare?candidates=${set.candidateIds.join(',')}`,
  };
}

/** Signs the browser in as `email` (the session cookie lands in the browser's default context). */
async function signInBrowser(context: BrowserContext, baseUrl: string, email: string) {
  await context.clearCookies();
  const response = await context.request.post(`${baseUrl}/api/auth/login`, {
    data: { email, password: BENCH_PASSWORD },
  });
  if (!response.ok()) throw new Error(`sign-in of ${email} failed: ${response.status()}`);
}

/**
 * Interview mode at 4× CPU slowdown (CDP, as Lighthouse's mobile profile): the interviewer rates
 * questions with the keyboard, and the Event Timing API gives each key press's time from input
 * to the next paint, which is what interaction to next paint measures.
 */
async function measureRatingKeys(
  context: BrowserContext,
  url: string,
  screenshotDir: string,
  presses = 8,
): Promise<InteractionFigures> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(url);
    const question = (n: number) => page.getByText(new RegExp(`Question ${n} of \\d+$`)).first();
    await question(1).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // In the page (the bench compiles without the DOM's types): each interaction's longest event.
    await page.evaluate(`
      window.__interactions = {};
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (!entry.interactionId) continue;
          window.__interactions[entry.interactionId] = Math.max(
            window.__interactions[entry.interactionId] ?? 0,
            entry.duration,
          );
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    `);
    for (let n = 1; n <= presses; n += 1) {
      await page.keyboard.press('3');
      await question(n + 1).waitFor();
      // Time for the autosave's request and its answer to settle before the next key, as a
      // person listening to the candidate would leave.
      await page.waitForTimeout(400);
    }
    await page.waitForTimeout(500);
    const durations = await page.evaluate<number[]>('Object.values(window.__interactions)');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // Event Timing reports only interactions over 16 ms: a press it left out was faster.
    const durationsMs = durations.map((duration) => Math.round(duration));
    return {
      presses,
      durationsMs,
      worstMs: durationsMs.length > 0 ? Math.max(...durationsMs) : 16,
    };
  } catch (error) {
    // What the page showed instead, beside the Lighthouse reports.
    await page.screenshot({ path: path.join(screenshotDir, 'interview-mode-keys-failed.png') });
    throw error;
  } finally {
    await page.close();
  }
}
