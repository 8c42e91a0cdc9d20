import { readFileSync } from 'node:fs';
import { setPriority } from 'node:os';

import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';

/** The nice value of a refit's database backend: below every request's (0). */
const BACKGROUND_NICE = 19;

/**
 * Runs `work` on a connection of its own, closed afterwards (never returned to the request pool).
 * When PostgreSQL runs on this machine (the embedded server, or a local one: the backend's pid is
 * a `postgres` process here), its backend runs at low CPU priority, as the fit's worker thread
 * does: on 2 cores a refit otherwise takes a core from saves and comparisons. Elsewhere the
 * database schedules it as any session.
 */
export async function withBackgroundConnection<T>(
  dataSource: DataSource,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const { url } = dataSource.options as PostgresDataSourceOptions;
  // Named, so an operator (and the bench) can see a refit's background work in pg_stat_activity.
  const client = new Client({ connectionString: url, application_name: 'calibrate-background' });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    lowerPriority(rows[0]?.pid);
    return await work(client);
  } finally {
    await client.end();
  }
}

function lowerPriority(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') return;
    setPriority(pid, BACKGROUND_NICE);
  } catch {
    // Not this machine's process, or not ours to change: it runs at normal priority.
  }
}
