import { DataSource } from 'typeorm';

/** Drops every table, type and extension of the public schema; the caller migrates again. */
export async function resetSchema(dataSource: DataSource): Promise<void> {
  await dataSource.query('DROP SCHEMA public CASCADE');
  await dataSource.query('CREATE SCHEMA public');
}
