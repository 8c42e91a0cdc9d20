#!/usr/bin/env node
/**
 * `npm run dev`: the API recompiled and restarted on every change (tsc --watch, tsc-alias,
 * node --watch) and the web app on Vite's dev server with hot reload, proxying /api to the API.
 * Open http://localhost:5173. Ctrl-C stops all of it, the embedded PostgreSQL included.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = process.env.PORT ?? '3000';
const mainJs = 'dist/apps/api/apps/api/src/main.js';
const tsconfig = 'apps/api/tsconfig.app.json';

// One full compile first, so that node --watch has something to run.
const first = spawnSync('npx', ['tsc', '-p', tsconfig], { cwd: root, stdio: 'inherit' });
if (first.status !== 0) process.exit(first.status ?? 1);
spawnSync('npx', ['tsc-alias', '-p', tsconfig], { cwd: root, stdio: 'inherit' });
if (!existsSync(path.join(root, mainJs))) process.exit(1);

const processes = [
  ['tsc', ['npx', 'tsc', '-p', tsconfig, '--watch', '--preserveWatchOutput']],
  ['alias', ['npx', 'tsc-alias', '-p', tsconfig, '--watch']],
  ['api', [process.execPath, '--watch-path=dist/apps/api', mainJs]],
  ['web', ['npx', 'vite', '--config', 'apps/web/vite.config.mts']],
].map(([name, [command, ...args]]) => {
  const child = spawn(command, args, {
    cwd: root,
    // The API gets Ctrl-C from us, not the terminal, so it can stop PostgreSQL in order.
    detached: name === 'api',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: apiPort, API_PORT: apiPort, LOG_PRETTY: 'true' },
  });
  const prefix = `[${name}]`.padEnd(8);
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      for (const line of chunk.toString().split('\n'))
        if (line.trim()) console.log(`${prefix}${line}`);
    });
  }
  return { name, child };
});

console.log(
  '\n  Web (hot reload): http://localhost:5173   API: http://localhost:' + apiPort + '/api\n',
);

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  const api = processes.find((p) => p.name === 'api');
  for (const { name, child } of processes) if (name !== 'api') child.kill('SIGTERM');
  api.child.once('exit', () => process.exit(0));
  api.child.kill('SIGINT');
  setTimeout(() => process.exit(1), 20_000).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
