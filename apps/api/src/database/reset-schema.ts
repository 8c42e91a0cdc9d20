import { DataSource } from 'typeorm';

/**
 * Drops every table, type and extension of the public schema, and pg-boss's queue schema (it
 * holds jobs about the dropped rows; pg-boss creates it again at its next start); the caller
 * migrates again.
 */
export async function resetSchema(dataSource: DataSource): Promise<void> {
  await dataSource.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
  await dataSource.query('DROP SCHEMA public CASCADE');
  await dataSource.query('CREATE SCHEMA public');
}
