import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface RunningServer {
  name: string;
  baseUrl: string;
  /** The server's process id (its memory is read from /proc/<pid>/status). */
  pid: number;
  stop(): Promise<void>;
}

/** A port nothing listens on: any (the system picks it), or the first free one of `range`. */
export async function freePort(range = portRange(process.env.BENCH_PORTS)): Promise<number> {
  if (!range) return listenOn(0);
  for (let port = range.from; port <= range.to; port += 1) {
    if (taken.has(port)) continue;
    const free = await listenOn(port).then(
      () => true,
      () => false,
    );
    if (free) {
      // Two servers started back to back must not both be given the port the first has not bound yet.
      taken.add(port);
      return port;
    }
  }
  throw new Error(`No free port in BENCH_PORTS=${range.from}-${range.to}`);
}

const taken = new Set<number>();

/**
 * BENCH_PORTS=3300-3329: the servers listen on ports of that range (where the machine is shared
 * and each user has their own); unset, on any port the system gives.
 */
export function portRange(value: string | undefined): { from: number; to: number } | null {
  if (!value) return null;
  const match = /^(\d+)-(\d+)$/.exec(value.trim());
  const from = Number(match?.[1]);
  const to = Number(match?.[2]);
  if (!match || from < 1 || to > 65535 || from > to) {
    throw new Error(`BENCH_PORTS must look like 3300-3329, not "${value}"`);
  }
  return { from, to };
}

/** Binds a port on 127.0.0.1 and lets it go again: the port it got. */
function listenOn(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(bound));
    });
  });
}

/**
 * Starts a Node server script in its own process (the load comes from this one, so client and
 * server do not share an event loop) and waits until `readyPath` answers 200.
 */
export async function startServer(
  name: string,
  script: string,
  env: Record<string, string>,
  readyPath: string,
): Promise<RunningServer> {
  const port = await freePort();
  // BENCH_PROFILE=<folder>: each server writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start-up:\n${stderr}`);
    const ready = await fetch(baseUrl + readyPath).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not become ready within 60 s:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    name,
    baseUrl,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ: 100 on Linux). */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * The CPU time a process has used (user + system, in milliseconds), from /proc; null where there
 * is no /proc or the process has exited. A server's CPU per request is its own cost, which the
 * load of other processes on the machine changes far less than its latency.
 */
export function cpuMilliseconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, inside parentheses): utime is the
    // 14th field of the line, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}
