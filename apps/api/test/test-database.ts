import { DataSource } from 'typeorm';

/** Guards every destructive helper: tests only ever touch a database named like a test one. */
export function assertTestDatabase(url: string): void {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/test/i.test(name)) {
    throw new Error(
      `Refusing to reset "${name}": test helpers only run on a database whose name contains "test".`,
    );
  }
}

/** Empties every table but the migrations ledger. */
export async function truncateAll(dataSource: DataSource): Promise<void> {
  assertTestDatabase(String(dataSource.options.type === 'postgres' ? dataSource.options.url : ''));
  const tables: { tablename: string }[] = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations'`,
  );
  if (tables.length === 0) return;
  await dataSource.query(
    `TRUNCATE ${tables.map((t) => `"public"."${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`,
  );
}
