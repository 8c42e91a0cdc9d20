#!/usr/bin/env node
/**
 * `npm test`: every check, in order, each one run even if an earlier one failed (except that
 * end-to-end needs a build), then one summary. Exits non-zero if anything failed.
 *
 * Integration tests use TEST_DATABASE_URL when set, otherwise an embedded PostgreSQL.
 * Browser tests use CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own Chromium.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// npm scripts run on the Node.js 24 that `npm install` puts in node_modules/.bin (the `node`
// package); a system Node.js that only runs npm itself may be older. Node.js 20 is past its end
// of life and is not supported.
const MIN_NODE_MAJOR = 24;
const nodeMajor = Number(process.versions.node.split('.')[0]);
console.log(`Node.js ${process.version} (${process.execPath})`);
if (nodeMajor < MIN_NODE_MAJOR) {
  console.error(
    `Calibrate is tested on Node.js ${MIN_NODE_MAJOR}: run \`npm install\` first (it installs it), or use Node.js ${MIN_NODE_MAJOR}.`,
  );
  process.exit(1);
}
const nx = (...args) => ['npx', 'nx', ...args, '--outputStyle=static'];

const stages = [
  { name: 'lint', command: nx('run-many', '-t', 'lint') },
  // Root files belong to no Nx project; lint them too so that nothing goes unchecked.
  {
    name: 'lint (scripts and root config)',
    command: ['npx', 'eslint', 'scripts', 'eslint.config.mjs'],
  },
  { name: 'formatting (prettier)', command: ['npx', 'prettier', '--check', '.'] },
  { name: 'typecheck', command: nx('run-many', '-t', 'typecheck') },
  { name: 'unit tests', command: nx('run-many', '-t', 'test') },
  // api and api-bench (bench data generator, plan recorder): one after the other, as both reset
  // the same test database in their global set-up.
  {
    name: 'integration tests (PostgreSQL)',
    command: nx('run-many', '-t', 'test-integration', '--parallel=1'),
  },
  { name: 'build', command: nx('run-many', '-t', 'build', '-p', 'api', 'web') },
  {
    name: 'end-to-end (API + Chromium)',
    command: ['node', 'scripts/with-stack.mjs'],
    needs: 'build',
  },
];

function run([command, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        NX_NO_CLOUD: 'true',
        NX_TUI: 'false',
        FORCE_COLOR: process.env.FORCE_COLOR ?? '1',
      },
    });
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

const results = [];
for (const stage of stages) {
  const prerequisite = stage.needs && results.find((result) => result.name === stage.needs);
  if (prerequisite && !prerequisite.ok) {
    results.push({
      name: stage.name,
      ok: false,
      seconds: 0,
      note: `not run: ${stage.needs} failed`,
    });
    continue;
  }
  console.log(`\n━━━ ${stage.name} ━━━`);
  const started = Date.now();
  const code = await run(stage.command);
  results.push({ name: stage.name, ok: code === 0, seconds: (Date.now() - started) / 1000 });
}

const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
console.log('\n━━━ summary ━━━');
for (const result of results) {
  const time = `${result.seconds.toFixed(1)}s`.padStart(7);
  console.log(
    `  ${result.ok ? 'PASS' : 'FAIL'}  ${time}  ${result.name}${result.note ? ` (${result.note})` : ''}`,
  );
}
console.log(`\nchecks: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
