import 'reflect-metadata';

import { migrate, withDataSource } from '@calibrate/api/database/database-runtime';
import { resetSchema } from '@calibrate/api/database/reset-schema';

import { BENCH_PASSWORD, generateBenchData } from '../data/bench-data';
import { openBenchDatabase } from '../data/bench-database';

const usage =
  'Usage: npm run bench:data -- --candidates <n>   (100 to 5,000,000; default 100,000)\n' +
  '         [--seed <integer, default 1>] [--interviewers <n, 1 to 100,000; default 1,000>]';

function parseNumber(
  args: string[],
  flag: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const index = args.indexOf(flag);
  if (index === -1) return fallback;
  const value = Number(args[index + 1]?.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(usage);
  return value;
}

/**
 * `npm run bench:data`: a benchmark database, rebuilt from nothing. It is the embedded PostgreSQL
 * in `.data/bench` unless DATABASE_URL names one, whose database name must contain "bench": this
 * drops every table first.
 */
async function run(args: string[]): Promise<void> {
  const candidates = parseNumber(args, '--candidates', 100_000, 100, 5_000_000);
  const seed = parseNumber(args, '--seed', 1, -(2 ** 31), 2 ** 31 - 1);
  const interviewers = parseNumber(args, '--interviewers', 1000, 1, 100_000);
  const database = await openBenchDatabase('bench:data drops every table');
  const started = Date.now();
  try {
    await withDataSource(database.url, async (dataSource) => {
      await resetSchema(dataSource);
      await migrate(dataSource);
      const counts = await generateBenchData(
        dataSource,
        candidates,
        (step) => process.stdout.write(`  ${step}\n`),
        { seed, interviewers },
      );
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      process.stdout.write(
        `Bench data in ${database.description} (${seconds} s): ${counts.users} users, ${counts.jobs} jobs, ` +
          `${counts.candidates.toLocaleString('en')} candidates, ${counts.rounds.toLocaleString('en')} rounds, ` +
          `${counts.scorecards.toLocaleString('en')} scorecards, ${counts.answers.toLocaleString('en')} answers ` +
          `(ratings from the latent model, seed ${seed}; truth in the bench_* tables).\n` +
          `Users: admin@bench.example.com, recruiter1…, manager1…, interviewer1…@bench.example.com; ` +
          `password "${BENCH_PASSWORD}".\n`,
      );
    });
  } finally {
    await database.stop();
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
